"""Harmless comments the rules used to hold or reject, third round, with the violating near
misses that must still be caught: a slur named as what someone else was called, a new clause
about the writer's own family after a group is named. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A slur reported as what someone else called a person is reported speech, not use.
    ("Dyke is what the boys at school called my sister for years.", "en", "hate", "approve"),
    ("Kike is what the kids on my block called my grandfather.", "en", "hate", "approve"),
    ("A mi hermano le decían sudaca en el instituto.", "es", "hate", "approve"),
    (
        "Spic, beaner, illegal. My dad has been called all of it at the plant.",
        "en",
        "hate",
        "approve",
    ),
    ("A mi tía le decían marimacha en el pueblo y nunca lo olvidó.", "es", "hate", "approve"),
    ("Sudaca es lo que le gritaban a mi padre en Madrid.", "es", "hate", "approve"),
    # ... but a slur aimed at someone, or the writer's own name-calling, still rejects.
    ("Shut up, you dyke.", "en", "hate", "reject"),
    ("Spic is what you are and always will be.", "en", "hate", "reject"),
    ("Sudaca es lo que eres.", "es", "hate", "reject"),
    ("Eres un sudaca de mierda.", "es", "hate", "reject"),
    ("Spic, beaner, whatever. That is what I call them.", "en", "hate", "reject"),
    # After a group is named, a comma and "our kids" / "mis padres" start a new subject.
    ("My brother married a Muslim woman, our parents are delighted.", "en", "hate", "approve"),
    (
        "My brother married a Jewish girl, our parents are confused but supportive.",
        "en",
        "hate",
        "approve",
    ),
    ("Mi hija se casó con un musulmán, mis suegros están confundidos.", "es", "hate", "approve"),
    ("Muslims are vermin, our country is infested.", "en", "hate", "flag"),
    ("Jews, their kids are vermin too.", "en", "hate", "flag"),
    ("Los judíos son unas ratas, mis vecinos lo saben.", "es", "hate", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_third(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
