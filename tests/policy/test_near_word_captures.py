"""Near-word matching (one edit from a lexicon term) reads no word of the training rows as a
term unless a person found that reading right: a new lexicon word one edit from an ordinary
word ("indito" of "invito", "sirio" of "sirvió") fails here at once, not in a later session's
figures. The rows ship with the repository; the scan takes a few seconds."""

import pytest

from moderation.policy.analysis import canonical
from moderation.policy.lexicon import load
from moderation.training import near_words


@pytest.fixture(scope="module")
def found():
    return near_words.captures(near_words.distinct_words(near_words.training_rows()), load())


def test_every_near_word_capture_of_the_training_rows_is_reviewed(found):
    new = near_words.unreviewed(found, near_words.reviewed())
    assert not new, (
        "near-word matching reads these training-row words as lexicon terms, and nobody "
        "reviewed it (run `python -m moderation.training.near_words --new`; see the header of "
        "lexicons/near_words_reviewed.tsv): "
        + ", ".join(f"{word!r} ({lang}) as {term!r}" for word, lang, term in new)
    )


def test_no_reviewed_capture_is_stale(found):
    """A reviewed row whose word is no longer captured is dropped, so the list stays the
    record of what near-word matching reads today."""
    old = near_words.stale(found, near_words.reviewed())
    assert not old, (
        "these reviewed near-word captures no longer happen; drop them from "
        "lexicons/near_words_reviewed.tsv: " + ", ".join(f"{w!r} ({lang})" for w, lang in old)
    )


@pytest.mark.parametrize(
    ("word", "lang", "read"),
    [
        ("murieron", "es", "murieron"),  # they died: no "murieran", the wish
        ("masacraron", "es", "masacraron"),
        ("quemaban", "es", "quemaban"),
        ("tamez", "en", "tamez"),  # a surname: no "tamed"
        ("mabry", "en", "mabry"),
        ("paro", "es", "paro"),  # a strike: no "parto"
        ("crosses", "en", "crosses"),  # no "crossers"
        ("exicans", "en", "mexicans"),  # a slip is still read
        ("pnche", "es", "pinche"),
    ],
)
def test_near_word_reading(word, lang, read):
    assert canonical(word, load(), lang) == read


def test_names_are_no_dictionary_words():
    """Names leave near-word matching through their own list, not the vocabulary: a word the
    vocabulary holds is no name to the libel rules' name readers."""
    lex = load()
    assert "tamez" in lex.names and "tamez" not in lex.vocab
