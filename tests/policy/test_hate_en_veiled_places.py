"""English veiled hate read by coded.tsv's rows of enhate13 (`hate.coded`): a
place's change in scare quotes with a decline beside it ("the park was safer before it got
'diversified'", "'culturally enriched' is one word for it"), geography as code ("we all know
who lives south of the tracks", "you can guess which apartments the calls come from", "hiring
from across the river and you can see the result"), a part of town's decline closed with "you
know why", a disclaimer followed by a story with no charge word ("I'm not racist, but my
daughter won't walk past that store anymore since they took it over"), and a people put down
with no slur ("they just aren't like us", "you can't reason with them", "I wouldn't let my
daughter near one", "should never have been let in"). Each only holds.

The near misses must pass the rules: a quoted word with no decline, a decline put down to a
plant or an office, which streets an office plows first, shoppers from across the river, a
business's new owners, political crowds, the interpreters who should have been let in sooner,
counter-speech and reports of the line, Spanish twins of the near misses. Our own sentences.
"""

import pytest

from .expect import assert_category_action, assert_rules_flag, assert_rules_pass_all

HELD = [
    # a place's change in scare quotes, with a decline beside it (quoted_decline)
    "The park was safer before it got 'diversified'.",
    "Main Street was a lot cleaner before it got so 'vibrant'.",
    "Ever since the complex got 'diverse' you can't leave a bike outside overnight.",
    "Our school was fine until it got 'enriched' with kids who don't even want to learn.",
    "Our 'new neighbors' sure changed the smell of the block.",
    "The 'new crowd' on Elm Street sure made the place louder and dirtier.",
    "Tip: the east side got 'diverse' lately, so keep your windows up.",
    "Don't buy in the 'colorful' part of town unless you like sirens.",
    "My old neighborhood got 'culturally enriched' and now I need three locks on the door.",
    "Love what the 'newcomers' have done with the place. Trash everywhere.",
    "Our town is so 'diverse' now that I don't let my wife shop alone.",
    "'Enrichment', they call it. I call it graffiti on every wall.",
    # a welcome in scare quotes before a rise in crime (quoted_welcome)
    "Every time the county opens a new 'welcome center' for the newcomers, the break-ins go up.",
    "Our schools got worse the same year the district 'welcomed' the new families.",
    # the quoted word offered as a euphemism (quoted_euphemism)
    "'Diversity' is one word for what happened to Eastgate.",
    "'Culturally enriched' is one word for it.",
    "'Vibrant' is a nice way to put it.",
    # geography as code (geo_guess, that_side_know, from_down_south)
    "We all know who lives south of the tracks.",
    "Everybody knows who lives across the tracks and why the cops are always there.",
    "You can guess which apartments the calls come from.",
    "You know exactly which part of town the looters will be from.",
    "Y'all know exactly which complex the cops get called to every weekend.",
    "Guess which apartments the trash comes from. Go on, guess.",
    "Everybody knows what goes on on that side of town.",
    "Everybody around here knows which end of the county to avoid after dark.",
    "We both know who lives on that side of I-10.",
    "I won't say who lives over there, but the cops are there every night.",
    "You know what goes on on the other side of the tracks.",
    "The plant started hiring from down south and within five years there were cars on the "
    "lawns and music till 2am.",
    "Our police were Irish and Italian when I was a kid. Now they're hiring from across the "
    "river and you can see the result.",
    # a part of town's decline, the cause left to the reader (place_know_why)
    "Home values on our block are about to tank. You know why.",
    "Another shooting in the same three zip codes. Draw your own conclusions.",
    # a disclaimer, then a story with no charge word (disclaimer_story, disclaimer_not_them)
    "I'm not racist, but my daughter won't walk past that store anymore since they took it over.",
    "Not racist but I quit going to the flea market. Too many of them now.",
    "Nothing against anybody, but since those people moved in next door I sleep with the "
    "lights on.",
    "No offense, but the laundromat is overrun with them now and my wife won't go alone.",
    "Don't get me wrong, I'm not racist. My son won't go near that corner since they took over "
    "the building.",
    "I'm not racist, I just want my kids to grow up around people who share our values. You "
    "know, not them.",
    # a people put down with no slur and no charge word
    "Somalis are polite enough, but they just aren't like us.",
    "They're just not like us, never have been, never will be.",
    "Arabs aren't like us, they never will be.",
    "There's no reasoning with these people.",
    "I'd never let my grandkids anywhere near those Haitian families.",
    "Those Venezuelans should've never been let in.",
    "These people will never be one of us no matter how many flags they wave.",
    "You can't reason with those people.",
    "Muslims? You can't reason with them. Don't even try.",
    "Mexicans? I wouldn't let my daughter near one.",
    "Never let them near your kids. I mean the Somalis down the road.",
    "They should never have been let in to begin with.",
    "Those people should never have been let in to begin with.",
    "Most of these Afghans should never have been allowed in.",
    "Syrians should never have been let into this country in the first place.",
]

