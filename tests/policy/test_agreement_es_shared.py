"""The Spanish agreement with a saying just told has one home (`context.said_after.AGREES_ES`),
read by `speaker_named_after` and by `hate_reread`'s sided saying alike: a saying the writer
backs ("y tiene razón", "y es cierto", "y nunca se equivoca") is re-read as the writer's line;
partial agreement and a denied agreement are not (a bare saying told in the present is
held by its own reading, `hate_reread/told_es.py`). All examples are our own."""

import pytest

from .expect import assert_category_action, rule_action

RULE = "hate.reread"

SIDED = [
    "Mi suegra dice que los gitanos roban, y es cierto.",
    "Mi suegra dice que los gitanos roban, y tiene razón.",
    "Mi abuelo decía que los gitanos roban, y nunca se equivocaba.",
    "Mi jefe dice que los rumanos son ladrones, y tiene toda la razón.",
]


@pytest.mark.parametrize("text", SIDED)
def test_a_saying_the_writer_backs_is_reread(text: str) -> None:
    assert rule_action(text, "es", RULE) is not None


NOT_SIDED = [
    "Mi suegra decía que los gitanos roban.",
    "Mi suegra dice que los gitanos roban, y tiene razón en lo legal.",
    "Mi suegra dice que los gitanos roban, pero no tiene razón.",
]


@pytest.mark.parametrize("text", NOT_SIDED)
def test_a_report_not_backed_is_not_reread(text: str) -> None:
    assert rule_action(text, "es", RULE) is None


def test_a_disputed_report_passes() -> None:
    assert_category_action(
        "Mi suegra dice que los gitanos roban, pero no tiene razón.", "approve", "hate", "es"
    )
