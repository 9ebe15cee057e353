"""Harmless comments the rules once held, found by probing with our own sentences: a group
adjective on a criminal organisation, a slur told as the name others called the writer,
particular people told of as done to for a reason someone gave, a people's culture praised, and
a hateful line reported as what "they were yelling". Each with hateful twins that must still
be flagged, so the fix opens no hole. Our own examples."""

import pytest

from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

PASS = [
    # the outfit, not the people: "Mexican cartels", "los carteles mexicanos"
    ("Mexican cartels bring violence wherever they go.", "en"),
    ("Salvadoran gangs bring drugs into every town they touch.", "en"),
    ("Los cárteles mexicanos traen violencia a donde llegan.", "es"),
    ("Los carteles mexicanos son unos animales.", "es"),
    ("Las pandillas salvadoreñas traen drogas a todos lados.", "es"),
    # a slur told as what others called the writer
    ("Me decían india patarrajada en la primaria y hoy soy maestra.", "es"),
    ("A mi papá le decían negro cambujo en el rancho.", "es"),
    # particular people, an act done to them, and the reason someone gave
    ("The Jewish students were kicked out of the library for being too loud.", "en"),
    ("Two Haitian men got arrested downtown for being drunk in public.", "en"),
    ("Dos haitianos fueron detenidos en el centro por estar borrachos.", "es"),
    # the culture is what the writer loves
    ("What I love about Mexicans isn't the food, it's the culture.", "en"),
    (
        "What we admire most about the Lebanese families here isn't the money, it's the culture.",
        "en",
    ),
    # the hateful line is what "they" were yelling
    ("They were yelling that Haitians are a plague. Shameful.", "en"),
    ("They were shouting that Haitians are a plague the whole march.", "en"),
]

FLAG = [
    ("Mexicans bring violence wherever they go.", "en"),
    ("Mexican people bring crime wherever they go.", "en"),
    ("Los mexicanos traen violencia a donde llegan.", "es"),
    ("Las familias mexicanas traen violencia a donde llegan.", "es"),
    ("Esa india patarrajada no debería votar.", "es"),
    ("Yo le decía india patarrajada a la vecina.", "es"),
    ("Le decían india patarrajada y tenía razón quien se lo decía.", "es"),
    ("Jews were expelled from every country for being greedy.", "en"),
    ("Jewish students are too loud.", "en"),
    ("The problem with Mexicans isn't the money, it's the culture.", "en"),
    ("I love tacos. But the trouble with Mexicans isn't poverty, it's the culture.", "en"),
    ("Haitians are everywhere. They spread like a plague.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PASS)
def test_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang"), FLAG)
def test_hateful_twin_flagged(text: str, lang: str) -> None:
    assert_rules_flag(text, lang, "hate")