PASSES = [
    # a quoted word with no decline beside it, or put down to a plant or an office
    ("en", "The realtor called the area 'vibrant' and 'diverse', and honestly the food scene "
     "proves her right."),
    ("en", "The brochure says the district is 'diverse', but the rents are out of reach for "
     "every family I know."),
    ("en", "The developers call it 'revitalized' but all it means is the rents doubled and the "
     "old families moved out."),
    ("en", "My uncle keeps saying the block 'changed' after the plant closed, and he's right: "
     "no jobs, more break-ins."),
    ("en", "The cast got real 'diverse' this season: one token character in the background."),
    ("en", "Our 'new neighbors' are actually my cousins from Tucson, lol."),
    ("en", "The east side got 'diverse' in the best way: three new taquerias and a Vietnamese "
     "bakery."),
    ("en", "The tour guide called the market 'colorful', and it was: the best mole I've ever "
     "had."),
    ("en", "Gentrification priced out every Mexican family on our street, and the city calls it "
     "'revitalization.'"),
    # a part of town named in a charge against an office, or with no one hinted at
    ("en", "We all know which part of town the city plows first, and it's not ours."),
    ("en", "You can guess which neighborhoods the county skipped when it paved the roads."),
    ("en", "Everybody knows which streets flood first when it rains."),
    ("en", "Everyone here knows which streets to avoid when the river floods."),
    ("en", "You can tell which apartments the landlord never fixes, the calls come in every "
     "winter."),
    ("en", "We all know who lives in the governor's mansion and who pays for it."),
    ("en", "Everybody knows what goes on at city hall after hours."),
    ("en", "Shoppers from across the river keep half of downtown El Paso in business."),
    ("en", "My dad hired crews from across the river for thirty years and never had a single "
     "problem."),
    ("en", "Crime went up in my neighborhood after the plant closed. Wonder why nobody in Austin "
     "cares?"),
    ("en", "Property values went up 40% since the developers came in. You know why? Tax "
     "breaks."),
    ("en", "The council approved the landfill next to the colonias again. Wonder why."),
    ("en", "Break-ins on our street doubled this year. The sheriff's office won't say why."),
    ("en", "Lock your car downtown, the break-ins are out of control and the police don't "
     "respond."),
    # a disclaimer about something else; a team's or a developer's "they"
    ("en", "I'm not racist, and I'm tired of being called one for wanting the border secured "
     "by law."),
    ("en", "No offense, but since they took over the Cowboys the team has been a mess."),
    ("en", "The developers took over the block and now my rent is double. Greedy landlords."),
    ("en", "Not racist, just tired of the council raising my taxes. You know, not them, the "
     "ones who vote for it."),
    # political crowds, things, kin and the wronged
    ("en", "You can't reason with those people in Congress, they only care about donors."),
    ("en", "Trump voters? You can't reason with them."),
    ("en", "The council members? There's no reasoning with these people."),
    ("en", "My cousins moved to Dallas. They're not like us anymore, never will be again, and "
     "that's fine."),
    ("en", "Love what the 'newcomers' did with the old bakery: the best pan dulce in town."),
    ("en", "The mayor called our block 'vibrant' in her speech. Meanwhile the streetlights have "
     "been out for a year."),
    ("en", "I'd never let my kids near one of those scooters downtown."),
    ("en", "The 'welcome center' for the new families got vandalized and the police did "
     "nothing."),
    ("en", "The church's 'welcome committee' brought casseroles to every new family on the "
     "block."),
    ("en", "My in-laws are kind people, they just aren't like us when it comes to football."),
    ("en", "I wouldn't let my kids near one of those e-scooters."),
    ("en", "The refugees I worked with should have been let in years sooner."),
    ("en", "Those interpreters should never have been left behind in Kabul."),
    ("en", "The Somali family down the street are lovely, they're just like us, just more kids."),
    ("en", "The new arrivals at the shelter need coats; the church is collecting them "
     "Saturday."),
    # counter-speech and reports of the line
    ("en", "People who say the park was safer before it got 'diversified' are just racists "
     "with a thesaurus."),
    ("en", "Saying \"we all know who lives south of the tracks\" is a racist dog whistle and "
     "you know it."),
    ("en", "My neighbor posted 'the park was safer before it got diversified' and I reported "
     "it."),
    ("en", "Stop with the \"they just aren't like us\" garbage. Immigrants built this town."),
    # plain stories and nostalgia
    ("en", "I grew up Black on the south side of Chicago and my mom never let us walk past the "
     "liquor store after dark."),
    ("en", "Our barrio was poor, but it was ours; I miss the old corner store and Don Pepe's "
     "radio."),
    ("en", "My grandmother is Mexican and my grandfather is Irish; I grew up speaking both at "
     "the dinner table."),
    ("en", "Our neighborhood used to have the best panaderia, I miss the Saturday mornings "
     "there."),
    # Spanish twins of the near misses
    ("es", "El barrio se volvió 'diverso' y la comida mejoró muchísimo."),
    ("es", "Todos sabemos qué colonias pavimenta primero el municipio, y no son las nuestras."),
    ("es", "Desde que cerraron la fábrica el barrio ya no es el mismo, y el gobierno ni se "
     "aparece."),
    ("es", "Los 'nuevos vecinos' de la esquina son mis primos de Juárez, jaja."),
]  # fmt: skip


@pytest.mark.parametrize("text", HELD)
def test_the_rules_hold_it_as_hate(text):
    assert_rules_flag(text, "en", "hate")


@pytest.mark.parametrize("text", HELD)
def test_the_comment_is_flagged_as_hate(text):
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize(("lang", "text"), PASSES)
def test_near_misses_pass_the_rules(lang, text):
    assert_rules_pass_all(text, lang)
