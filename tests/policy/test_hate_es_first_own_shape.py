"""The Spanish rules that keep the first shape the writer says as their own
(`hate_es_held.first_own_shape`): `hate.es_behind`, `es_put_down`, `es_since_came`,
`es_not_all_but` and `es_hinted`. Each holds its own line and lets a negated, reported or
condemned one pass, and its near misses (politicians, police, praise) pass. The rules read
Spanish only. All examples are our own."""

import pytest

from .expect import assert_rules_approve, rule_action

HOLDS = [
    ("hate.es_behind", "Hollywood, los bancos y Netflix, siempre la misma tribu detrás."),
    (
        "hate.es_since_came",
        "Mi barrio era bonito hasta que llegaron los hondureños, ahora hay asaltos.",
    ),
    (
        "hate.es_not_all_but",
        "No digo que todos, pero los haitianos que llegan traen puros problemas.",
    ),
    (
        "hate.es_hinted",
        "Cada que abren otro albergue hay dos robos más. Antes nunca. Saquen sus conclusiones.",
    ),
    (
        "hate.es_hinted",
        "Contraté a unos hondureños para pintar la casa. Nunca más, flojos y sucios todos.",
    ),
    ("hate.es_put_down", "Los hondureños no se cuidan, es cultural."),
]


@pytest.mark.parametrize(("rule", "text"), HOLDS)
def test_own_line_held(rule: str, text: str) -> None:
    assert rule_action(text, "es", rule) == "hold"


PASSES = [
    # negated
    ("hate.es_behind", "No es cierto que los de la kipa controlen los bancos."),
    ("hate.es_put_down", "Los hondureños no se cuidan, no es cultural, es pobreza."),
    (
        "hate.es_since_came",
        "No es verdad que mi barrio era bonito hasta que llegaron los hondureños y ahora hay "
        "asaltos.",
    ),
    # reported and condemned
    (
        "hate.es_since_came",
        "Mi vecino dice que la colonia era tranquila hasta que llegaron los haitianos, pero es "
        "mentira racista.",
    ),
    (
        "hate.es_not_all_but",
        'Mi primo dice "no digo que todos, pero los haitianos que llegan traen puros problemas", '
        "y me da vergüenza.",
    ),
    (
        "hate.es_hinted",
        "Mi tío dice que los venezolanos no vienen a trabajar, vienen a vivir del gobierno, y es "
        "racista.",
    ),
    # near misses: politicians, police, praise, a vote
    ("hate.es_behind", "Los mismos de siempre en el gobierno controlan los bancos y los medios."),
    ("hate.es_put_down", "Los bolivianos bailan bonito, es su forma de ser."),
    (
        "hate.es_since_came",
        "Mi barrio era bonito hasta que llegaron los policías, ahora hay asaltos.",
    ),
    ("hate.es_not_all_but", "No digo que todos, pero los diputados son puros problemas."),
    (
        "hate.es_not_all_but",
        "No digo que todos sean malos, pero la mayoría de los venezolanos trabaja duro.",
    ),
    (
        "hate.es_hinted",
        "Contraté a unos hondureños para pintar la casa. Trabajadores y amables todos.",
    ),
    ("hate.es_hinted", "En la elección ganó el mismo partido otra vez. Saquen sus conclusiones."),
]


@pytest.mark.parametrize(("rule", "text"), PASSES)
def test_negated_reported_and_near_misses_pass(rule: str, text: str) -> None:
    assert_rules_approve(text, "es", rule)
