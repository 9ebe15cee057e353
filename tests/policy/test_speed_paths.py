"""Shortcuts taken for speed give the answers of the longer reading they replace."""

import pytest

from moderation.policy.analysis import analyse
from moderation.policy.rules import all_rules

# Our own sentences, EN and ES, with and without a named group (and "they" read as one).
_TEXTS = [
    ("Immigrants are lovely neighbours.", "en"),
    ("The new bridge opens on Monday.", "en"),
    ("Of course they are lazy. They are just refugees, after all.", "en"),
    ("Los migrantes que llegan a la ciudad trabajan mucho.", "es"),
    ("El puente nuevo abre el lunes.", "es"),
    ("Ellos siempre llegan tarde a la junta.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), _TEXTS)
def test_a_group_is_named_when_a_unit_codes_one(text, lang):
    all_rules()
    from moderation.policy.rules import hate

    an = analyse(text, lang)
    assert hate._group_before(an) == any(u.code == "G" for u in an.units)
