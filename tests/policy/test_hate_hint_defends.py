"""An insinuation cue ("qué casualidad que ...", "funny how every ...") whose clause points at
a wrong done to a group or a good it does is irony aimed at those who say otherwise, not a
hint against the group. The same cue charging the group with crime or disorder is still
coded hate. A group word that modifies a policy ("the trans sports policies") makes the
policy what is hated. Hand-written, Spanish and English."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    (
        "Qué casualidad que las trabajadoras del hogar siempre cobren menos que nadie.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Qué casualidad que los haitianos sean siempre los primeros culpados, sin pruebas.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Qué casualidad que los jornaleros migrantes paguen impuestos y nadie lo mencione.",
        "es",
        "hate",
        "approve",
    ),
    pytest.param(
        "Funny how every study finds immigrants commit less crime, and the ads never mention it.",
        "en",
        "hate",
        "approve",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the blog model holds it as hate at p(flag) 0.75; the rules approve",
        ),
    ),
    ("Funny how every report finds immigrants commit less crime.", "en", "hate", "approve"),
    (
        "Funny how every time the plant needs a scapegoat, the Filipino nurses get blamed.",
        "en",
        "hate",
        "approve",
    ),
    # Near misses: the hint charges the group.
    ("Qué casualidad que desde que llegaron los haitianos hay más robos.", "es", "hate", "flag"),
    ("Qué casualidad que siempre son los gitanos los que roban.", "es", "hate", "flag"),
    ("Funny how every time a store gets robbed it's one of them.", "en", "hate", "flag"),
    # The policy a group word modifies is what is hated.
    (
        "I can't stand the trans sports policies, and I wish nobody any harm.",
        "en",
        "hate",
        "approve",
    ),
    ("I hate the migrant quota bill they passed last week.", "en", "hate", "approve"),
    ("I can't stand trans people.", "en", "hate", "flag"),
    ("I hate migrants and their bills.", "en", "hate", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_hate_hint_defends(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
