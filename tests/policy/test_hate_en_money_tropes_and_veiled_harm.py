"""English hate in shapes the rules missed (enhate15): Jews said to live off others' money or
to push open borders to weaken a country, dual loyalty in a phrase; a people sent home in
"they'd go back where they came from" or "if they want X they can go back to Mexico"; death
left to the desert, the weather or neglect; a veiled threat at a mosque, a gay bar or a march;
a people given as the reason for a misdeed in the news, with a shrug ("of course", "shocker").
Every shape is English; the trope rows reject as the other tropes do, the rest hold. The near
misses speak of one person, a custom, a recipe, a garden or an audit, or report, deny or
condemn the line."""

import pytest

from tests.policy.expect import assert_rules_pass_all, rules_flagging

HITS = [
    # Jews said to live off others' money (hate.trope)
    ("The Jews print money out of thin air and we pay for it at the pump.", "hate.trope"),
    ("Jewish bankers lend you the money and then charge interest on your misery.", "hate.trope"),
    ("Jews bought every building on Main and jacked up the rents.", "hate.trope"),
    ("Hebrews own the networks and the banks.", "hate.trope"),
    ("The Jews bled the old mill town dry.", "hate.trope"),
    ("Jewish families have way too much pull in this county.", "hate.trope"),
    ("The rabbis have too much influence over the zoning board.", "hate.trope"),
    ("Jews are so good with money, of course they run the pension fund.", "hate.trope"),
    # ... or to push open borders to weaken a country
    ("The Jews push open borders to divide us, it's always been their plan.", "hate.trope"),
    ("Jewish donors fund the refugee groups so they can weaken the white majority.", "hate.trope"),
    # a list of Jewish power; dual loyalty in a phrase
    ("Jewish banks, Jewish media, and nobody is allowed to say a word.", "hate.trope"),
    ("The new judge is a Jew first and an American second.", "hate.trope"),
    ("Jews will always vote for Israel. Their true homeland, not this one.", "hate.trope"),
    # Jews hinted at by a shared surname or "background" (hate.coded)
    ("Funny how the bankers on every board share the same last names.", "hate.coded"),
    ("The studio heads all have the same kind of last names, think about it.", "hate.coded"),
    ("Every think tank is run by people with the same... background.", "hate.coded"),
    ("Who writes the news? Why the same last names, year after year?", "hate.coded"),
    # sent home (hate.coded)
    ("I wish they'd just go back where they came from.", "hate.coded"),
    ("If they want their own holidays they can go back to Mexico.", "hate.coded"),
    ("If these people want sharia they can move back to their own countries.", "hate.coded"),
    # death left to nature or neglect
    ("Close the gates and let them starve in the desert.", "hate.coded"),
    ("Build the wall taller and let the heat take care of the rest.", "hate.coded"),
    ("Lock them in the cages with no water and let nature sort it out.", "hate.coded"),
    ("It's not our problem if they drown crossing.", "hate.coded"),
    ("Migrants dying in the heat? Natural selection.", "hate.coded"),
    # a veiled threat at a group's place or march
    ("Somebody should torch the new mosque on Fifth.", "hate.coded"),
    ("Someone should follow the gay couples home and set them straight.", "hate.coded"),
    ("The drag story hour is Saturday, somebody should drive through it.", "hate.coded"),
    ("If the city approves that synagogue it won't last a week.", "hate.coded"),
    ("Those gay clubs are asking for it.", "hate.coded"),
    ("The Muslims on Oak Street need someone to remind them whose town this is.", "hate.coded"),
    # a people given as the reason for a misdeed, with a shrug (hate.en_no_surprise)
    ("Of course the car thief was Honduran.", "hate.en_no_surprise"),
    ("Not surprised the Nigerian guy got caught running a scam.", "hate.en_no_surprise"),
    ("Three Haitians arrested for the copper theft. Shocker.", "hate.en_no_surprise"),
    ("Another Somali welfare fraud in the paper. Who could have guessed.", "hate.en_no_surprise"),
    ("Typical Mexican work ethic, the job is half done.", "hate.en_no_surprise"),
]

PASSES = [
    # one person, a custom, a history, a plain fact
    "My Jewish landlord charges fair rent and fixes things the same week.",
    "Guilds barred Jews from most trades, so Jewish lenders were forced to charge interest.",
    "Jewish food, Jewish music, Jewish history, the festival had it all.",
    "Jewish groups support refugees because their own grandparents were refugees.",
    "I'm a Jew first and a New Yorker second.",
    "Hebrews is a book of the New Testament.",
    "The rabbis say the council gave them too much work this year.",
    "The developer jacked up the rents on every unit downtown.",
    # denied, reported, condemned
    "The stereotype that Jews are good with money is old and ugly.",
    "Saying Jews push open borders to weaken the West is an antisemitic lie.",
    "A commenter wrote that Jews jacked up the rents downtown, which is an antisemitic lie.",
    "Jews do not charge more rent than anyone else.",
    "My wife and I share the same last name now.",
    "Two reporters at the paper have the same last name but aren't related.",
    "The donors to both campaigns share the same last names because they are one family.",
    "The 'shared heritage' line about Jewish donors is just antisemitism with extra steps.",
    # a trip home, a report of the chant
    "If they want to see their grandmother they can go back to Mexico for Christmas.",
    "Someone yelled that they should all go back where they came from. Vile.",
    "The swallows leave in fall and go back where they came from.",
    # gardens, recipes, offenders, a question that rebuts
    "Leave the garden alone and let nature sort it out.",
    "Slice the tomatoes and let them bake in the sun for two days.",
    "Let them rot in prison, those cartel killers.",
    "The deer overpopulate the river bottoms every year. Let nature sort it out.",
    "Darwin's finches are the classic example of natural selection, my Mexican teacher said.",
    "Someone said it's not our problem if they die out there. That is monstrous.",
    # a visit, an audit, a roof, a welcome
    "Someone from the council should pay a visit to the new mosque and welcome them.",
    "Somebody should file a records request about the mosque's permit.",
    "The old synagogue won't be standing a month later if the city doesn't fix the roof.",
    "Someone spray-painted the mosque and someone should let them know the town stands with them.",
    "The guy who posted 'someone should drive through the Dreamers march' got banned. Good.",
    "Someone should remind the developer what kind of town this is.",
    "The mosque hosted an open house, and someone should remind the critics what kind of town "
    "this is: a welcoming one.",
    "Someone needs to follow the pride parade with a street sweeper.",
    # a shrug at praise, a wrong done to the people, a charge called false, no people
    "Not surprised the Mexican restaurant won best in town, it's amazing.",
    "Typical Guatemalan hospitality, they fed the whole block.",
    "Of course the smuggler was a US citizen, not a migrant.",
    "Not surprised the migrants got robbed at the crossing again.",
    "Of course the Somali family got arrested for nothing, the cops profiled them.",
    "Of course the Mexican team got caught offside again, typical.",
    "Of course we Mexicans get arrested first.",
    "Of course the council raised the rates again. Typical.",
    "People keep saying 'of course the thief was Mexican.' That is racist garbage.",
]


@pytest.mark.parametrize(("text", "rule"), HITS)
def test_money_tropes_and_veiled_harm_held(text, rule):
    assert rule in rules_flagging(text, "en", ("hate",)), text


@pytest.mark.parametrize("text", PASSES)
def test_money_tropes_and_veiled_harm_near_misses_pass(text):
    assert_rules_pass_all(text, "en")
