"""A Spanish bigotry label the writer fends off as "uno" ("no se puede decir nada porque uno
es xenófobo", "cuando uno se queja le dicen racista") or "no lo digo con odio" defends the line
before it and condemns nothing; a label that someone else gets, or that the writer pins on the
line, still lets it pass. All examples are our own."""

import pytest

from .expect import assert_category_action

HITS = [
    "Los gitanos roban. Pero no se puede decir nada porque uno es racista.",
    "Los gitanos roban. Y si lo dices, uno es racista.",
    (
        "Qué casualidad que cada vez que hay un asalto en el mercado hay 'haitianos' cerca. Pero "
        "no se puede decir nada porque uno es xenófobo."
    ),
    "El barrio era tranquilo hasta que se llenó de sureños. Cuando uno se queja le dicen racista.",
    "Los hondureños que llegan ahora traen otra forma de ser, más violenta. No lo digo con odio.",
]

PASSES = [
    "Uno es racista sin darse cuenta cuando dice que los gitanos roban.",
    "Decir que los gitanos roban es racismo.",
    (
        "Cuando uno dice que los migrantes traen enfermedades, le dicen racista, y con razón: es "
        "mentira."
    ),
    "Mi vecino dice que los gitanos roban, y le dicen racista, con razón.",
]


@pytest.mark.parametrize("text", HITS)
def test_label_fended_off_keeps_the_line_held(text: str) -> None:
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", PASSES)
def test_label_pinned_on_the_line_passes(text: str) -> None:
    assert_category_action(text, "approve", "hate", "es")
