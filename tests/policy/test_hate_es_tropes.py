"""The antisemitic tropes of Spanish comments (`hate.es_trope`, hold only): Jews, named or
pointed at by their marks, behind the banks and the media or looking after only their own, and
the Holocaust called a tale. Near misses that must pass: the trope denied, called a myth or
reported, criticism of Israel's government, and a synagogue's news. Our own sentences."""

import pytest

from .expect import assert_rules_approve, rule_action

RULE = "hate.es_trope"

HOLDS = [
    "Los judíos de Nueva York son los dueños de las cadenas de farmacias, por eso suben tanto.",
    "Quién paga las marchas, pues los amigos de la sinagoga, como siempre.",
    "El nuevo secretario se apellida Cohen, ya sabemos para quién va a manejar el dinero.",
    "Los judíos nomás se ayudan entre ellos, por eso tienen los bancos.",
    "Eso del Holocausto fue puro negocio para cobrar hasta hoy.",
    "Los globalistas de siempre moviendo los hilos de la elección.",
    "Lo del holocuento ya no lo cree ni mi abuela.",
]

PASSES = [
    # the trope denied, called a myth, or reported
    "Los judíos no controlan los bancos, los bancos son de sus accionistas.",
    "Eso de que los judíos mueven el dinero del mundo es un mito viejo y peligroso.",
    "Mi primo dice que los judíos son dueños de todo, y ya le expliqué que es un bulo.",
    # criticism of a state, and a synagogue's news
    "El gobierno de Israel financia colonias ilegales y eso hay que criticarlo.",
    "La sinagoga del centro abrió su biblioteca a los vecinos el domingo.",
    "El museo del Holocausto de la ciudad recibe a las escuelas gratis.",
    "Los que hablan de los judíos como si fueran dueños de los bancos nunca han conocido a uno.",
    # Jewish neighbours with money, a bank or a business in an everyday sense
    "Los judíos manejan el banco de alimentos del barrio y le dan a quien llegue.",
    "La familia Levy tiene una tienda de telas en el centro desde hace cincuenta años.",
    "En la sinagoga juntaron dinero para las familias que perdieron su casa.",
    "Mi vecino Goldberg trabaja en un banco y siempre me ayuda con los papeles.",
    "La comunidad judía financia becas para muchachos de la prepa, muy bonito gesto.",
    "El tesorero nuevo se llama Cohen y va a manejar el presupuesto del condado.",
    "Goldberg trabajó treinta años en la banca de Monterrey y ahora da clases de finanzas.",
    "La sinagoga y la parroquia marcharon contra el muro; el gobierno y los medios ni se pararon.",
]


@pytest.mark.parametrize("text", HOLDS)
def test_held_by_the_rule(text):
    assert rule_action(text, "es", RULE) == "hold", text


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_approve(text, "es", RULE)
