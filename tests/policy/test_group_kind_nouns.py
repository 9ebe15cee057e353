"""A group called neighbours or taxpayers is said something good of it: no model or rule holds
it for the group's name, and denying it is held like any denied good quality (our own
sentences)."""

import pytest

from .expect import assert_category_action

APPROVED = [
    ("Muslims are our neighbours too.", "en"),
    ("Muslims are neighbours.", "en"),
    ("Disabled people are taxpayers.", "en"),
    ("Immigrants are our neighbors and they pay taxes.", "en"),
    ("Los inmigrantes son contribuyentes, pagan impuestos como todos.", "es"),
]
FLAGGED = [
    ("Immigrants are not our neighbours.", "en"),
    ("Muslims are not neighbours, they are invaders.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), APPROVED)
def test_kind_noun_passes(text, lang):
    assert_category_action(text, "approve", "hate", lang=lang)


@pytest.mark.parametrize(("text", "lang"), FLAGGED)
def test_denied_kind_noun_is_held(text, lang):
    assert_category_action(text, "flag", "hate", lang=lang)
