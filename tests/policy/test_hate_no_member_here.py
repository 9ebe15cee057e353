"""'No X in this town is decent': every member where the writer lives denied a good quality,
with the place said between the group and its verb (our own sentences). A place does not
turn a suffered state, a rule others impose, history, or a denied fault into a verdict.
"""

import pytest

from .expect import rule_action

HELD = [
    ("Not one Muslim in this town is decent.", "en"),
    ("Not a single immigrant around here is honest.", "en"),
    ("No Mexican in this county is trustworthy.", "en"),
    ("Ningún migrante en este pueblo es honrado.", "es"),
    ("Ni un solo haitiano por aquí es decente.", "es"),
]

NOT_THIS_RULE = [
    ("No woman in this town is safe at night.", "en"),  # what they suffer
    ("Not one immigrant in this county was hired.", "en"),  # what happened to them
    ("No immigrant in this town is allowed to vote.", "en"),  # a rule others impose
    ("No immigrant is allowed to vote in county elections.", "en"),
    ("Not one Muslim in this town is a criminal.", "en"),  # a fault denied
    ("No Mexican who works here is lazy.", "en"),  # a clause, not a place
    ("No one in this town is honest.", "en"),  # no group
]


@pytest.mark.parametrize("text,lang", HELD)
def test_no_member_here_is_good(text: str, lang: str) -> None:
    assert rule_action(text, lang, "hate.negated_positive") == "hold", text


@pytest.mark.parametrize("text,lang", NOT_THIS_RULE)
def test_states_rules_and_clauses_are_no_verdict(text: str, lang: str) -> None:
    assert rule_action(text, lang, "hate.negated_positive") is None, text
