"""Helpers that the review merged (per-lexicon caches, shared separator and office lists,
one quote scan for the spam rules): each still answers as the copies it replaced did."""

import pytest

from moderation.policy import normalize
from moderation.policy.analysis import indexes, lexicon_reads, phrase_slips, spaced
from moderation.policy.lexicon import load
from moderation.policy.rules import spam
from moderation.policy.rules.troll import public


def test_per_lexicon_builds_once_per_lexicon():
    lex = load()
    assert lexicon_reads._known_words(lex) is lexicon_reads._known_words(lex)
    assert indexes._phrase_index(lex, "en") is indexes._phrase_index(lex, "en")
    assert indexes._phrase_index(lex, "en") is not indexes._phrase_index(lex, "es")


def test_hateful_openings_come_from_the_slip_index():
    lex = load()
    openings = phrase_slips._hateful_openings(lex)
    assert openings is phrase_slips._phrase_slip_index(lex).openings
    assert all(len(pair) == 2 for pair in openings)


def test_spaced_words_and_analysis_read_the_same_separators():
    assert frozenset(normalize.SPACING_SEPARATORS) == spaced._SEPARATORS
    for sep in normalize.SPACING_SEPARATORS:
        assert normalize._SPACED.search(f"x f{sep}u{sep}c{sep}k x") is not None, repr(sep)


@pytest.mark.parametrize("word", sorted(public._OFFICE_TITLES))
def test_office_titles_are_public_and_name_an_office(word):
    assert word in public._PUBLIC
    assert public._OFFICE.search(f"the {word} said so") is not None


@pytest.mark.parametrize("word", ["mayoral", "policies", "agent", "sheriffs"])
def test_office_regex_near_misses(word):
    assert public._OFFICE.search(f"the {word} said so") is None


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("no quotes here", ()),
        ("they said 'earn 500 a day' again", ((10, 26),)),
        ('el anuncio "gana dinero ya" otra vez', ((11, 27),)),
        ("it's not a quote, isn't it", ()),
    ],
)
def test_quoted_spans(text, spans):
    assert spam._quoted_spans(text) == spans
