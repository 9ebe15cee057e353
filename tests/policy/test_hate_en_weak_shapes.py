"""English hate in the shapes the engine read weakest: worth or belonging denied to a group,
questions that carry the slander, profanity aimed at a group and a people's arrival blamed for a
place's fall; with the near misses that must pass (slanders denied, officials and policies,
honest questions, swearing at no group). All examples are our own."""

import pytest

from tests.policy.expect import assert_rules_pass_all, rules_flagging

HITS = [
    # worth or belonging denied
    "No Mexican has ever contributed anything to this country.",
    "No Muslims have ever contributed anything.",
    "Refugees will never be part of this community.",
    "Muslims are not members of our community and never will be.",
    "Women don't add anything to this town.",
    "I don't consider Muslims human.",
    "I will never see trans people as human.",
    "I refuse to see women as equals.",
    "I can't regard gay people as normal.",
    "No one can trust women.",
    "Nobody can trust a Mexican.",
    "No good has ever come out of immigrants.",
    # a challenge to find a good member
    "I have yet to meet one of those Muslims who is honest.",
    "You will never meet a decent one of those women.",
    "Is there a single honest Gypsy anywhere?",
    "There is no such thing as a decent Muslim.",
    "I've never met an honest Jew.",
    "Name one Mexican who is honest.",
    # questions that carry the slander
    "Do Muslims even have souls?",
    "When will we finally get rid of Muslims?",
    "When will people admit that immigrants are ruining this town?",
    "Why won't people admit that Mexicans are lazy?",
    "How many more migrant crimes before we act?",
    "How many more rapes by migrants before the council does something?",
    "How much longer will we put up with Muslims?",
    # profanity aimed at a group
    "Piss on the Somalis.",
    # the group named first, the slander by pronoun after
    "I met some Somalis yesterday. They are all vermin.",
    "A bunch of Haitians showed up at the meeting. I can't stand them.",
    "The Democrats keep bringing them in. They are an infestation.",
    "Muslims moved in next door. Their kids are loud. They are animals.",
    "Migrants are here. I say we round them up and deport them.",
    "Screw the libs, Muslims are animals.",
    # a place's fall put at a people's arrival, and burdens
    "Wherever Haitians move, the neighbourhood goes.",
    "Once the Somalis moved in, property values dropped.",
    "Let the Mexicans in and the town rots.",
    "Refugees are a weight around our necks.",
    "Immigrants are the rot in this country.",
    "Women are nothing but useless mouths.",
    "Immigrants should be penned up somewhere far away.",
    # force the officials are to use makes its target the "they" that follows
    "Border Patrol should be allowed to shoot on sight at the river. They're invaders, not people.",
    "ICE should deport every last one at the border. They are vermin.",
    # a charge only newcomers can carry is never the officials' or landlords'
    "The landlords raised the rent again and the council shrugged. They don't assimilate.",
]

NEAR_MISSES = [
    # slanders denied, "not all", officials and policies
    "Mexicans are not criminals.",
    "Not all Muslims are terrorists.",
    "No senator has ever contributed anything useful.",
    "No refugee has ever been allowed to vote here.",
    "I don't see Muslims as criminals.",
    "I don't consider immigrants a burden.",
    "They don't see Muslims as human.",
    "Nobody can trust the council.",
    "No one can trust Mexican cartels.",
    "Nobody should say women can't be trusted.",
    "Politicians can never be trusted.",
    "I don't think the mayor can ever be trusted.",
    # challenges about no group, or answered
    "Show me a good Mexican restaurant.",
    "Is there a single good Mexican restaurant in town?",
    "I have never met a Mexican who was rude to me.",
    "I've never met an honest politician.",
    "Can anyone name one decent Muslim? I can: my neighbor Amina.",
    # honest questions and questions about policies
    "Do women even have equal pay?",
    "When will we finally help refugees?",
    "When will people admit that immigrants commit less crime?",
    "Why can't people accept that gay people are normal?",
    "When will we get rid of this mayor?",
    "How many more ICE raids before the council acts?",
    "How many more migrants will die in the desert before Congress acts?",
    "How many more attacks on Muslims before the police act?",
    "How much longer will we put up with this mayor?",
    "Why do so many Mexicans work in the plants?",
    # swearing at no group
    "Piss on the council and their budget.",
    "Fuck ICE.",
    "Screw the new zoning rules.",
    # a "they" that stands for officials, forces or outfits, not the group named before
    "ICE agents raided the plant. They are vermin.",
    "The cops showed up again. They're parasites.",
    "Muslims were attacked downtown. The police did nothing. They are useless.",
    "Trans kids are bullied at school. The administrators don't care. They are useless.",
    "Mexicans built this town. Politicians forget that. They are clueless.",
    "Border Patrol stopped a bus of migrants. They are thugs with badges.",
    "ICE detained Haitians at the plant. They should be ashamed of themselves.",
    "The refugees arrived last week. The officials who processed them should go to jail.",
    "The cartel members who smuggle migrants are animals.",
    "My in-laws are Muslims. They drive me crazy sometimes, like all in-laws.",
    "We hosted two refugee families. They are the kindest people I know.",
    # a curse at someone else, a burden borne, a question about what is done to a group
    "Screw the haters, gay people deserve love.",
    "Fuck the trolls, immigrants are welcome here.",
    "Refugees carry the burden of trauma for years.",
    "Immigrants bear the burden of these policies.",
    "Why are immigrants always blamed for crime?",
    "Why are Muslims always targeted at airports?",
    # places and burdens with no people blamed
    "Wherever the highway goes, the neighborhood goes.",
    "Once the Somalis moved in, the neighborhood came alive.",
    "Let the refugees in and the town thrives.",
    "Student debt is a weight around our necks.",
    "Corruption is the rot in this country.",
    "The sheep are penned up for the night.",
    "Refugees should be pinned up on the wall of fame.",
    "Immigrants are not part of the community garden board this year.",
    "Muslims are not members of the council.",
    "Women are not part of the problem.",
    "The shelter has more mouths to feed this winter.",
    "Refugees are forced to live in filth in those camps.",
    "The landlords keep raising rents. They are leeches.",
]


@pytest.mark.parametrize("text", HITS)
def test_flagged(text):
    assert rules_flagging(text, "en", ("hate",)), text


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_pass(text):
    assert_rules_pass_all(text, "en")
