"""English group hate with no slur and no plain "X are Y" in one clause: a people named and
then insulted in a clause or sentence of its own, or let into a place that then "stinks"
(`hate.en_pointed`); old people denied the vote or wished dead (`hate.en_aged`); disabled
children said to drag a whole class down (`hate.en_slowed`); a group told it is not welcome,
even after a "No," (`hate.en_unwelcome`); and the Spanish "las mujeres pertenecen a la cocina"
(`hate.es_women`). The near misses that must pass: the same words in praise, about police or
politicians, negated, asked, reported or condemned, a class slowed for want of support, harsh
opinion about a generation, and literal kitchens. All examples are our own."""

import pytest

from tests.policy.expect import assert_rules_pass_all, rule_action

HITS = [
    # a people named, then its vices in a clause of their own
    (
        "We hired a couple of Guatemalans for the fence. Never again, lazy and filthy, all of "
        "them.",
        "hate.en_pointed",
    ),
    (
        "My cousin took on three Somali guys at the warehouse, never again, useless and lazy.",
        "hate.en_pointed",
    ),
    (
        "Rented the basement to some Haitians last spring. Thieves and liars, every one of them.",
        "hate.en_pointed",
    ),
    ("We rented to a Somali family once. Never again. Filthy.", "hate.en_pointed"),
    # a people let into a place that then stinks
    ("Ever since the Haitians moved in the whole building reeks.", "hate.en_pointed"),
    ("They let the Somalis into the building and now it stinks.", "hate.en_pointed"),
    (
        "The county moved a bunch of Haitians into the motel and now the whole place reeks.",
        "hate.en_pointed",
    ),
    # old people denied the vote or wished dead
    ("Old folks are a drain and shouldn't be allowed to vote.", "hate.en_aged"),
    ("Boomers should just die off already.", "hate.en_aged"),
    ("Seniors shouldn't be allowed to vote, they've had their turn.", "hate.en_aged"),
    ("The elderly should lose the right to vote at 75.", "hate.en_aged"),
    ("Can't wait for the boomers to die off.", "hate.en_aged"),
    ("Take away the vote from old people, they're senile anyway.", "hate.en_aged"),
    ("Old people are parasites.", "hate.en_aged"),
    (
        "Seniors shouldn't get to vote on the library levy, they won't be around to pay it.",
        "hate.en_aged",
    ),
    ("Just let the boomers die, they've had their run.", "hate.en_aged"),
    # disabled children said to drag a class down
    ("Deaf kids slow the whole class down.", "hate.en_slowed"),
    ("Blind students drag everyone else down.", "hate.en_slowed"),
    ("Wheelchair users at the council meeting slowed everything down again.", "hate.en_slowed"),
    ("Women slow the whole crew down.", "hate.en_slowed"),
    ("Kids with Down syndrome slow down the whole class.", "hate.en_slowed"),
    ("Deaf kids don't belong in regular classrooms.", "hate.en_slowed"),
    # a group told it is not welcome
    ("No, immigrants are not welcome here.", "hate.en_unwelcome"),
    ("Muslims are not welcome in this town.", "hate.en_unwelcome"),
    ("Haitians aren't wanted here.", "hate.en_unwelcome"),
]

ES_HITS = [
    ("Las mujeres pertenecen a la cocina.", "hate.es_women"),
    ("La mujer pertenece al hogar, no a la política.", "hate.es_women"),
]

