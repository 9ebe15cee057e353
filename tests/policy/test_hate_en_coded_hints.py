"""English coded hate said by its frame rather than its words (rows of `lexicons/coded.tsv`
and `lexicons/tropes.tsv`): "diversity" named as a harm or an unearned place, a truth said to
be forbidden, a group's lot blamed on its habits ("maybe if they ..."), the concession that
makes a generalisation ("not all of them, but enough"), backhanded praise, innuendo, a people
as pickpockets, "the wrong kind of people", doubt cast on the Holocaust count, being gay or
trans called a mental illness, a failing city as the proof about a people, and "funny how"
followed by crime or an arrival pinned on people. Near misses: the same openings about
officials, budgets or facts, praise with no catch, counter-speech and quotation.
Hand-written."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, expected)
    # "Diversity" as the name of a harm, a sneer or an unearned place ...
    ("Diversity is why your rent doubled and your kid needs a translator.", "flag"),
    ("Another diversity pick for police chief, and the response times show it.", "flag"),
    ("Diversity is code for fewer of our kids getting into the good schools.", "flag"),
    ("Diversity is our strength, lol. Read the police reports from Elm Street.", "flag"),
    ("That's what diversity buys you: bars on every window downtown.", "flag"),
    # ... but diversity discussed, counted or defended is not.
    ("The county's diversity report says nine of the deputies are Black.", "approve"),
    ("I think diversity is our strength, and the festival proved it again this year.", "approve"),
    ("Calling her a diversity hire is racist, she has run the clinic for twelve years.", "approve"),
    # A truth said to be forbidden ...
    ("Every carjacking on the east side is the same crowd. Nobody is allowed to say it.", "flag"),
    ("Our schools went downhill and no one's allowed to notice why.", "flag"),
    # ... but rules of a meeting are not.
    ("Nobody is allowed to speak at the council meeting without signing up first.", "approve"),
    # A group's lot blamed on its habits ...
    ("Maybe if they had fewer kids and learned English they wouldn't need food stamps.", "flag"),
    ("Maybe if your people stayed in their own country we would have enough nurses.", "flag"),
    # ... but a budget or a road blamed on officials is not.
    (
        "Maybe if the city fixed the potholes on Main we wouldn't need new tires every spring.",
        "approve",
    ),
    ("Maybe if the council spent less on consultants the library could stay open.", "approve"),
    # The concession that makes the generalisation ...
    ("Not all of them, sure. But enough of those refugees steal that I lock the shed.", "flag"),
    (
        "I'm not saying all Somalis are thieves, but have you ever met one who pays rent on time?",
        "flag",
    ),
    # ... but a concession that defends them is not.
    ("Not all of them are criminals, most are just trying to feed their kids.", "approve"),
    # Backhanded praise: the catch after the compliment ...
    (
        "Filipinos are hard workers, I'll give them that. Just don't expect them to run anything.",
        "flag",
    ),
    ("The Korean kids are fine until they hit high school.", "flag"),
    # ... but praise with no catch, or a catch about a restaurant, is not.
    ("The Korean kids are fine students and great teammates.", "approve"),
    ("The tacos are good, I'll give them that, but the parking is a nightmare.", "approve"),
    # Innuendo that leaves the slur to the reader ...
    ("The new tenants on Oak are Hondurans, if you catch my drift.", "flag"),
    ("Hire real Texans. Texans who look like us. You know what I mean.", "flag"),
    # ... but a plain "you know what I mean" about a plan is not.
    (
        "The new bus route is a good start, but it skips the colonias, if that makes sense.",
        "approve",
    ),
    # A people as pickpockets ...
    ("Keep your wallet close when the Romanians are begging outside the mall.", "flag"),
    # ... but a warning with no people is not.
    ("Keep your wallet close at the fair, pickpockets work the crowds every year.", "approve"),
    # The wrong kind of people let in ...
    ("The town was fine until the wrong kind of people started coming.", "flag"),
    ("That's what you get when a school lets the wrong kind of people in.", "flag"),
    # ... but the wrong person elected is not.
    ("We elected the wrong person for treasurer and the audit shows it.", "approve"),
    # Doubt cast on the Holocaust count ...
    ("The six million figure keeps getting revised. Do your own research.", "flag"),
    ("The Holocaust is the only part of history we are not allowed to question.", "flag"),
    # ... but the denial called out, or the history taught, is not.
    (
        "Saying the Holocaust numbers never added up is denial, plain and simple.",
        "approve",
    ),
    (
        "My students read the railway records so they can see how the Holocaust was organised.",
        "approve",
    ),
    # Being gay or trans called a mental illness ...
    ("Transgenderism is a mental illness and the schools are feeding it.", "flag"),
    ("Being gay is a mental disorder, no matter what the textbooks say now.", "flag"),
    # ... but mental illness spoken of as illness, or the claim rejected, is not.
    ("Depression is a mental illness and my cousin finally got treatment for it.", "approve"),
    ("Saying being gay is a mental illness was dropped by doctors fifty years ago.", "approve"),
    # A failing city as the proof about a people ...
    ("Somalis can't govern themselves. Look at Mogadishu.", "flag"),
    # ... but a city's budget compared is not.
    ("Our water bills could triple. Look at Flint before you vote for this contract.", "approve"),
    # Native people as drunks ...
    ("Give the tribe more money and they'd drink it all away by spring.", "flag"),
    ("The reservation is just one big drunk tank with a casino.", "flag"),
    # ... but the stereotype refuted, or a sobriety program reported, is not.
    (
        "The tribal clinic's sobriety program has a waiting list, which says the funding works.",
        "approve",
    ),
    # "Demographic" as the unnamed culprit ...
    (
        "Every new complex downtown fills up with the same demographic, and we all know the rest.",
        "flag",
    ),
    ("The suburbs were safe. Then the demographics changed. I'm just saying when.", "flag"),
    # ... but demographic data reported is not.
    ("The district should publish demographic data for every attendance zone.", "approve"),
    ("Demographics change over time, and our schools will adapt.", "approve"),
    # A people named by an adjective before a person noun is a group like any other.
    ("Korean workers are great, just don't expect them to take a day off.", "flag"),
    ("The Ethiopian families on our block threw the best block party of the summer.", "approve"),
    # Sharia said to come with a people ...
    ("Two Afghan families moved in on Pine. Enjoy your sharia, neighbors.", "flag"),
    ("Give it twenty years and there will be sharia courts in our town.", "flag"),
    # ... but the claim fact-checked is not.
    (
        "No, the refugees are not bringing sharia, they are bringing pastries to the bake sale.",
        "approve",
    ),
    # A smell pinned on a people ...
    ("The east side smells like another little Mogadishu now.", "flag"),
    # ... but a smell of food or a river is not.
    ("The whole block smells like roasted chiles every September and I love it.", "approve"),
    # Gay and trans people kept from children ...
    ("The trans activists keep pushing their lifestyle on our kids at the library.", "flag"),
    ("Rainbow flags at the middle school now. Remember when it was just math?", "flag"),
    # ... but a flag reported or defended is not.
    ("The rainbow flag at city hall is a government speech question, interesting case.", "approve"),
    # A fault put down to a people's culture by a tag after it ...
    ("Those men hit their wives, it's cultural.", "flag"),
    ("They all end up on welfare within a year, it's in the culture.", "flag"),
    # ... but a custom praised as cultural is not.
    ("Sunday dinner with forty relatives is normal for us, it's cultural.", "approve"),
    # Praise that marks a member as the exception ...
    ("Our new manager is surprisingly articulate for a Mexican guy.", "flag"),
    # ... but a place judged is not.
    ("The menu is honest for a Mexican place in Ohio, no fusion nonsense.", "approve"),
    # Pest words for people at the border, no group named ...
    ("Those rats keep wading across the river every night.", "flag"),
    ("Raise the fence higher so the roaches can't climb over.", "flag"),
    # ... but cartels called vermin, or real insects, are not.
    ("The cartels are vermin and they keep moving product across the river.", "approve"),
    ("Roaches got into the kitchen at the border station again, call the exterminator.", "approve"),
    # Admitting one member as the slope to being overrun ...
    ("Let one Afghan family in and in five years you have a whole neighborhood of them.", "flag"),
    # ... but one more car or one more family welcomed is not.
    ("Let one more family in to the shelter tonight, we still have two cots.", "approve"),
    # People called an infestation in the writer's own voice ...
    ("What's coming over the bridge every night is an infestation, not immigration.", "flag"),
    ("Ship them all back south and the water problem is solved.", "flag"),
    # ... but the word condemned, or a kitchen infested, is not.
    ("Calling refugees an infestation is the language of every genocide.", "approve"),
    ("The county food bank had a mouse infestation last spring, fixed now.", "approve"),
    # A people in a role asked about, then the sneer as the answer ...
    ("Women umpires in the county league? That explains the strike zone.", "flag"),
    # ... but a real question about a role is not.
    ("Women umpires in the county league? Great news, my niece applied.", "approve"),
    # The objection answered in advance with an appeal to a pattern ...
    ("Don't put a Somali in charge of the books. That's not racism, that's experience.", "flag"),
    # ... but a policy defended the same way is not.
    ("Cap the shelter at 200 beds. That's not hate, that's arithmetic.", "approve"),
    # A people's success hinted at as a scheme ...
    ("The Arabs on Fourth always seem to do fine no matter how slow business gets.", "flag"),
    ("A synagogue grant again? Makes you wonder who's really running this town.", "flag"),
    # ... but praise for a grocer is not.
    ("The Korean grocer always seems to remember everyone's name.", "approve"),
    # "Funny how" followed by crime or an arrival pinned on people ...
    ("Funny how the break-ins started the week the 'new neighbors' arrived.", "flag"),
    ("Funny how the crime map lights up wherever the Haitians settle.", "flag"),
    ("Strange how the measles showed up right after they moved in.", "flag"),
    # ... but the irony aimed at officials, a budget or a drop in crime is not.
    ("Funny how crime goes up every time they cut the police budget.", "approve"),
    ("Funny how crime dropped after they opened the youth center.", "approve"),
    ("Funny how the Guatemalan families always end up feeding the whole block.", "approve"),
    ("Funny how the bridge floods every single time it rains.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hate_en_coded_hints(text: str, expected: str) -> None:
    assert_category_action(text, expected, "hate", "en")
