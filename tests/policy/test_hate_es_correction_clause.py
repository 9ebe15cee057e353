"""A Spanish correction restates what the group is after a comma: "Los haitianos no son malos,
son unas bestias" says they are beasts. The negation before the comma is not the second
clause's when it opens on its copula, written as one unit with its article ("son unas"), as it
already was for a bare "son" ("no son gente, son animales"). Corrections that praise stay
approved. All examples are our own."""

import pytest

from .expect import assert_rules_flag, assert_rules_pass_all

FLAGGED = [
    "Los haitianos no son malos, son unas bestias.",
    "Los haitianos no son gente, son animales.",
]

PASSES = [
    "Los haitianos no son malos, son unos trabajadores increíbles.",
    "Los migrantes no son criminales, son unas personas que huyen de la violencia.",
    "No son unos animales, son unas personas.",
    "Los hondureños no son delincuentes, son unos valientes.",
    "Los mexicanos no son flojos, son unos chambeadores.",
    "Los judíos no son ratas, son unos vecinos como cualquiera.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_a_correction_that_dehumanises_is_flagged(text: str) -> None:
    assert_rules_flag(text, "es", "hate")


@pytest.mark.parametrize("text", PASSES)
def test_a_correction_that_praises_or_defends_passes(text: str) -> None:
    assert_rules_pass_all(text, "es")