PASSES = [
    # the pointed-back words in praise, about others, negated or reported
    ("We hired a couple of Guatemalans for the fence and they did great work.", "en"),
    ("We hired a couple of Guatemalans for the fence. Hard working and honest, all of them.", "en"),
    ("We hired Guatemalans for the roof. Not lazy, not dirty, just great workers.", "en"),
    ("The politicians hired a few Mexican consultants. Useless and lazy, all of them.", "en"),
    (
        "My boss hired some Haitians and called them lazy and filthy, all of them. Disgusting "
        "of him.",
        "en",
    ),
    ("Somebody said the Haitians are lazy and filthy, all of them. That is a racist lie.", "en"),
    ("They let the Somalis into the complex and now it has a soccer league on Saturdays.", "en"),
    ("The Haitian family moved in next door and now it smells like great cooking.", "en"),
    ("Ever since the Somalis moved in our street smells amazing on Fridays.", "en"),
    (
        "They moved the refugees into the old motel and now it stinks of mold because the "
        "landlord never fixed the pipes.",
        "en",
    ),
    # harsh opinion about a generation, care for old voters, and the line condemned
    ("Boomers wrecked the housing market.", "en"),
    ("Boomers should retire already and let younger people lead.", "en"),
    ("Old people shouldn't have to stand in line for three hours to vote.", "en"),
    ("Old people vote more, that's why candidates court them.", "en"),
    ("Old people shouldn't be allowed to vote? My grandma would disagree.", "en"),
    ("My uncle says boomers should just die off already, which is vile.", "en"),
    ("Seniors should die with dignity at home, not in a hallway.", "en"),
    ("Seniors shouldn't vote by mail if they can get to the polls, it's faster.", "en"),
    (
        "Seniors shouldn't vote on Tuesday if they can vote early on Monday, lines are shorter.",
        "en",
    ),
    ("Let old people die at home if that is what they choose.", "en"),
    ("Saying old people shouldn't vote is ageist garbage.", "en"),
    ("Nobody thinks old people shouldn't be allowed to vote.", "en"),
    ("I hope old people don't die in this heat wave, check on your neighbors.", "en"),
    # a class slowed for want of support, the line reported, denied or asked
    ("My uncle said deaf kids slow the class down, which is ignorant.", "en"),
    ("Deaf kids need interpreters or the whole class slows down for them, fund it.", "en"),
    ("Without aides, autistic kids get left behind and the whole class slows down.", "en"),
    ("Deaf kids don't slow the class down, they just need captions.", "en"),
    ("The fire drill slows the whole class down every Tuesday.", "en"),
    ("Wheelchair users held everything up at the station because the elevator was broken.", "en"),
    ("Do deaf kids slow the whole class down? No, and the research says so.", "en"),
    # welcome said, asked back, reported, or of no protected group
    ("Immigrants are welcome here.", "en"),
    ("The sign in his window said immigrants are not welcome here, which is disgusting.", "en"),
    ("Racists are not welcome here.", "en"),
    ("Hate is not welcome here.", "en"),
    ("Who says immigrants are not welcome here? Not me.", "en"),
    # kitchens: the stereotype refused, reported, or a cook's
    ("Women don't belong in the kitchen, they belong wherever they want.", "en"),
    ("The chef belongs in the kitchen tonight.", "en"),
    ("Las mujeres no pertenecen a la cocina, pertenecen a donde ellas quieran.", "es"),
    ("Mi tío dice que las mujeres pertenecen a la cocina, qué atraso.", "es"),
    ("El chef pertenece a la cocina esta noche.", "es"),
]

# Lines another rule decides on its own reading: these rules must stay silent on them (a door
# shut in the past or lamented, reported history).
NOT_THESE_RULES = [
    ("Immigrants are no longer welcome here, and that breaks my heart.", "hate.en_unwelcome"),
    ("Growing up, Black families were not welcome in this neighborhood.", "hate.en_unwelcome"),
    (
        "Met a group of Colombians at the bar. Loud and drunk, all of them, but fun.",
        "hate.en_pointed",
    ),
]


@pytest.mark.parametrize(("text", "rule"), HITS)
def test_english_held(text, rule):
    assert rule_action(text, "en", rule) == "hold", text


@pytest.mark.parametrize(("text", "rule"), ES_HITS)
def test_spanish_held(text, rule):
    assert rule_action(text, "es", rule) == "hold", text


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_near_misses_pass(text, lang):
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "rule"), NOT_THESE_RULES)
def test_left_to_other_rules(text, rule):
    assert rule_action(text, "en", rule) is None, text
