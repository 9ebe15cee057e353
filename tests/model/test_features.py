"""The model's input and context features: what the engine hands it, and what it can tell apart.

Our own sentences; nothing copied from the evaluation sets.
"""

from collections import Counter

from moderation.policy.analysis import analyse
from moderation.policy.model import model_text
from moderation.policy.model.scorer import (
    NEGATION_SCOPE,
    context_features,
    text_features,
    text_tokens,
)

CLASSES = {"muslims": "GROUP", "immigrants": "GROUP", "women": "GROUP"}


def _context(text: str) -> Counter:
    return Counter(context_features(text_tokens(text), CLASSES)[1])


def test_model_text_is_the_engines_reading_with_clause_marks():
    text = model_text(analyse("They aren't b4d, honestly. W0men are fine!", "en"))
    assert "are not" in text  # contraction expanded, as the rules read it
    assert "women" in text  # de-obfuscated
    assert ", " in text and " . " in text  # clause marks kept between words


def test_groups_share_their_class_features():
    """ "Muslims are X" and "immigrants are X" teach the same class n-grams."""
    a = _context("muslims are a plague on this town")
    b = _context("immigrants are a plague on this town")
    shared = a & b
    assert sum(shared.values()) >= 4  # GROUP, "GROUP are", "GROUP are a", bigrams after it
    assert a != b  # the words themselves still differ


def _negated_count(negated: str, plain: str) -> int:
    """Features the negator adds over a same-shape sentence without one."""
    return sum(_context(negated).values()) - sum(_context(plain).values())


def test_negation_marks_the_words_after_it_up_to_the_clause_end():
    assert _negated_count("women are not dangerous", "women are so dangerous") == 1
    words = " ".join(["very"] * (NEGATION_SCOPE + 3))
    scope = _negated_count(f"women are not {words}", f"women are so {words}")
    assert scope == NEGATION_SCOPE
    assert _negated_count("women are not, dangerous", "women are so, dangerous") == 0
    assert _context("women are not dangerous") != _context("women are so dangerous")


def test_no_start_of_text_bigram():
    """A comment's first word gets no bigram: position is not evidence of hate."""
    assert not context_features(["women"], {})[1]
    assert (
        len(text_features("women are", {}))
        == len(text_features("women", {})) + len(text_features("are", {})) + 1
    )


def test_punctuation_is_not_a_word():
    assert text_tokens("Hello, world!") == ["hello", ",", "world", "!"]
    words, _ = context_features(text_tokens("Hello, world!"), {})
    assert words == ["hello", "world"]
