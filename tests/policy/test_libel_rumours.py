"""An impersonal rumour states the charge: repeating a defamatory claim is publishing it, so a
bare "Dicen que X cobra mordidas." is held as the vouched ones are ("Dicen que X cobra
mordidas. Todo el pueblo lo sabe.", "... Yo sí le creo.", "todos dicen que ...", "Dicen que es
'empresario', pero X mueve droga"). Still passing: another's claim answered ("los que dicen
que ...", "algunos dicen que ..."), a rumour the writer doubts or refutes ("pero nadie ha
mostrado pruebas", "es puro chisme", "es mentira"), a rumour with its source, and a rumour of
no act. Our own names."""

import pytest

from tests.policy.expect import assert_rules_approve, rule_action

RULE = "libel.unattributed_claim"

RUMOURS_PASSED_ON = [
    (
        "Dicen que el regidor Pascual Medina cobra mordidas a los taqueros. "
        "Todo el pueblo lo sabe.",
        "es",
    ),
    (
        "En la colonia dicen que la tesorera Leticia Olmos se quedó con el dinero de las becas. "
        "Yo sí le creo.",
        "es",
    ),
    ("Todos dicen que el comandante Ibarra vende droga. Yo le creo.", "es"),
    ("Se dice que el síndico Arnoldo Páez recibe sobornos del cártel, y a mí no me extraña.", "es"),
    ("Dicen que el regidor Pascual Medina cobra mordidas.", "es"),
]


@pytest.mark.parametrize("text,lang", RUMOURS_PASSED_ON)
def test_libel_rumour_passed_on_held(text: str, lang: str) -> None:
    assert rule_action(text, lang, RULE) == "hold", text


RUMOURS_DOUBTED = [
    ("Dicen que el juez Benito Tirado vende sus fallos, pero a mí no me consta.", "es"),
    ("Dicen que el regidor Pascual Medina cobra cuota, pero yo no lo he visto.", "es"),
    ("Dicen que el comisario Ruiz cobra cuotas, pero nadie ha mostrado pruebas.", "es"),
    ("Se dice que la regidora Pons recibió dinero del cártel, pero nadie lo ha demostrado.", "es"),
    ("Los que dicen que el alcalde Ruiz se robó el dinero no tienen nada.", "es"),
    ("Algunos dicen que el diputado Lozano se robó el fondo; yo no lo creo.", "es"),
    ("Dicen que el alcalde Ruiz se robó el dinero de la feria, pero es puro chisme.", "es"),
    ("Dicen que el exalcalde Ruiz lavaba dinero. Lo publicó El Heraldo con documentos.", "es"),
    ("Dicen que el alcalde Ruiz quiere reelegirse.", "es"),
    ("Dicen que el regidor Pérez recibió sobornos del cártel, pero es mentira.", "es"),
    ("Dicen que el padre Tomás es buena persona.", "es"),
    ("Dicen que la jueza Mendiola vendió la sentencia, pero no hay ninguna prueba.", "es"),
    ("Dicen que el alcalde Ruiz cobra moches, supuestamente, pero nadie lo sabe de cierto.", "es"),
    ("Dicen que el comandante Ibarra vende droga, pero es una calumnia de sus rivales.", "es"),
]


@pytest.mark.parametrize("text,lang", RUMOURS_DOUBTED)
def test_libel_rumour_doubted_passes(text: str, lang: str) -> None:
    assert_rules_approve(text, lang, RULE)
