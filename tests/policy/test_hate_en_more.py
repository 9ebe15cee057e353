"""English hate in more shapes with no slur: members of a group in a role judged as one ("female
drivers are a menace"), harm for a harmless act ("women who speak up should be slapped"),
threats on the writer's power ("if I have my way"), looks mocked as a group's, a foretold death
spoken to a group, retribution for what a group is, harm approved as a condition, a group told
to shut up (masked profanity such as "f*ck" is read as the word inside phrases), and verdicts
with no insult ("the fewer X the better"); with the near misses that must pass (negation,
reports, quotes, questions answered no, wrongdoers picked out, policy and sanctions, things
rather than people). All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action

HITS = [
    "Some say immigrants bring crime. And they're right.",
    "The trouble with Mexicans is they're lazy.",
    # a group in a role, or past a neutral clause
    "Female drivers are a menace.",
    "Female bosses are a nightmare.",
    "Gay teachers are a threat to our kids.",
    "Women in the workplace are a disaster.",
    # harm for something harmless
    "Women who speak up should be slapped.",
    "Gay men who kiss in public should be beaten.",
    "Women like her need a good slap.",
    "Muslims have no place on this earth and should be eliminated.",
    # threats on the writer's power, foretold deaths, retribution
    "You gays will be dead soon if I have my way.",
    "When I rule this country, trans people will be shot on sight.",
    "Once we are in power, you immigrants will all be gone.",
    "You Muslims will be dead soon.",
    "I am going to make immigrants pay for what they are.",
    "You Muslims are going to pay with your blood.",
    "We must drive Muslims into the sea.",
    "Trans people should be put against a wall.",
    "It would be a good thing if all Muslims were shot.",
    # looks mocked as the group's
    "Muslim women look like walking tents.",
    "Gay men dress like clowns.",
    "Jews have such big noses.",
    "Women are so ugly without makeup.",
    # silenced, denied, judged with no insult
    "Women should shut the hell up for good.",
    "Shut the fuck up, immigrants.",
    "Fuck off and die, gay people.",
    "Black people are no use to anyone.",
    "Disabled people deserve no kindness.",
    "Women are nowhere near as smart as us.",
    "I would never let my kids near Muslims.",
    "You can't expect much from black people.",
    "I wouldn't touch trans people with a ten-foot pole.",
    "Nobody in their right mind would hire immigrants.",
    "The fewer Muslims the better.",
    "Gay people are best kept out of sight.",
    "Immigrants are what's wrong with this country.",
    "A country without immigrants would be paradise.",
    # masked profanity reads as the word inside a phrase too
    "F*ck off back home, immigrants.",
    "Shut the f*ck up, women.",
    "These Muslims should shut the f*ck up for good.",
    "Gay people can go f*ck themselves.",
]

PASSES = [
    # negation, reports, quotes, questions answered no
    "Women are not a menace.",
    "Open borders are a menace.",
    "Drunk drivers are a menace.",
    "Saying female drivers are a menace is sexist.",
    "Is it true that female drivers are a menace? I doubt it.",
    "Is it true that immigrants are a menace? I doubt it.",
    "It's a myth that female drivers are a menace.",
    "The claim that gay teachers are a threat to kids is bigotry.",
    "He said women who speak up should be slapped, which is disgusting.",
    "Saying women need a good slap is vile.",
    'Saying "the fewer immigrants the better" is xenophobic.',
    "Saying it would be a good thing if all Muslims were shot is monstrous.",
    # the group as victim or as speaker; situations rather than people
    "Women who speak up should be heard.",
    "Women should never be slapped.",
    "Men who hit women should be punished.",
    "Gay teachers who abuse kids should be fired.",
    "Muslims who pray in the street should be fined.",
    "Immigrants broke the law and should be jailed.",
    "Trans people are not criminals and should not be beaten.",
    "Muslims were attacked and should be protected.",
    "For women, the commute is a nightmare.",
    "The policy for immigrants is a disaster.",
    "Disabled people say the new rules are a disaster.",
    # "some say" reports a claim, like "people say"; the writer answers it (endorsed, it is
    # read: "Some say X bring crime. And they're right." stays flagged)
    "Some say immigrants bring crime. The numbers say they commit less of it.",
    "Some would say Haitians are a burden. My Haitian neighbors run the food bank.",
    # "the trouble with X doing Y": the trouble is an activity of theirs, the clause decides
    "The trouble with Haitians finding work is not cultural, it's the paperwork.",
    "The problem with Haitian kids missing school is the bus route, not the families.",
    "The trouble with Venezuelans renting here is that landlords want three months up front.",
    "Muslims in Gaza are living a nightmare.",
    "These policies drive immigrants into poverty.",
    "Put immigrants up in hotels.",
    "It would be a good thing if all immigrants were welcomed.",
    "It would be a good thing if no Muslims were shot.",
    "If I have my way, immigrants will get fair wages.",
    "If I were in charge, gay people would be protected.",
    "If I have my way, refugees will be dead certain of a warm welcome.",
    # the same words about other things
    "Muslim women dress like everyone else.",
    "Jewish families have big dinners.",
    "Kids look like clowns in those costumes.",
    "Women need a good lawyer.",
    "Women deserve compassion after what they went through.",
    "Immigrants don't ask for pity.",
    "Female pilots are amazing.",
    "Black voters are a key bloc.",
    "Women, shut up and dance!",
    "Shut up, I love gay people!",
    "I would never let my kids near a busy road.",
    "You can't expect immigrants to learn English overnight.",
    "Nobody in their right mind would hire that contractor.",
    "Secrets are best kept out of sight.",
    "Racism is what's wrong with this country, not immigrants.",
    "A country without hospitals would be a disaster.",
    "F*ck yeah, what a goal!",
    "I f*cking love gay people.",
    "Women, shut the f*ck up and dance!",
]


@pytest.mark.parametrize("text", HITS)
def test_flagged_as_hate(text):
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_category_action(text, "approve", "hate", "en")
