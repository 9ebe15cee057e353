"""A group denied any good ("X don't have any redeeming qualities", "X cannot be reasoned with",
"there is nothing good about X", "no hay nada bueno en los X"), and a pronoun sent back or kept
in a supposed place with no group named ("they should all go back where they came from", "keep
them on the reservation where they belong", "they can't govern themselves"); with the near
misses that must pass. All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action

HITS_EN = [
    "Women don't have any redeeming qualities.",
    "Muslims do not have a single redeeming quality.",
    "Trans people cannot be reasoned with.",
    "Immigrants can't be reasoned with.",
    "There is nothing good about gay people.",
    "There's absolutely nothing decent about Muslims.",
    "They should all go back where they came from.",
    "Those people need to go back where they came from.",
    "Keep them on the reservation where they belong.",
    "More proof they can't govern themselves.",
    "Haitians cannot govern themselves.",
]

HITS_ES = [
    "Las mujeres no tienen ninguna virtud.",
    "No hay nada bueno en los gitanos.",
    "Los haitianos no saben gobernarse.",
]

PASSES_EN = [
    "Immigrants can be reasoned with.",
    "Women don't need to be reasoned with.",
    "This plan doesn't have any redeeming qualities.",
    "I don't think women lack redeeming qualities.",
    "There is nothing good about this law.",
    "It's a lie that there is nothing good about immigrants.",
    "Put the books back on the shelf where they belong.",
    "They went back home where they came from for Christmas.",
    "The kids can't govern themselves yet.",
]

PASSES_ES = [
    "No hay nada bueno en la tele.",
    "Nadie dice que no hay nada bueno en los gitanos.",
    "Las mujeres no tienen ninguna culpa.",
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
