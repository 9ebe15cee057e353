"""Libel's near misses: a game's score makes "killed" a win, a laugh makes "killed me" a joke
that landed, and a Spanish guilty plea or sentence ("se declaró culpable", "lo
sentenciaron") is a fact of record like "pleaded guilty". The same verbs said of a named
person with no score, laugh or court are still held. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    (
        "Valle Verde High killed Rio Seco 35-3 on Friday, best game in years.",
        "en",
        "libel",
        "approve",
    ),
    (
        "The Halcones got killed by 20 points again, time to fire the coach.",
        "en",
        "libel",
        "approve",
    ),
    ("Los Toros mataron a los Diablos 4 a 0, qué partidazo.", "es", "libel", "approve"),
    ("lol @ramon_ep that line about the bridge killed me 😂", "en", "libel", "approve"),
    (
        "El exregidor Tomás Ibarra se declaró culpable de fraude y lo sentenciaron a seis años.",
        "es",
        "libel",
        "approve",
    ),
    ("La tesorera Ana Villa fue sentenciada por peculado en 2021.", "es", "libel", "approve"),
    # Near misses: no score, no laugh, no court.
    ("Coach Raul Medina killed a man in Juárez and got away with it.", "en", "libel", "flag"),
    ("Sheriff Tom Aldana killed 2 people in 3 weeks.", "en", "libel", "flag"),
    ("El exregidor Tomás Ibarra cometió fraude con las despensas.", "es", "libel", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_libel_games_and_pleas(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
