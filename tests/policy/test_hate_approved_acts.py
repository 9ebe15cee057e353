"""Harm to a group approved with the act as the subject ("Attacking X is justified", "X getting
beaten is a good thing") or after a dummy subject ("It's acceptable to hurt X", "There is
nothing wrong with hurting X", "Es aceptable golpear a los X"); with the near misses that must
pass: a harmless act, negated or condemned approval, a question. All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action

HITS_EN = [
    "Attacking trans people is justified.",
    "Punching a Muslim is totally okay.",
    "Slapping women is fine.",
    "Beating up gay men is acceptable.",
    "It's acceptable to beat refugees.",
    "It is okay to hurt disabled people.",
    "There is nothing wrong with hurting immigrants.",
    "There's nothing wrong with killing Jews.",
    "Black people getting beaten is a good thing.",
    "Gay men getting killed is the right thing.",
]

HITS_ES = [
    "Es aceptable golpear a los inmigrantes.",
    "No hay nada de malo en pegar a los gitanos.",
]

PASSES_EN = [
    "Attacking women is wrong.",
    "Killing Muslims is never okay.",
    "Defending trans people is justified.",
    "Protecting immigrants is the right thing.",
    "It's not okay to hurt gay people.",
    "It is never acceptable to beat refugees.",
    "There's nothing wrong with being gay.",
    "There is nothing wrong with loving women.",
    "Women getting hired is a good thing.",
    "Attacking the policy is fine.",
    "Is attacking women ever justified?",
]

PASSES_ES = [
    "Es aceptable criticar a los inmigrantes.",
    "No hay nada de malo en ayudar a los gitanos.",
    "No es aceptable golpear a los inmigrantes.",
]


@pytest.mark.parametrize("text", HITS_EN)
def test_flagged_en(text):
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize("text", HITS_ES)
def test_flagged_es(text):
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", PASSES_EN)
def test_passes_en(text):
    assert_category_action(text, "approve", "hate", "en")


@pytest.mark.parametrize("text", PASSES_ES)
def test_passes_es(text):
    assert_category_action(text, "approve", "hate", "es")
