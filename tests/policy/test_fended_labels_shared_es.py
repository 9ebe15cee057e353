"""Both Spanish readers of a fended-off bigotry label share one list of phrases
(`context.label_fended_es.FENDING_ES`): "me dirán racista", "ya sé que suena racista", "me van a
llamar racista" defend the line after them in `hate_everyday.counter_speech` as they do in
`condemnation.label_fended_off`, and a verb of saying inside the fended label ("luego te dicen
racista", "que me llamen xenófobo") reports no line. A label pinned on the line, and a line
someone else said, still pass. All examples are our own."""

import pytest

from .expect import assert_rules_approve, rule_action

_CAME = "mi barrio era bonito hasta que llegaron los hondureños."
_TAKE = "los venezolanos no vienen a trabajar, vienen a vivir del gobierno."

FENDED = [
    ("hate.es_since_came", f"Me dirán racista, pero {_CAME}"),
    ("hate.es_since_came", f"Ya sé que suena racista, pero {_CAME}"),
    ("hate.es_since_came", f"Luego te dicen racista, pero {_CAME}"),
    ("hate.es_since_came", f"Que me llamen xenófobo, pero {_CAME}"),
    ("hate.es_since_came", f"Aunque me tachen de racista, {_CAME}"),
    ("hate.es_hinted", f"Me van a llamar racista, pero {_TAKE}"),
    ("hate.es_hinted", f"Ya sé que suena xenófobo, pero {_TAKE}"),
    ("hate.es_hinted", f"Luego nos llaman racistas, pero {_TAKE}"),
]


@pytest.mark.parametrize(("rule", "text"), FENDED)
def test_fended_label_keeps_the_line_held(rule: str, text: str) -> None:
    assert rule_action(text, "es", rule) == "hold"


PASSED = [
    # the label pinned on the line: counter-speech
    (
        "hate.es_since_came",
        "Decir que mi barrio era bonito hasta que llegaron los hondureños es racismo.",
    ),
    ("hate.es_hinted", "Decir que los venezolanos no vienen a trabajar es racista."),
    # someone else's line, reported and answered
    ("hate.es_since_came", f"Mi vecino dice que {_CAME[:-1]}, pero eso es racismo."),
    # the label put on someone else, with no line of the writer's
    ("hate.es_since_came", "Luego te dicen racista por cualquier cosa, qué cansancio."),
    # negated: the arrival is not blamed
    ("hate.es_hinted", "Me dirán ingenuo, pero los venezolanos sí vienen a trabajar."),
]


@pytest.mark.parametrize(("rule", "text"), PASSED)
def test_pinned_reported_or_denied_line_passes(rule: str, text: str) -> None:
    assert_rules_approve(text, "es", rule)
