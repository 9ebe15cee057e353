"""The forty-eighth session's review of its merged threat readings: a family swim, the kitchen,
a figurative "quemar" or "enterrar" of a politician and someone's phone thrown in a river are
no threats; a neighbor thrown in the river and reporters lined up against the wall are. Our own
sentences."""

from __future__ import annotations

import pytest

from .expect import assert_category_action, assert_rules_pass_all, held_elsewhere

PASS = [
    pytest.param(
        "Put the kids in the river and let the current carry the inner tubes, best summer ever.",
        "en",
        marks=held_elsewhere("the blog model holds it (0.6); the threat reading no longer does"),
    ),
    ("Put the kids in the river on a hot day and let the current carry the inner tubes.", "en"),
    ("Throw your phone in the river, best decision I ever made.", "en"),
    ("Throw your keys in the river, you won't need the car downtown.", "en"),
    ("Put your feet in the river, it's freezing.", "en"),
    ("Sáquenles los ojos a las papas antes de cocerlas.", "es"),
    ("Arránquenles la cabeza a los camarones.", "es"),
    ("Córtenle la cabeza al pescado antes de freírlo.", "es"),
    ("Quemen al reportero.", "es"),
    ("Quemen al diputado.", "es"),
    ("Entierren al alcalde.", "es"),
    ("Line them up against the wall.", "en"),
    ("Line those chairs up against the wall.", "en"),
    ("Line those chairs up against the wall, the reporters will sit there.", "en"),
]  # fmt: skip

HITS = [
    ("Throw your neighbor in the river.", "en"),
    ("Throw your mother in the river.", "en"),
    ("Put the reporter in the river and let the current take him.", "en"),
    ("Put the senator in the river face down.", "en"),
    ("Sáquenles los ojos a esos periodistas.", "es"),
    ("Arránquenle la cabeza al alcalde.", "es"),
    ("Quemen al reportero vivo.", "es"),
    ("Quemen vivo al reportero.", "es"),
    ("Entierren vivo al alcalde.", "es"),
    ("Entierren al alcalde en el desierto.", "es"),
    ("Cuelguen al alcalde.", "es"),
    ("Line those reporters up against the wall.", "en"),
    ("Line the journalists up against the wall and shoot them.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PASS)
def test_everyday_and_figurative_uses_pass(text: str, lang: str) -> None:
    assert_category_action(text, "approve", "troll", lang)
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang"), HITS)
def test_threats_are_still_caught(text: str, lang: str) -> None:
    assert_category_action(text, "flag", "troll", lang)
