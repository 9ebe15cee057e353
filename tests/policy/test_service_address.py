"""A clinic's or shelter's own address is community information; a person's home or car in
the same sentence makes the address someone's (the guard once held backspace characters where
word boundaries were meant, so no home was ever seen)."""

import pytest

from moderation.policy.rules.troll.threat_guards import service_address

CASES = [
    ("la clinica de la calle oregon esta en oregon 120, atienden de 8 a 3.", "oregon 120", True),
    ("the shelter on oregon st is at 212 oregon st, they take donations.", "212 oregon", True),
    (
        "el doctor de la clinica vive en calle morelos 45, su camioneta es la blanca.",
        "calle",
        False,
    ),
    ("ray from the clinic lives at 418 palm st, his truck is the red one.", "418 palm", False),
]


@pytest.mark.parametrize(("text", "at", "expected"), CASES)
def test_service_address(text: str, at: str, expected: bool) -> None:
    assert service_address(text, text.index(at)) is expected
