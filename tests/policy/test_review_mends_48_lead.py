"""Threats made with an irregular plural imperative and its object pronoun ("desaparézcanlos",
which `forms.es_alt` now builds from "desaparezcan"): before it, these passed. The near misses
are the same verb said of things."""

import pytest

from tests.policy.expect import assert_category_action

GROUP = [
    ("Desaparézcanlas a todas esas indias.", "es", "flag"),
    ("Desaparézcanlos a todos, a los migrantes de la colonia.", "es", "flag"),
]
PERSON = [
    ("Desaparézcanlos a los periodistas.", "es", "reject"),
    ("Cuélguenla a la reportera.", "es", "reject"),
]
NEAR_MISSES = [
    ("Desaparezcan la oficina del regidor, no sirve para nada.", "es", "approve"),
    ("Cuélguenla en la pared de la alcaldía, la foto del equipo campeón.", "es", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), GROUP)
def test_group_threat_with_irregular_imperative(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "hate", lang)


@pytest.mark.parametrize(("text", "lang", "expected"), PERSON)
def test_person_threat_with_irregular_imperative(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "troll", lang)


@pytest.mark.parametrize(("text", "lang", "expected"), NEAR_MISSES)
def test_irregular_imperative_of_things_passes(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "troll", lang)
    assert_category_action(text, expected, "hate", lang)
