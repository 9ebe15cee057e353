"""Spanish hate whose people are named by a slur: a son or a daughter thrown out for being
"joto" or "marimacha" (`hate.es_lgbt` reads a sexuality slur as the group), a homonym slur in
the plural with an article re-read as the group of a saying or a habit ("Mi tío dice que los
moros son unos ladrones.", `hate.reread`), and a people's worth asked without an article
("¿Gitano honrado? Eso no existe."). Each with the twins that must pass: the child kept, the
everyday senses ("la ropa mojada", the festival of "moros y cristianos"), a saying disputed,
an answer that grants one. All examples are our own."""

import pytest

from .expect import assert_category_action

SLUR_CHILD = [
    "Si mi chamaco me sale joto, lo corro de mi casa.",
    "Si mi hija sale marimacha la echo de mi casa.",
    "Si mi hijo me sale maricón lo saco de la casa a patadas.",
]

SLUR_CHILD_PASS = [
    "Si mi hijo sale joto lo voy a querer igual, jamás lo correría de la casa.",
    "Si mi hijo sale joto no lo corro de la casa, lo apoyo.",
    "Si mi hijo sale flojo lo corro de la casa jaja.",
]

HOMONYM_GROUP = [
    "Mi tío dice que los moros son unos ladrones.",
    "Mi tío dice que los mojados son unos ladrones.",
    "Los moros se la pasan robando.",
]

HOMONYM_GROUP_PASS = [
    "Mi tío dice que la ropa mojada huele mal.",
    "Mi tío dice que los calcetines mojados dan frío.",
    "Mi tío dice que los moros y cristianos son una fiesta preciosa.",
    "Los moros y cristianos se la pasan bailando toda la noche.",
    "Mi tío dice que los moros son unos ladrones, pero se equivoca.",
    "Mi tío dice que los moros son unos ladrones. Qué racista.",
]

WORTH_ASKED = [
    "¿Gitano honrado? Eso no existe.",
    "¿Gitana trabajadora? Ni en sueños.",
]

WORTH_ASKED_PASS = [
    "¿Gitano honrado? Claro que existe, mi vecino.",
    "¿Vecino honrado? Eso no existe en esta colonia.",
]


@pytest.mark.parametrize("text", SLUR_CHILD + HOMONYM_GROUP + WORTH_ASKED)
def test_slur_named_groups_and_bare_questions_are_flagged(text: str) -> None:
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", HOMONYM_GROUP[:2] + WORTH_ASKED)
def test_rereadings_are_held_not_rejected(text: str) -> None:
    assert_category_action(text, "hold", "hate", "es")


@pytest.mark.parametrize("text", SLUR_CHILD_PASS + HOMONYM_GROUP_PASS + WORTH_ASKED_PASS)
def test_kept_children_everyday_senses_and_disputed_sayings_pass(text: str) -> None:
    assert_category_action(text, "approve", "hate", "es")


def test_english_twin_of_a_kept_child_passes() -> None:
    text = "If my son turns out gay I will never throw him out of the house."
    assert_category_action(text, "approve", "hate", "en")
