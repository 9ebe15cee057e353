"""What is done to a group, stated as done, is a report of its treatment, not a verdict on it:
held in cages or camps, treated worse than animals, denied equal pay, barred from praying. The
same words as a wish or a prescription ("should be kept in cages", "belong in cages", "should
not be allowed to pray") still flag, and so does the group itself called worse. Hand-written,
English and Spanish; rules only (the engine's hate findings)."""

import pytest

from tests.policy.expect import category_action

CASES = [
    # (text, lang, expected hate action from the rules)
    ("Migrants are kept in cages at the border.", "en", "approve"),
    ("Migrants are kept in cages and the agency calls it processing.", "en", "approve"),
    ("Uyghurs are held in camps in Xinjiang.", "en", "approve"),
    ("Immigrants are treated worse than dogs at that plant.", "en", "approve"),
    ("Women do not have equal pay.", "en", "approve"),
    ("Women still do not get equal pay in this county.", "en", "approve"),
    ("Muslims are not allowed to pray there.", "en", "approve"),
    ("Women are not allowed to drive there, which is barbaric.", "en", "approve"),
    ("Los migrantes están encerrados en jaulas en la frontera.", "es", "approve"),
    ("A los migrantes los tienen encerrados en jaulas.", "es", "approve"),
    ("Migrants should be kept in cages.", "en", "reject"),
    ("Migrants need to be kept in cages.", "en", "reject"),
    ("Migrants belong in cages.", "en", "reject"),
    ("Immigrants are worse than dogs.", "en", "reject"),
    ("Muslims should not be allowed to pray there.", "en", "reject"),
    ("Muslims are not allowed here.", "en", "reject"),
    ("Women are not equal to men.", "en", "hold"),
    ("Los migrantes deberían estar encerrados en jaulas.", "es", "reject"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_treatment_reported(text, lang, expected):
    assert category_action(text, "hate", lang, blog_model=False) == expected, text
