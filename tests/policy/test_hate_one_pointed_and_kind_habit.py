"""Over-blocks, thirteenth round: one woman or man pointed at and insulted is a personal insult
(a troll hold at most), not hate against women or men; "typical X, always <a kind act>" calls
a kindness typical. The generic readings and the faults stay flagged. Our own sentences."""

import pytest

from .expect import assert_category_action, category_action

# One person, pointed at: no hate finding (the troll clause may hold the insult).
ONE_POINTED = [
    ("Esa mujer es una rata.", "es"),
    ("Este hombre es un cerdo.", "es"),
    ("This woman is a pig.", "en"),
    ("That woman is a snake.", "en"),
]

HATE_FLAGGED = [
    # the generic readings: the sex itself insulted
    ("La mujer es una rata por naturaleza.", "es"),
    ("Las mujeres son unas ratas.", "es"),
    ("Estas mujeres son unas víboras.", "es"),
    ("Women are pigs.", "en"),
    ("These women are rats.", "en"),
    ("Esa gente es una plaga.", "es"),
    # one person marked by race or religion and dehumanised stays hate
    ("Ese negro es un mono.", "es"),
    ("That Muslim is a rat.", "en"),
    # a fault called typical
    ("Typical Mexicans, always stealing.", "en"),
    ("Typical Mexicans, always bringing crime.", "en"),
    ("Typical Mexicans, always bringing drugs into town.", "en"),
    ("Typical Mexicans, always bringing trouble.", "en"),
    ("Typical Mexicans, always taking our jobs.", "en"),
    ("Typical Mexicans.", "en"),
]

MUST_PASS = [
    ("Typical Mexicans, always bringing food for everyone.", "en"),
    ("Typical Mexicans, always sharing their lunch.", "en"),
    ("Typical Italians, always feeding the whole street.", "en"),
    ("Typical Mexicans, always working hard.", "en"),
    ("Typical Filipinos, always giving gifts to the kids.", "en"),
    ("Typical Irish, always welcoming strangers.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), ONE_POINTED)
def test_one_pointed_not_hate(text, lang):
    assert category_action(text, "hate", lang) == "approve", text


@pytest.mark.parametrize(("text", "lang"), HATE_FLAGGED)
def test_hate_flagged(text, lang):
    assert_category_action(text, "flag", "hate", lang)


@pytest.mark.parametrize(("text", "lang"), MUST_PASS)
def test_must_pass(text, lang):
    assert_category_action(text, "approve", "hate", lang)
