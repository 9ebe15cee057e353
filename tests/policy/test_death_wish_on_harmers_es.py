"""A Spanish death wish on whoever harms someone ("ojalá se muera quien golpea a los migrantes")
falls on the wrongdoers, as its English twin does (`threat_said.relative_doer`). A wish on
those who defend a group, on the writer of a post, or with a reader added still rejects. All
examples are our own."""

import pytest

from .expect import rule_action

ON_WRONGDOERS = [
    "Ojalá se muera quien golpea a los migrantes.",
    "Que se muera el que maltrata a un niño.",
    "Ojalá se muera quien le pega a una mujer.",
    "Ojalá se muera cualquiera que tortura animales.",
]


@pytest.mark.parametrize("text", ON_WRONGDOERS)
def test_death_wished_on_those_who_harm_is_no_threat(text: str) -> None:
    assert rule_action(text, "es", "troll.threat") is None


STILL_THREATS = [
    "Ojalá se muera quien defiende a los migrantes.",
    "Ojalá se muera quien escribió esto.",
    "Ojalá se muera quien golpea a los migrantes, empezando por ti.",
    "Ojalá se muera el alcalde.",
]


@pytest.mark.parametrize("text", STILL_THREATS)
def test_death_wished_on_others_still_rejects(text: str) -> None:
    assert rule_action(text, "es", "troll.threat") == "reject"


def test_english_twin_agrees() -> None:
    assert rule_action("I wish death on anyone who hurts immigrants.", "en", "troll.threat") is None
