"""Defences of immigrants and minorities the rules used to flag, with the near misses that must
still be caught: a people said not to belong in a cage or a camp, credited as the reason for a
good outcome, said to bring "nothing but" goods; a charge asked back ("Do you really think X are
...?") and answered that they are people like us; "Isn't it amazing how brave X are?"; and a
fault the writer denies the group caused ("You're not stupid because you're a woman").
Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action, held_elsewhere

_TROLL = held_elsewhere("the insult to the reader is held as trolling (rule or blog model)")

CASES = [
    # (text, lang, expected hate action)
    # Not belonging in a cage, a camp or a cell is a defence of how people are held ...
    ("Refugee children don't belong in cages.", "en", "approve"),
    ("Refugee children don't belong in detention.", "en", "approve"),
    ("Asylum seekers do not belong in detention centers.", "en", "approve"),
    ("Migrant families don't belong in overcrowded camps at the border.", "en", "approve"),
    # ... but belonging in one, or not belonging here or with us, is exclusion.
    ("Refugees belong in cages.", "en", "flag"),
    ("Immigrants don't belong here.", "en", "flag"),
    ("Refugees don't belong in our schools.", "en", "flag"),
    ("Refugees don't belong in camps, they belong back where they came from.", "en", "flag"),
    # A people credited as the reason for a good outcome ...
    ("Immigrants are the reason our hospitals have enough nurses.", "en", "approve"),
    ("Immigrants are the reason we have plenty of doctors in this county.", "en", "approve"),
    ("Los inmigrantes son la razón por la que los hospitales tienen enfermeras.", "es", "approve"),
    ("Los migrantes son la razón por la que tenemos suficientes cuidadoras.", "es", "approve"),
    # ... but named as the reason for harm, or for a lack, it is a charge.
    ("Immigrants are the reason crime went up.", "en", "flag"),
    ("Immigrants are the reason our hospitals don't have enough nurses.", "en", "flag"),
    ("Los inmigrantes son la razón por la que hay tanta delincuencia.", "es", "flag"),
    ("Los inmigrantes son la razón por la que los hospitales no tienen enfermeras.", "es", "flag"),
    # "Nothing but" goods is praise ...
    (
        "Immigrants bring nothing but good food and hard work, as far as I can tell.",
        "en",
        "approve",
    ),
    ("Refugees brought nothing but great music and new ideas to our street.", "en", "approve"),
    # ... but with harm beside the goods, or harm alone, it is a charge.
    ("Immigrants bring nothing but crime and disease.", "en", "flag"),
    ("Immigrants bring nothing but good food and disease.", "en", "flag"),
    ("Immigrants bring nothing but great music and drugs.", "en", "flag"),
    ("Immigrants bring nothing but hard work for the police.", "en", "flag"),
    # A charge asked back and answered that the group are people like us ...
    ("Do you really think Muslims are all terrorists? They are people like us.", "en", "approve"),
    (
        "Do you honestly believe refugees are all criminals? They're just people, like you.",
        "en",
        "approve",
    ),
    (
        "¿De verdad crees que los musulmanes son todos terroristas? Son personas como nosotros.",
        "es",
        "approve",
    ),
    # ... but asserted, or asked and agreed with, it stands.
    ("Muslims are all terrorists, do you really doubt it?", "en", "flag"),
    ("Do you really think Muslims are all terrorists? They are.", "en", "flag"),
    ("Do you really think Muslims are all terrorists? Most of them are.", "en", "flag"),
    # A negative question that asks for a yes praises ...
    ("Isn't it amazing how brave disabled athletes are?", "en", "approve"),
    ("Isn't it wonderful how strong these refugee kids are?", "en", "approve"),
    # ... but a quality denied, or taken back in the question, is still denied.
    ("Disabled athletes are not brave.", "en", "flag"),
    ("Isn't it funny how brave disabled athletes never are?", "en", "flag"),
    # A fault the writer says the group did not cause ...
    pytest.param(
        "You're not stupid because you're a woman; you're stupid because you never read.",
        "en",
        "approve",
        marks=_TROLL,
    ),
    pytest.param(
        "You're not lazy because you're an immigrant, you're lazy because you sleep till noon.",
        "en",
        "approve",
        marks=_TROLL,
    ),
    # ... but the group said to be the cause is still read.
    ("You're not lazy because you're an immigrant, all immigrants are lazy.", "en", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_defences_and_near_misses(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "hate", lang)
