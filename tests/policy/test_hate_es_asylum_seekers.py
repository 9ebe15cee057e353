""" "Solicitantes de asilo" names immigrants in Spanish as "asylum seekers" does in English: the
group lexicon reads it, so the shapes about immigrants apply ("No son solicitantes de asilo,
son invasores"). Near misses that must pass: the same words in reporting, defence, negation
and law. Our own sentences."""

import pytest

from .expect import assert_rules_flag, assert_rules_pass_all

HITS = [
    "No son solicitantes de asilo, son invasores.",
    "Los solicitantes de asilo son una plaga.",
]

PASSES = [
    "Los solicitantes de asilo esperan meses en Tijuana sin respuesta.",
    "No son solicitantes de asilo, son familias que huyen de la violencia.",
    "Los solicitantes de asilo no son invasores, son personas con derechos.",
    "Llamar invasores a los solicitantes de asilo es racismo.",
    "El solicitante de asilo tiene derecho a una audiencia.",
    "Los solicitantes de asilo sufren extorsión de los cárteles en la frontera.",
]


@pytest.mark.parametrize("text", HITS)
def test_flagged_as_hate(text):
    assert_rules_flag(text, "es", "hate")


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_pass_all(text, "es")
