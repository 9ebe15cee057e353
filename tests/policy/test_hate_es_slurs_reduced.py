"""Spanish slurs added in the eshc5 session and a person reduced to a group's name: "cholo" for
an Indigenous or mestizo person (a noun only; reclaimable), "puto" for a gay man (only where the
swear word qualifies nothing after it), and "no eres más que un X" / "solo eres una X" for a core
group, a gender or a faith (held). Near misses that pass: the swear intensifier, a style, the
group's own use, counter-speech, and the reduction that comforts ("no un superhéroe")."""

import pytest

from tests.policy.expect import assert_category_action

FLAGGED_ES = [
    "Eres un cholo.",
    "Los cholos son basura.",
    "Cholo de mierda, vete de aquí.",
    "Odio a los cholos.",
    "Eres un puto.",
    "Los putos me dan asco.",
    "Odio a los putos.",
    "No eres más que un indio.",
    "Para mí no eres más que un negro.",
    "Solo eres una persona con discapacidad.",
    "No eres más que una mujer.",
    "Nunca serás más que un gitano.",
]

APPROVED_ES = [
    "Soy cholo y orgulloso.",
    "La moda chola de los noventa llenó las calles.",
    "Deja de llamar cholos a los indígenas, es racista.",
    "Decir cholo a alguien es racismo.",
    "Eres un puto genio.",
    "Estos putos políticos no sirven para nada.",
    "Qué puto asco de tiempo.",
    "El puto coche no arranca.",
    "Todos los putos días lo mismo.",
    "Ese puto profesor me suspendió.",
    "Solo eres una persona con discapacidad, no un superhéroe, y está bien.",
    "Solo eres una mujer como cualquier otra, tranquila.",
    "No eres más que un niño.",
    "Para ellos no eres más que un negro, y eso es racismo.",
]

FLAGGED_EN = [
    "You are nothing but a Muslim to me.",
    "You are nothing but a Jew.",
]

APPROVED_EN = [
    "You are just a kid, don't worry.",
    "You are just a tourist here, enjoy it.",
]


@pytest.mark.parametrize("text", FLAGGED_ES)
def test_flagged_es(text: str) -> None:
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", APPROVED_ES)
def test_approved_es(text: str) -> None:
    assert_category_action(text, "approve", "hate", "es")


@pytest.mark.parametrize("text", FLAGGED_EN)
def test_flagged_en(text: str) -> None:
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize("text", APPROVED_EN)
def test_approved_en(text: str) -> None:
    assert_category_action(text, "approve", "hate", "en")
