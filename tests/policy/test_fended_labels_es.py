"""A Spanish bigotry label the writer fends off in advance condemns nothing, while the same
label pinned on the line does (`context.label_fended_es`, the one home of the Spanish
fending-off phrases, read right before a label unit and, as `OWN_DENIAL_ES`, by
`hate_everyday.counter_speech` a few words before one). All examples are our own."""

import pytest

from .expect import assert_rules_approve, rule_action

_LINE = "mi barrio era bonito hasta que llegaron los hondureños, ahora hay asaltos."

FENDED = [
    # others' overreaction, fended off before the line: the line stays the writer's
    ("hate.es_since_came", f"Y el que se queja es racista, pero {_LINE}"),
    ("hate.es_since_came", f"No me vengan con que es racismo: {_LINE}"),
    ("hate.es_since_came", f"Nos llaman xenófobos por decirlo, pero {_LINE}"),
    # the label to come, put on the writer
    ("hate.derogation", "Me van a tachar de racista, pero los hondureños son todos unos ladrones."),
]


@pytest.mark.parametrize(("rule", "text"), FENDED)
def test_label_fended_off_keeps_the_line_flagged(rule: str, text: str) -> None:
    assert rule_action(text, "es", rule) in ("hold", "reject")


CONDEMNED = [
    ("hate.es_since_came", f"Decir que {_LINE[:-1]} es racismo."),
    ("hate.es_since_came", f"Es racista decir que {_LINE}"),
    ("hate.derogation", "Qué racismo decir que los hondureños son todos unos ladrones."),
]


@pytest.mark.parametrize(("rule", "text"), CONDEMNED)
def test_label_pinned_on_the_line_lets_it_pass(rule: str, text: str) -> None:
    assert_rules_approve(text, "es", rule)
