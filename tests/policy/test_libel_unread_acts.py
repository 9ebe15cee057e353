"""Acts the libel readers had not read: the crime or the disgrace was stated of an identified
person, but in words no act pattern knew. Each hit has near misses of the same words that must
pass: a debt paid off, a source, a report, a negation, a meeting in the town square, a thing or
an institution that acts. Hand-written, English and Spanish; rules alone (no blog model)."""

import pytest

from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

HITS = [
    # the plaza's people and "la última letra" as a criminal party
    ("El comandante Ibarra le pasa información a los malandros de la colonia.", "es"),
    ("El regidor Ramos trabaja para los de la última letra.", "es"),
    ("El diputado Reséndez maneja el dinero de los de la última letra.", "es"),
    # "paid off" still reads a bribe when a person is paid
    ("Mayor Ruiz paid off the truck inspectors to look away.", "en"),
    ("Sheriff Doyle paid off the house inspector so the permit went through.", "en"),
    ("Commissioner Ruiz was paid off by the developer.", "en"),
]

NEAR_MISSES = [
    # a debt cleared, a plan that worked out
    ("Mayor Ruiz finally sold his paid-off house in Laredo and moved to Austin.", "en"),
    ("Councilman Ortiz lives in his paid-off house on Elm and drives an old truck.", "en"),
    ("Judge Ramos paid off his house last year.", "en"),
    ("Sheriff Doyle's paid off house is worth about 200k.", "en"),
    ("Judge Ramos paid off his student loans in May.", "en"),
    ("Coach Ruiz's gamble paid off in the fourth quarter.", "en"),
    ("El alcalde Ruiz por fin terminó de pagar su casa.", "es"),
    # the town square, the plaza's bosses fought or reported
    ("El alcalde Ruiz se reunió con los vecinos de la plaza Hidalgo.", "es"),
    ("La maestra Ruiz trabaja en la plaza del centro vendiendo elotes.", "es"),
    ("El padre Tomás les pasa comida a los de la plaza que duermen en las bancas.", "es"),
    ("El comandante Ibarra detuvo al jefe de plaza de Santa Lucía.", "es"),
    ("El alcalde Ruiz denunció a los jefes de plaza ante la fiscalía.", "es"),
    ("Según la fiscalía, el regidor Ramos trabajaba para los de la última letra.", "es"),
]


@pytest.mark.parametrize("text,lang", HITS)
def test_unread_act_held(text, lang):
    assert_rules_flag(text, lang, "libel")


@pytest.mark.parametrize("text,lang", NEAR_MISSES)
def test_unread_act_near_miss(text, lang):
    assert_rules_pass_all(text, lang)
