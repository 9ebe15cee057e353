"""A group named as the object inside a Spanish relative clause is not the subject of what
follows (our own sentences): "Los policías que roban a los migrantes deben ir a la cárcel" asks
jail for the police, and `hate.violence` rejected it as jail for the migrants. The object mark
"a" ("a los migrantes") after "que" and its verb says who is done to; a group that is the
subject itself ("Los migrantes que llegan ... deben ir a la cárcel") is still rejected.
"""

import pytest

from moderation.policy import Submission, screen


def _rules(text: str) -> set[str]:
    verdict = screen(Submission(text=text, lang="es"), blog_model=False)
    return {f.rule for f in verdict.findings if f.action != "approve"}


PASSES = [
    "Los policías que roban a los migrantes deben ir a la cárcel.",
    "Los que roban a los migrantes deben ir a la cárcel.",
    "Los policías que golpean a los migrantes deben ser castigados.",
    "Los coyotes que abandonan a los migrantes en el desierto deberían pudrirse en la cárcel.",
]

HELD = [
    "Los migrantes deben ir a la cárcel.",
    "Los migrantes que llegan a los albergues deben ir a la cárcel.",
    "A los migrantes hay que matarlos a todos.",
    "Hay que echar a los migrantes a la cárcel.",
]


@pytest.mark.parametrize("text", PASSES)
def test_group_as_object_passes(text: str) -> None:
    assert _rules(text) == set()


@pytest.mark.parametrize("text", HELD)
def test_group_as_subject_is_held(text: str) -> None:
    assert "hate.violence" in _rules(text)
