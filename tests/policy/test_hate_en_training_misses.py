"""English hate shapes the training rows showed the engine letting through, each written
again in our own words with its harmless neighbours (counter-speech, negation, reporting,
praise in the same frame).

A people put in a role, then a sneer opening the next sentence (`hate.everyday`, held): the
loss ("there goes the ..."), the goods to hide or lock up, the wallet or pets to watch, the
decline "no wonder" explains, the next role they will want.

A people named through its neighbourhoods ("Hispanic neighborhoods are filthy"), or it and its
streets called a crime scene, a war zone or a sewer (`hate.coded`, held).

A role handed back to men, "some jobs need a man", a people that "had its chance" at running
things (`hate.coded`, held)."""

import pytest

from tests.policy.expect import assert_rules_pass_all, by_lang, rule_action, rules_flagging

EVERYDAY = "hate.everyday"

SNEER_HITS = [
    "A Muslim teacher at our school? Well, there go the Christmas plays.",
    "Gay couple running the bakery? There goes the neighborhood.",
    "Muslims on the school board? Say goodbye to the Christmas concert.",
    "A Mexican treasurer at city hall? Hide the petty cash.",
    "A Somali guy running the daycare? Lock up your kids.",
    "Gypsy family moving in next door? Watch your wallet.",
    "Trans agents? No wonder the border's a joke.",
    "Women pilots? Next they'll want to fly the president.",
    "Women referees? Next thing you know they'll want to coach.",
    "Two lesbians on the county board. So no wonder the budget is a mess.",
]

SNEER_PASSES = by_lang(
    [
        # praise or plain news in the same frame
        "A woman running the marathon at 80? Well, there goes my excuse.",
        "Women on the city council? Great, finally some real budgets.",
        "A Muslim teacher at our school? Wonderful, the kids will learn so much.",
        "Jews running the deli? Well, there goes my diet, their pastrami is unbeatable.",
        "Mexicans running the food truck? Next they'll want a permit for Sundays, and good.",
        "Trans athletes? No wonder people are confused, the rules keep changing.",
        # no people put in a role
        "New principal at Jefferson? Well, there goes the old dress code.",
        "Rain at the parade? Well, there goes the fireworks.",
        "Raccoons in the attic? Lock up your trash cans.",
        # a migrant status: policy talk, not a people
        "Refugees at the food bank? Keep an eye on your kids, there's a toy drive too.",
        # quoted, reported or refuted
        'Someone posted "Muslims on the school board? Say goodbye to Christmas" and that '
        "is bigotry, plain and simple.",
        'My uncle says "women pilots? next they\'ll want to fly the president", and he is wrong.',
    ],
    [
        "¿Musulmanes en el consejo escolar? Qué bien, más voces.",
        "¿Mujeres pilotos? Mi tía voló treinta años.",
    ],
)


@pytest.mark.parametrize("text", SNEER_HITS)
def test_people_in_a_role_met_with_a_sneer_held(text):
    assert rule_action(text, "en", EVERYDAY) == "hold"


@pytest.mark.parametrize(("text", "lang"), SNEER_PASSES)
def test_sneer_neighbours_pass(text, lang):
    assert_rules_pass_all(text, lang)


# A people named through its neighbourhoods ("Black neighborhoods", a group for the rules),
# and a people or its streets called a crime scene, a war zone or a sewer (`hate.coded`).
PLACE_HITS = [
    "Hispanic neighborhoods are filthy and dangerous.",
    "Chinese neighborhoods are dirty, everyone knows it.",
    "Somali neighborhoods are breeding grounds for crime.",
    "Every Black neighborhood in town is a crime scene.",
    "Haitian neighborhoods in Miami have been a war zone for years.",
    "Muslim areas of Paris are war zones, everybody knows.",
]

PLACE_PASSES = by_lang(
    [
        "Black neighborhoods were redlined for decades and still pay for it.",
        "Hispanic neighborhoods are underserved by the bus lines.",
        "I grew up in a Mexican neighborhood and it was the safest place I know.",
        "The city ignores Black neighborhoods when it plans parks.",
        "A Hispanic neighborhood is a good place to get tacos.",
        # denied, condemned, reported
        "Black neighborhoods are not crime scenes, stop repeating that lie.",
        "Black neighborhoods are not dangerous, the data says so.",
        "Calling Black neighborhoods crime scenes is racist.",
        "The news calls every Black neighborhood a crime scene and that's racist.",
        "Reporters called the Hispanic neighborhood a war zone, which is lazy racist framing.",
        # a writer's own street, a real war
        "My Mexican neighborhood became a war zone when the cartel moved in.",
        "Our Black neighborhood was a war zone in the crack years, and the city let it happen.",
        "When the fighting started, Jewish neighborhoods in Kyiv became war zones too.",
        "Syrian refugees fled because Aleppo is a war zone.",
        "Gaza is a war zone and Palestinian families are trapped there.",
    ],
    [
        "Los barrios mexicanos de Chicago tienen la mejor comida.",
        "Crecí en un barrio negro de Houston y era muy tranquilo.",
    ],
)


@pytest.mark.parametrize("text", PLACE_HITS)
def test_people_through_its_neighbourhoods_flagged(text):
    assert rules_flagging(text, "en", ("hate",)), text


@pytest.mark.parametrize(("text", "lang"), PLACE_PASSES)
def test_neighbourhood_neighbours_pass(text, lang):
    assert_rules_pass_all(text, lang)


# A role handed back to men, some jobs said to need a man, a people that "had its chance" at
# running things (`hate.coded`, held; only when the comment names a group).
MEN_ONLY_HITS = [
    "Women had their shot at running the county. Time to give it back to the men.",
    "Leave the budget to the men, ladies, and go back to your bake sale.",
    "Two women on the commission and the books are a mess. Hand the job back to men.",
    "Hand the sheriff's office back to men who know the brush, ladies.",
    "Nice that the girls tried, but some jobs just need a man.",
    "Ladies, the fire chief post is a man's job. Step aside.",
    "Women got their chance at city hall and blew it.",
    "Women had their chance in office and the county went broke.",
]

MEN_ONLY_PASSES = by_lang(
    [
        "Women had their chance at the title and won it twice.",
        "Women had their chance to vote in 1920, finally.",
        "Some jobs need a man with a ladder, women or not, call the landlord.",
        "The league should give the field back to the men's team on Tuesdays.",
        "Leave it to the professionals, not the amateurs.",
        # reported, refuted, denied
        "Women were told for decades to leave the money to the men, and look where that got us.",
        "My grandma always said never leave the cooking to the men.",
        "Saying some jobs are for men is the oldest excuse for keeping women out.",
        "People who say women should leave politics to the men are stuck in 1950.",
        "Women don't need to hand anything back to men.",
    ],
    [
        "Mi abuela decía que nunca hay que dejarle la cocina a los hombres.",
        "Las mujeres tuvieron su oportunidad en el torneo y ganaron dos veces.",
    ],
)


@pytest.mark.parametrize("text", MEN_ONLY_HITS)
def test_role_kept_for_men_held(text):
    assert rule_action(text, "en", "hate.coded") == "hold"


@pytest.mark.parametrize(("text", "lang"), MEN_ONLY_PASSES)
def test_men_only_neighbours_pass(text, lang):
    assert_rules_pass_all(text, lang)
