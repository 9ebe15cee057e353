"""Two lookups keyed by a compiled shape's identity instead of the regex itself (a regex as a
dict key is hashed, its whole compiled program, at every lookup): the skipping form of a
masked-words shape (`masked_words.skipping_form`) and the words a `hate.hinted` shape needs
(`hate_hinted._may`). Each must answer as the regex-keyed lookup did, for a shape met again
and for an equal regex compiled anew, and the shapes' verdicts stay as they were."""

import re

import pytest

from moderation.policy.lexicon import skipping
from moderation.policy.rules.hate_en_belittled.asked import ASKED, WISHED_AWAY
from moderation.policy.rules.hate_en_belittled.shapes import BELITTLED
from moderation.policy.rules.hate_hinted import _may
from moderation.policy.rules.hate_hinted.shapes import SHAPE_NEEDS
from moderation.policy.rules.masked_words import _FEW_OPENINGS, first_match, skipping_form
from tests.policy.expect import rule_action

_SHAPES = [WISHED_AWAY, ASKED, BELITTLED]


def _expected_form(shape: re.Pattern) -> re.Pattern | None:
    """What `skipping_form` made when it was keyed by the regex."""
    fast, group = skipping(shape)
    opening = fast.pattern[1 : fast.pattern.find("](?<=")] if group else ""
    return fast if group and len(opening) <= _FEW_OPENINGS else None


@pytest.mark.parametrize("shape", _SHAPES, ids=["wished", "asked", "belittled"])
def test_skipping_form_by_identity_is_the_regex_keyed_form(shape):
    expected = _expected_form(shape)
    for candidate in (shape, shape, re.compile(shape.pattern, shape.flags)):
        found = skipping_form(candidate)
        if expected is None:
            assert found is None
        else:
            assert found is not None and found.pattern == expected.pattern
    assert skipping_form(shape) is skipping_form(shape)  # made once, then met again


@pytest.mark.parametrize("shape", _SHAPES, ids=["wished", "asked", "belittled"])
@pytest.mark.parametrize(
    "text",
    [
        "would not we all be happier if GRP just vanished",
        "how are WMN even allowed to drive",
        "has anyone ever met a smart GRP",
        "what else would you expect from a politician",
        "nothing here at all",
    ],
)
def test_first_match_through_an_equal_regex_compiled_anew(shape, text):
    again = re.compile(shape.pattern, shape.flags)
    m, n = first_match(shape, text), first_match(again, text)
    plain = shape.search(text)
    assert (m is None) == (n is None) == (plain is None)
    if plain is not None:
        assert m.span() == n.span() == plain.span()


_SENTENCES = [
    ["they", "always", "act", "like", "this", "how", "they", "are"],
    ["i", "hope", "their", "boat", "sinks"],
    ["the", "law", "is", "optional", "for", "them"],
    ["we", "respect", "the", "rules", "here"],
    [],
]


@pytest.mark.parametrize("words", _SENTENCES, ids=lambda w: " ".join(w) or "empty")
def test_hinted_shape_needs_by_identity(words):
    seen = set(words)
    for pattern, needs in SHAPE_NEEDS.items():
        regex_keyed = any(all(not need.isdisjoint(seen) for need in alt) for alt in needs)
        assert _may(pattern, seen) is regex_keyed


# The shapes' own rules, rules alone: the hits these lookups lead to and their harmless twins.
# (Both shapes read English: the Spanish families have shapes of their own.)
@pytest.mark.parametrize(
    "text, rule, action",
    [
        ("Has anyone ever met a smart immigrant? Me neither.", "hate.en_belittled", "hold"),
        ("Has anyone ever met a smart politician? Me neither.", "hate.en_belittled", None),
        ("Wouldn't we all be happier if immigrants just vanished?", "hate.en_belittled", "hold"),
        ("Wouldn't we all be happier if the traffic just vanished?", "hate.en_belittled", None),
        ("I hope their boat sinks before they reach our coast, those migrants.", "hate.hinted",
         "hold"),
        ("I hope the boat race is fun this weekend.", "hate.hinted", None),
        ("Women are like that, it's how they are.", "hate.hinted", "hold"),
        ("Kids are like that, it's how they are.", "hate.hinted", None),
    ],
)  # fmt: skip
def test_verdicts_of_shapes_looked_up_by_identity(text, rule, action):
    assert rule_action(text, "en", rule) == action
