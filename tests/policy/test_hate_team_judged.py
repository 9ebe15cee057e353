"""A nation's side judged at its sport is a sports opinion: "Mexicans suck at penalties, every
World Cup" and "los argentinos son malísimos en los penales" pass `hate.derogation`,
`hate.broad` and `hate.generalised`. The same verdict with no sport named, a verdict that
reaches past the sport or goes on past it, a vice that is not about play, or a religion or a
race stays hate; the sport must be the verdict's own complement ("at penalties").
All examples are our own."""

import pytest

from .expect import assert_rules_flag, assert_rules_pass_all

PASSES = [
    ("Mexicans suck at penalties, every World Cup", "en"),
    ("The Mexicans suck at penalty kicks lol", "en"),
    ("Germans are awful at penalties? Since when lol", "en"),
    ("Los argentinos son malísimos en los penales", "es"),
    ("Los hondureños son pésimos en las eliminatorias, otra vez fuera del Mundial", "es"),
]

FLAGGED = [
    # the sport must be the verdict's own complement, closing its clause
    ("Hondurans are awful, and their national team is too", "en"),
    ("Venezuelans suck at baseball and at not stealing.", "en"),
    ("Los hondureños son malos, todos terminan en el penal.", "es"),
    ("Los mexicanos son malos, se toman una copa y se ponen violentos.", "es"),
    ("Mexicans are terrible, always cutting corners.", "en"),
    ("Mexicans suck at driving", "en"),
    ("Mexicans suck at everything, even soccer", "en"),
    ("Mexicans are bad at soccer and worse as people", "en"),
    ("Mexicans are lazy, just look at the World Cup", "en"),
    ("Mexicans are criminals, and their soccer fans prove it", "en"),
    ("Los hondureños son malos para trabajar", "es"),
    ("Los hondureños no sirven para nada, ni para el futbol", "es"),
    ("Los haitianos son basura, ni en el futbol sirven", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_a_national_side_judged_at_its_sport_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang"), FLAGGED)
def test_verdicts_past_the_sport_stay_flagged(text: str, lang: str) -> None:
    assert_rules_flag(text, lang, "hate")
