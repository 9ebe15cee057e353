"""A member of a group in a role mocked with "what's next?", and sharia "enjoyed": hits and
their harmless near misses (what comes next for someone, a role praised), our own sentences."""

import pytest

from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

FLAG = [
    "A lesbian on the council. What's next, a goat?",
    "A deaf kid on the wrestling team? What's next, a blind ref?",
    "A trans kid on the wrestling team? What's next, boys in the girls' showers?",
    "A Muslim mayor? Enjoy sharia, Calexico.",
]

PASS = [
    "The council approved the Haitian shelter. What's next for the families is housing.",
    "Gay marriage passed, trans protections passed. What's next? Healthcare, I hope.",
    "A woman sheriff in this county, finally. What's next is fixing the jail.",
    "The Jewish deli reopened! What's next, the bakery across the street?",
    "A Black woman as mayor, finally! What's next, a Black governor?",
    "A Muslim family opened the best bakery in town. What's next, a second location? Love it.",
    "No, Somali families are not bringing sharia to Calexico. They're bringing sambusas.",
]


@pytest.mark.parametrize("text", FLAG)
def test_flagged(text: str) -> None:
    assert_rules_flag(text, "en", "hate")


@pytest.mark.parametrize("text", PASS)
def test_passes(text: str) -> None:
    assert_rules_pass_all(text, "en")
