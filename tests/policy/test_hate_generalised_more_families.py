"""More vices put on a whole English-named group by `hate.generalised`: a group told to stay
on its side or be kept apart, a group said to hate others, to breed too much, to have caused a
plague or a town's ruin, a gang named as what the group is, contempt for other groups, and
eating "anything that moves". Each holds (a gang name rejects, as crimes do). The near misses
are the same groups in everyday, denied, quoted, reported, questioned or condemning talk."""

import pytest

from tests.policy.expect import assert_rules_approve, rule_action

RULE = "hate.generalised"

# (text, the rule's action)
HITS = [
    ("Mexicans should stay on their side and keep their problems there.", "hold"),
    ("Women should stay home where they belong.", "hold"),
    ("Gypsies in this town better move on.", "hold"),
    ("Disabled kids should be kept out of regular classrooms.", "hold"),
    ("Lesbians hate men.", "hold"),
    ("Muslims hate America, plain and simple.", "hold"),
    ("Mexicans have too many babies.", "hold"),
    ("Mexican women have too many babies just to anchor themselves here.", "hold"),
    ("Jews did 9/11 and they're doing the border too.", "hold"),
    ("The Chinese made covid on purpose.", "hold"),
    ("Chinese people ate bats and gave us covid.", "hold"),
    ("Jews killed the town's hardware store and every other small business.", "hold"),
    ("Salvadorans built the whole Northside gang problem.", "hold"),
    ("Arab men don't respect women, period.", "hold"),
    ("Muslims don't respect Jews.", "hold"),
    ("Chinese people eat anything that moves.", "hold"),
    ("Venezuelans are all Tren de Aragua, just wait.", "reject"),
    # a subject placed in a named town or at the writer's place: held, crimes too
    ("The Mexicans at my son's school are all in gangs, every single one of them.", "hold"),
    ("Mexicans in Juarez steal.", "hold"),
    ("Haitians in Springfield eat cats.", "hold"),
    ("The Somalis at the meat plant never pay their rent.", "hold"),
    (
        "Guatemalans in Chiapas and Guatemala are honestly just not equipped for modern life.",
        "hold",
    ),
    ("Women are just not built for combat.", "hold"),
    ("Indians get everything, Americans get nothing.", "hold"),
    ("Gays already have more rights than normal folks.", "hold"),
    ("The Somalis stick together and cover for each other.", "hold"),
    ("Hispanics vote with their skin color, not their brains.", "hold"),
    ("Muslims are not like other religious groups.", "hold"),
    ("Disabled kids drag down regular classrooms. Separate them.", "hold"),
    ("Autistic kids hold back every class they're in.", "hold"),
    ("Mexican kids bring down our schools.", "hold"),
    # two or more groups as one subject
    (
        "Honestly the Blacks and the Mexicans should just fight it out for the east side and "
        "leave the rest of us alone.",
        "hold",
    ),
    ("Mexicans and Blacks steal.", "reject"),
    ("Mexicans, Hondurans and Guatemalans never pay their rent.", "hold"),
    ("The Hmong families should stay on their farms out east.", "hold"),
    ("Gays were fine when they kept it private.", "hold"),
    ("Honestly women were better off when they stayed out of city politics.", "hold"),
    ("Gays have always gone after kids, and now they have the city budget behind them.", "hold"),
    ("Gays want our kids.", "hold"),
]

PASSES = [
    "Can we retire 'lesbians hate men' please? My aunts adore my dad.",
    "Lesbians don't hate men.",
    "Not all lesbians hate men.",
    "People who say lesbians hate men have never met one.",
    "My uncle thinks Muslims hate America. He's wrong.",
    "Muslims hate terrorism as much as anyone.",
    "Women should stay home when the roads ice over.",
    "Asylum seekers should stay in Mexico while their cases are heard.",
    "Refugees should stay in the shelter until the storm passes.",
    "Mexicans should stay on their side of the field until kickoff.",
    'The council member said the Hmong families "should stay in their own part of town." '
    "Disgraceful.",
    "Saying Mexicans should stay on their side is just bigotry.",
    "Disabled kids should not be kept out of regular classrooms.",
    "Mexican families have too many kids to fit in these tiny apartments, build bigger units.",
    "The claim that Mexicans have too many babies is an old myth.",
    "Venezuelans are not all Tren de Aragua.",
    "Venezuelans are fleeing Tren de Aragua.",
    "Jews did not do 9/11, that's a conspiracy theory.",
    "The Chinese made covid on purpose? There's no evidence for that.",
    "Some people claim the Chinese made covid on purpose.",
    "Mexicans killed it at the World Cup.",
    "Immigrants saved the town's hardware store.",
    "Arab men respect women more than you think.",
    "Chinese people eat dumplings at new year.",
    "Haitians in Springfield eat the pets? That rumor was debunked.",
    "Gays should have their own section at the parade, it was fun.",
    "Catholics should stay home when they have the flu.",
    "The Mexicans at my son's school are all in the band.",
    "Mexicans in Juarez are victims of the cartels.",
    "Haitians in Springfield don't eat cats, that rumor was false.",
    "The Somalis at the meat plant work double shifts.",
    "Venezuelans in Chicago are living in shelters and need help.",
    "Refugees are not equipped for the cold, please donate coats.",
    "Migrants are not equipped for the desert heat.",
    "Asylum seekers are not equipped for work in the US without language training.",
    "Women are not built for combat? Tell that to the Kurdish fighters.",
    "The idea that women are not built for combat is outdated.",
    "Women are absolutely built for combat.",
    "Veterans get a free ride on the bus on Memorial Day.",
    "Women get everything they need at the clinic on Alameda.",
    "Native Americans get free healthcare through IHS as a treaty right.",
    "Gays don't have more rights than anyone, they want the same ones.",
    "The claim that Hispanics vote with their skin color is insulting.",
    "Hispanics vote with their wallets, like everybody.",
    "Muslims are not like the caricature you see on cable news.",
    "Mexican families stick together, that's beautiful.",
    "Disabled kids don't drag down regular classrooms, the research says the opposite.",
    "Budget cuts drag down our schools.",
    "The idea that autistic kids hold back every class is a myth.",
    "Mexican kids bring up our test scores every year.",
    "Do disabled kids drag down regular classrooms? No.",
    "Mexicans and Blacks built this city together.",
    "Mexicans and Hondurans are not all gang members.",
    "The two teams should just fight it out on the field Saturday.",
    "Hmong farmers stay on their farms out east through the winter.",
    "Mexicans and Americans should sort it out among themselves at the negotiating table.",
    "Migrants were fine until they got to the desert, then the heat hit.",
    "The Hmong families were better off when they stayed in the old neighborhood, closer to the "
    "clinic.",
    "Gays were never fine with hiding, and they shouldn't have to be.",
    "Gays don't prey on children, abusers do.",
    "The lie that gay people prey on children has a long ugly history.",
    "Trans people are not a danger to kids.",
    "Gay couples want kids too, and adoption agencies should let them.",
    "Mexicans came after kids' soccer games to sell elotes.",
    "Lesbians go after their dreams like anyone else.",
    "Do trans people prey on children? No, the data is clear.",
]


@pytest.mark.parametrize(("text", "action"), HITS)
def test_more_families_flagged(text, action):
    assert rule_action(text, "en", RULE) == action


@pytest.mark.parametrize("text", PASSES)
def test_more_families_near_misses_pass(text):
    assert_rules_approve(text, "en", RULE)
