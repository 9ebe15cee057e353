"""A curse said as an oath at the head of a sentence (`rules/profanity_oath.py`): "Fuck the
X" / "Fuck this X", spaced or masked; "Hijos de (su) puta (madre)," hailed at whoever is to
blame. Also "vete mucho a la verga" (an adverb between the order and the curse); "hijo de su
puta madre" said of a person is `troll.personal_attack`'s (test_troll_jabs_no_insult.py).
The twins: a single mild word for emphasis, "fuck yeah", "fuck it", the oath quoted or
reported, "pinche" before a thing, a politician's conduct called harshly in clean words. All
sentences are our own."""

import pytest

from tests.policy.expect import assert_category_action, by_lang

HELD_EN = [
    "Fuck the landlords. Rent went up again.",
    "f u c k this traffic",
    "F*** this budget, every single line of it.",
    "Another boil notice. Fuck this water board.",
    "Fuck every one of those toll road lobbyists.",
]
HELD_ES = [
    "Hijos de su puta madre, otra vez cortaron el agua.",
    "Hijos de puta, nos volvieron a subir el predial.",
    "Toño, vete mucho a la verga con tus cuentos.",
]

APPROVED_EN = [
    "Fuck yeah, what a comeback in the fourth quarter!",
    "Fuck it, I'm taking the bus tomorrow.",
    "Damn this heat, the AC quit again.",
    'The guy yelled "fuck the police" at the deputies and got a ticket for it.',
    "I told my nephew to never say fuck the teachers, even as a joke.",
    "The senator's vote on the water bill was cowardly and he should answer for it.",
]
APPROVED_ES = [
    "Qué pinche calor hace hoy en la garita.",
    'Un señor le gritó "hijos de puta" a los del ayuntamiento y lo sacaron.',
    "El diputado votó contra la ley del agua y debe explicar por qué.",
    "Mi tía se fue mucho a la playa este verano.",
]


@pytest.mark.parametrize(("text", "lang"), by_lang(HELD_EN, HELD_ES))
def test_curse_said_as_oath_is_flagged(text, lang):
    assert_category_action(text, "flag", "profanity", lang)


@pytest.mark.parametrize(("text", "lang"), by_lang(APPROVED_EN, APPROVED_ES))
def test_emphasis_quote_and_clean_criticism_pass(text, lang):
    assert_category_action(text, "approve", "profanity", lang)
