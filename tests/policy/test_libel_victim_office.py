"""An office after "a" is the victim of an impersonal Spanish plural ("Al alcalde Urrutia le
robaron la camioneta", "A la regidora Pons le robaron la bolsa"): no one is accused. Still held:
the office or its men as the doers ("El alcalde Urrutia y su hermano me robaron el terreno").
Our own names."""

import pytest

from tests.policy.expect import assert_rules_approve, rule_action

RULE = "libel.unattributed_claim"

DOERS = [
    ("El alcalde Urrutia y su hermano me robaron el terreno.", "es"),
    ("Los policías del comandante Ibarra nos extorsionaron en el retén.", "es"),
    ("El comandante Ibarra me robó la camioneta.", "es"),
]


@pytest.mark.parametrize("text,lang", DOERS)
def test_libel_office_as_doer_held(text: str, lang: str) -> None:
    assert rule_action(text, lang, RULE) == "hold", text


VICTIMS = [
    ("Al alcalde Urrutia le robaron la camioneta. Es una víctima más de la inseguridad.", "es"),
    ("A la regidora Pons le robaron la bolsa en el mercado.", "es"),
    ("Al comandante Ibarra lo asaltaron en la carretera.", "es"),
    ("A los policías de Villa Seca les robaron las patrullas.", "es"),
]


@pytest.mark.parametrize("text,lang", VICTIMS)
def test_libel_office_as_victim_passes(text: str, lang: str) -> None:
    assert_rules_approve(text, lang, RULE)
