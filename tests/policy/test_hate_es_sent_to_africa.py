"""Spanish: a Black person or people told to go back to Africa ("que se regresen a África",
"regrésate a África") is a call for expulsion by race, like "que se regresen a su selva"; and
"huarachudo", an Indigenous or rural person mocked by the sandals, is a slur held for a human.
The near misses: travel told, the chant reported and condemned, sandals as sandals. Our own
sentences."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, expected)
    ("Los negros que se regresen a África.", "flag"),
    ("Ese vaquero negro ni debería estar en el rodeo, que se regrese a África.", "flag"),
    ("Regrésate a África, aquí no te queremos.", "flag"),
    ("Hay que mandarlos de regreso a África a todos.", "flag"),
    ("Esos indios huarachudos no saben ni votar.", "flag"),
    ("Puro huarachudo en la junta del ejido, por eso no avanza nada.", "flag"),
    ("El maratonista keniano se regresa a África mañana, gran carrera.", "approve"),
    ("Mi prima se fue a África con Médicos Sin Fronteras y regresa en mayo.", "approve"),
    ("Le gritaron 'regrésate a África' al vaquero del rodeo. Qué vergüenza.", "approve"),
    ("Decirle a alguien que se regrese a África es racismo puro.", "approve"),
    ("Los huaraches de cuero de Sahuayo son los mejores que hay.", "approve"),
    ("Compré unos huaraches en el mercado y ya no uso otra cosa.", "approve"),
    ("El museo abrió una sala sobre la diáspora africana en Coahuila.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hate_es_sent_to_africa(text: str, expected: str) -> None:
    assert_category_action(text, expected, "hate", "es")
