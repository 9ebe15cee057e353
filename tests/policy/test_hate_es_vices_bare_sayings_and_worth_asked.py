"""Spanish charges against a people that no rule read (sexual vice, cunning, idleness,
swindling, a "race" said to be hardier or lesser), a relative's saying left bare (held for a
human, not rejected), and a people's worth asked and answered by the writer ("¿Un X honrado?
Eso no existe."). Hits, near misses, negation and counter-speech; all examples are our own."""

import pytest

from .expect import assert_category_action, category_action

VICES = [
    "Los gais son promiscuos.",
    "Las lesbianas son unas promiscuas.",
    "Los chinos son taimados.",
    "Los gitanos son unos embusteros.",
    "Los dominicanos son unos haraganes.",
    "Las haitianas son perezosas.",
    "Los rumanos son unos estafadores.",
    "Los judíos son unos timadores.",
    "Los indígenas son unos alcohólicos.",
    "Los negros son menos evolucionados.",
    "Que trabajen los haitianos en el campo, su raza aguanta más.",
    "Los guatemaltecos están hechos para el trabajo pesado.",
]

VICES_PASS = [
    # another subject, a denial, the line held up to be refuted
    "Los políticos son unos estafadores.",
    "Cuidado con los timadores del aeropuerto.",
    "Los estafadores se llevaron el dinero de los jubilados.",
    "Los gitanos no son haraganes, trabajan muy duro.",
    "No es verdad que los gais sean promiscuos.",
    "Dicen que los gais son promiscuos, pero es un prejuicio.",
    "Decir que los haitianos nacieron para servir es racismo puro.",
    # a breed of dog, not a people
    "Mi perro es de una raza que aguanta más el frío.",
    "Los pastores alemanes son una raza más resistente al frío.",
]

BARE_SAYINGS = [
    "Mi abuela decía que los gitanos eran tramposos.",
    "Mi abuelo decía que los gitanos eran flojos.",
    "Mi abuelo siempre decía que los mexicanos son flojos.",
    "Mi abuela decía que los gitanos eran sucios. Qué tiempos.",
]

WORTH_ASKED = [
    "¿Un gitano honrado? Eso no existe.",
    "¿Un musulmán pacífico? No existe.",
    "¿Una gitana trabajadora? Jajaja, no existe.",
]

WORTH_PASS = [
    # the answer grants one, or the one asked about is no people
    "¿Un gitano honrado? Claro que existe, mi vecino lo es.",
    "¿Un mexicano honrado? Claro, mi papá.",
    "¿Un judío honrado? Sí existen, conozco muchos.",
    "¿Un político honrado? Eso no existe.",
]


@pytest.mark.parametrize("text", VICES + WORTH_ASKED)
def test_charges_and_worth_denied_are_flagged(text: str) -> None:
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", VICES_PASS + WORTH_PASS)
def test_other_subjects_denials_and_grants_pass(text: str) -> None:
    assert_category_action(text, "approve", "hate", "es")


@pytest.mark.parametrize("text", BARE_SAYINGS)
def test_a_bare_saying_is_held_not_rejected(text: str) -> None:
    assert_category_action(text, "hold", "hate", "es")


def test_a_saying_sided_with_is_still_rejected() -> None:
    text = "Mi abuela decía que los gitanos eran tramposos, y tenía razón."
    assert category_action(text, "hate", "es") == "reject"


def test_a_saying_disputed_still_passes() -> None:
    text = "Mi abuela decía que los gitanos eran tramposos, pero estaba equivocada."
    assert_category_action(text, "approve", "hate", "es")
