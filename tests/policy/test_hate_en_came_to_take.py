"""A people said to come only to take (`hate.coded`, row `came_to_take`): "These ones come to
take.", "They came to take, not to work." The near misses take something (pictures, shelter,
an oath, part) or quote, report or deny the line."""

import pytest

from tests.policy.expect import assert_rules_approve, rule_action

RULE = "hate.coded"

HITS = [
    "Not the hardworking guys from before. These ones come to take.",
    '"Migrant" is just a pretty word for people who come to take.',
    "These are not people who came to work. They came to take.",
    "Hondurans came here to take, not to work.",
]

PASSES = [
    'The claim that "these new ones come to take, not build" is what people said about our '
    "grandparents.",
    "They came to take pictures of the river.",
    "They came to take the citizenship oath on Friday, the whole family cried.",
    "Families came to take shelter in the church.",
    "They came to take part in the march.",
    "People who say migrants come to take are wrong; they come to work.",
    "Migrants don't come to take, they come to work.",
]


@pytest.mark.parametrize("text", HITS)
def test_came_to_take_held(text):
    assert rule_action(text, "en", RULE) == "hold"


@pytest.mark.parametrize("text", PASSES)
def test_came_to_take_near_misses_pass(text):
    assert_rules_approve(text, "en", RULE)
