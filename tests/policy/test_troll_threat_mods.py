"""Harm wished on the moderator, an admin or "the guy above" ("i hope someone shoots the mod",
"ojalá alguien le dé una golpiza al fulano de arriba") is a threat like one wished on the
author. Errands and edits that share the verbs pass: "shoots the mod a message", "punch up
the author's headlines", a hand lent, a commenter hired. A reader wished jumped or run over
rejects; a car jumped, a primary lost, a safe trip home pass. Rules alone; hand-written."""

import pytest

from tests.policy.expect import assert_rules_pass_all, rule_action

THREATS = [
    ("i hope someone shoots the mod who deleted my last comment. seriously", "en"),
    ("I hope somebody punches the admin, he deletes everything.", "en"),
    ("ojala alguien le de una golpiza al fulano de arriba que no sabe ni leer", "es"),
    ("Ojalá alguien le dé una golpiza al administrador por censurar.", "es"),
    ("Hope you get jumped in a parking lot, Nora. Genuinely.", "en"),
    ("I hope you get run over by a bus, Carl.", "en"),
]

PASSES = [
    ("I hope someone shoots the mod a message about the broken link.", "en"),
    ("I hope someone shoots the author an email about the typo.", "en"),
    ("Somebody should punch up the mod's headlines, they're boring.", "en"),
    ("Ojalá alguien le dé una mano al fulano de arriba con su tesis.", "es"),
    ("Hope someone hires the commenter above, he clearly knows water law.", "en"),
    ("Hope you get your car jumped before the storm, the battery on those is awful.", "en"),
    ("Hope you get beaten in the primary, Senator, you deserve to lose.", "en"),
    ("My cousin got mugged downtown, hope you get home safe tonight.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), THREATS)
def test_harm_wished_on_mods_rejects(text: str, lang: str) -> None:
    assert rule_action(text, lang, "troll.threat") == "reject"


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_errands_pass(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)
