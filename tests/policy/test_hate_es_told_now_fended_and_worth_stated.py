"""Spanish hate read again as its plain line (`hate.reread`, hold only): a relative's or a
neighbour's saying told in the present and left standing ("Mi tío dice que los X son
ladrones."), a bigotry label fended off for saying a line ("A uno le dicen racista por decir
que ..."; "Me llamaron racista por decir que ..., y es verdad"), and a people's worth denied
as a statement ("Un X honrado no existe."). Each with its twins that must pass: disputed,
reported to condemn, negated, granted wrong, or about officials. All examples are our own."""

import pytest

from .expect import assert_category_action, category_action

TOLD_NOW = [
    "Mi tío dice que los gitanos son ladrones.",
    "Mi vecina dice que los venezolanos son unos flojos.",
    "Mi suegra siempre dice que los haitianos traen enfermedades.",
    "Mi abuelo cree que los judíos son tacaños.",
    "La vecina de enfrente dice que los hondureños roban.",
]

TOLD_NOW_PASS = [
    # disputed in the sentence or after it, laughed at, quoted, or asked
    "Mi tío dice que los gitanos son ladrones, pero no es verdad.",
    "Mi tío dice que los gitanos son ladrones. Qué vergüenza de tío.",
    "Mi tío dice que los gitanos son ladrones. Yo conozco a muchos y son gente honrada.",
    "Mi vecina dice que los venezolanos son flojos. Mi cuñado es venezolano y trabaja doble turno.",
    "Mi tía dice que los haitianos traen enfermedades jajaja, pobre tía.",
    "Mi tío dice que 'los gitanos son ladrones'.",
    "¿Mi tío dice que los gitanos son ladrones?",
    # an article, an agency or an official is no relative; officials are no people
    "El artículo dice que los venezolanos son mayoría en el albergue.",
    "La fiscalía dice que los detenidos son hondureños.",
    "Mi tío dice que los políticos son unos ladrones.",
    "Mi papá dice que los del ayuntamiento son unos corruptos.",
]

FENDED = [
    "A uno le dicen racista por decir que los gitanos roban.",
    "Te dicen racista por decir que los gitanos son ladrones.",
    "Ahora resulta que a uno le dicen xenófobo por decir que los venezolanos roban.",
    "A uno le dicen racista por decir la verdad: los gitanos roban.",
    "Me llamaron racista por decir que los musulmanes no se integran, y es la verdad.",
    "Me dijeron xenófobo por decir que los haitianos traen enfermedades. Y es verdad.",
]

FENDED_PASS = [
    # a past call not vouched for, granted wrong, or someone else's quarrel
    "Me llamaron racista por decir que los gitanos roban.",
    "Me llamaron racista por decir que los gitanos roban, y tenían razón.",
    "Me llamaron racista por decir que los gitanos roban, y con razón, ya aprendí.",
    "Te dicen racista por decir que los gitanos roban, y con razón.",
    "A mi hijo le dicen racista por decir que los gitanos roban.",
    "A uno le dicen racista por decir la verdad.",
    # no people in the line
    "A uno le dicen facha por decir que el gobierno miente.",
    "Te dicen machista por decir que los diputados no trabajan.",
]

WORTH_STATED = [
    "Un gitano honrado no existe.",
    "Una gitana trabajadora, eso no existe.",
    "No existe el musulmán pacífico.",
]

WORTH_STATED_PASS = [
    # officials, a frame that condemns the line, or the line answered right after
    "Un político honrado no existe.",
    "No existe el diputado honrado.",
    "Decir que un gitano honrado no existe es puro racismo.",
    "Un gitano honrado no existe. Eso decía mi abuelo, y qué equivocado estaba.",
    "Un gitano honrado no existe. Mentira, mi vecino es gitano y es el más honrado que conozco.",
]


@pytest.mark.parametrize("text", TOLD_NOW + FENDED + WORTH_STATED)
def test_told_fended_and_stated_lines_are_held(text: str) -> None:
    assert category_action(text, "hate", "es") in ("hold", "reject"), text


@pytest.mark.parametrize("text", TOLD_NOW)
def test_a_present_saying_is_held_not_rejected(text: str) -> None:
    assert_category_action(text, "hold", "hate", "es")


@pytest.mark.parametrize("text", TOLD_NOW_PASS + FENDED_PASS + WORTH_STATED_PASS)
def test_disputed_granted_and_official_twins_pass(text: str) -> None:
    assert_category_action(text, "approve", "hate", "es")


def test_english_twin_of_a_present_saying_still_passes() -> None:
    text = "My uncle says gypsies are thieves, but he is wrong."
    assert_category_action(text, "approve", "hate", "en")
