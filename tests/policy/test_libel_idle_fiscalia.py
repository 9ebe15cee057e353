"""What only looks like a source in Spanish: "la Fiscalía" that found nothing ("ni la Fiscalía lo
toca", "la Fiscalía debería revisar a ...", "la fiscalía también le responde a él") and "es de
conocimiento público" (no "publicó"). The near misses: the Fiscalía telling, accusing, arresting
or investigating, "según la Fiscalía", a conviction known to all. Our own names."""

import pytest

from tests.policy.expect import assert_rules_approve, rule_action

RULE = "libel.unattributed_claim"

NO_SOURCE = [
    ("Ni la Fiscalía lo toca: el comandante Beto Ramos cobra piso a los taqueros.", "es"),
    (
        "La Fiscalía debería revisar al regidor Pascual Medina, que se queda con el dinero de "
        "las despensas.",
        "es",
    ),
    ("El síndico Arnoldo Páez se robó el dinero de la feria. Es de conocimiento público.", "es"),
]


@pytest.mark.parametrize("text,lang", NO_SOURCE)
def test_libel_no_source_held(text: str, lang: str) -> None:
    assert rule_action(text, lang, RULE) == "hold", text


SOURCED = [
    ("La Fiscalía informó que el alcalde Ruiz recibió sobornos del cártel.", "es"),
    ("Según la Fiscalía, el comandante Ibarra cobraba piso a los taqueros.", "es"),
    ("La Fiscalía acusó al alcalde Ruiz de desviar fondos de las despensas.", "es"),
    ("El alcalde Ruiz fue detenido por la Fiscalía por recibir sobornos del cártel.", "es"),
    ("Es de conocimiento público que el alcalde Ruiz fue condenado por fraude.", "es"),
    ("La Fiscalía dice que el regidor Pérez se quedó con el dinero de las becas.", "es"),
    ("La Fiscalía también investiga al síndico Páez por recibir sobornos, según la nota.", "es"),
]


@pytest.mark.parametrize("text,lang", SOURCED)
def test_libel_fiscalia_source_passes(text: str, lang: str) -> None:
    assert_rules_approve(text, lang, RULE)
