"""Harm to a group approved or owed: the act as the subject ("Attacking X is justified", "X
getting beaten is a good thing"), after a dummy subject or a duty ("It's acceptable to hurt X",
"There is nothing wrong with hurting X", "Our duty is to eliminate X", "Es aceptable golpear a
los X"), and harm said to be deserved ("X have it coming", "se lo tienen merecido"); with the
near misses that must pass: a harmless act, negated or condemned approval, a policy, a
question. All examples are our own."""

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
    "Our duty is to eliminate Muslims.",
    "The only solution is to shoot refugees.",
    "Gay people have it coming.",
    "Women are asking to be beaten.",
    "I'll make Muslims wish they were never born.",
]

HITS_ES = [
    "Es aceptable golpear a los inmigrantes.",
    "No hay nada de malo en pegar a los gitanos.",
    "Los gitanos se lo tienen merecido.",
    "Los inmigrantes se lo están buscando.",
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
    "Our duty is to protect immigrants.",
    "Our duty is not to kill immigrants.",
    "The villain had it coming.",
    "Women are asking for equal pay.",
    "That movie made me wish I was never born.",
]

PASSES_ES = [
    "Es aceptable criticar a los inmigrantes.",
    "No hay nada de malo en ayudar a los gitanos.",
    "No es aceptable golpear a los inmigrantes.",
    "Las mujeres se lo merecen todo.",
    "Los gitanos se lo están pasando bien.",
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
