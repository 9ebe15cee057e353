"""A death wished on a people (`hate.es_fate`): "ojalá les llegue la muerte a todos los X",
"que les caiga una peste". Near misses: a death wish denied ("ojalá a ningún X le llegue"),
aimed at one wrongdoer, or told as what bigots ask for and judged. All examples are our own."""

import pytest

from .expect import assert_category_action

HITS = [
    "Ojalá les llegue la muerte a todos los gitanos.",
    "Ojalá les llegue pronto la muerte a esos haitianos.",
    "Que les llegue la muerte a todos los judíos, ya.",
    "Que les caiga una peste a todos los venezolanos del albergue.",
]

PASSES = [
    "Ojalá a ningún migrante le llegue la muerte en el desierto.",
    "Ojalá no les llegue la muerte a los migrantes que cruzan el desierto.",
    "Ojalá le llegue la muerte a ese asesino de la colonia.",
    "Que les llegue la muerte a todos los migrantes, eso piden los racistas, qué asco.",
    "Mi abuela tiene cáncer, ojalá no le llegue la muerte tan pronto.",
]


@pytest.mark.parametrize("text", HITS)
def test_death_wished_on_a_people_is_held(text: str) -> None:
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", PASSES)
def test_death_denied_aimed_or_condemned_passes(text: str) -> None:
    assert_category_action(text, "approve", "hate", "es")
