"""A reader's words waved off as unwanted ("ya párale con tus sermones que nadie lee", "otra
vez un testamento que nadie pidió", "nadie te contrató para corregirnos"). Its neighbours pass:
a law or a politician's speeches nobody asked for (public conduct), the writer's own essays,
a neighbour thanked. Rules alone; hand-written, Spanish."""

import pytest

from tests.policy.expect import assert_rules_pass_all, rule_action

WAVED_OFF = [
    "Ay sí, la señora que todo lo sabe, ya párale con tus sermones que nadie lee",
    "Bájale a tu superioridad moral, nadie te contrató para corregirnos.",
    "Ya vi que Chuy escribió otra vez un testamento que nadie pidió.",
    "Otra vez tu rollo que nadie pidió, Memo.",
]

PASSES = [
    "Aprobaron una reforma que nadie pidió y nadie lee.",
    "El diputado con sus discursos que nadie pidió, como siempre.",
    "Mis ensayos que nadie lee están en mi blog, jaja, pásenle.",
    "Nadie te contrató, pero gracias por arreglar la banqueta, vecino.",
]


@pytest.mark.parametrize("text", WAVED_OFF)
def test_words_waved_off_hold(text: str) -> None:
    assert rule_action(text, "es", "troll.flame_bait") == "hold"


@pytest.mark.parametrize("text", PASSES)
def test_unwanted_things_pass(text: str) -> None:
    assert_rules_pass_all(text, "es")
