"""The tables the engine shares instead of copying (the coded rows' {G} string sets, the two
languages' phrase indexes, the known words) answer as the copies did, and comments that go
through them keep their verdicts; near misses stay approved."""

import platform
import sys

import pytest

from moderation.policy import heap, lexicon
from moderation.policy.analysis import indexes, lexicon_reads
from moderation.policy.lexicon import load
from moderation.policy.shared_branch import SharedBranch
from tests.policy.expect import assert_category_action

CASES = [
    # coded rows with a {G} slot, read from the store's packed sets
    ("Stop renting to Somalis, the building was quiet before them.", "flag", "hate", "en"),
    ("Kurds multiply like rats in every city they settle in.", "flag", "hate", "en"),
    ("Nunca le rentes a los gitanos, te lo digo yo.", "flag", "hate", "es"),
    (
        "We stopped renting to smokers, the smell never leaves the curtains.",
        "approve",
        "hate",
        "en",
    ),
    (
        "Refusing to rent to Somali families is illegal, report those landlords.",
        "approve",
        "hate",
        "en",
    ),
    ("Rabbits multiply like crazy in our garden every spring.", "approve", "hate", "en"),
    (
        "Nunca le rentes a alguien sin contrato, te lo digo por experiencia.",
        "approve",
        "hate",
        "es",
    ),
    # phrases of several words, read through either language's index
    ("Eres un hijo de puta y lo sabes.", "flag", "profanity", "es"),
    ("You are a piece of shit and everyone here knows it.", "flag", "profanity", "en"),
    ("El hijo de mi vecina toca la guitarra muy bien.", "approve", "profanity", "es"),
    ("That piece of software saved our whole team a week.", "approve", "profanity", "en"),
    # known words: a slur typed in syllables, and short real words that spell nothing
    ("son unos ma ri co nes todos ellos", "flag", "hate", "es"),
    ("yo no se si va a ir a la fiesta", "approve", "hate", "es"),
]


@pytest.mark.parametrize(("text", "expected", "category", "lang"), CASES)
def test_shared_tables_keep_verdicts(text, expected, category, lang):
    assert_category_action(text, expected, category, lang)


def test_group_sets_pack_and_unpack():
    whole = frozenset({"kurds", "somalis"})
    sets = lexicon._GroupSets(whole)
    grown = frozenset({"kurds", "somalis", "these people"})
    packed = lexicon._pack_group(grown, sets.whole)
    assert packed == ("these people",)
    assert sets.unpack(packed) == grown
    assert sets.unpack(packed) is sets.unpack(("these people",))  # one object per set
    assert sets.unpack(lexicon._pack_group(whole, sets.whole)) == whole
    apart = frozenset({"kurds", "rent"})
    assert lexicon._pack_group(apart, sets.whole) is apart
    assert lexicon._pack_group(None, sets.whole) is None
    assert lexicon._pack_group(grown, frozenset()) is grown


def test_coded_rows_read_back_as_parsed():
    """The {G} rows' string sets, stored packed, equal those read from each row's parse."""
    load()
    saved = list(lexicon._KNOWN_BRANCH)  # `_group_branch` sets it: put back for other tests
    try:
        _compare_coded_rows()
    finally:
        lexicon._KNOWN_BRANCH[:] = saved


def _compare_coded_rows() -> None:
    terms = lexicon._group_terms()
    group = lexicon._group_words(terms)
    branch = lexicon._group_branch(group)
    trie = lexicon._group_trie(terms)
    searched = lexicon._trie_branch(trie)
    if branch is None or searched is None or not lexicon._sharing:
        pytest.skip("this Python's compiler is not reachable: rows are parsed whole")
    shared = SharedBranch(searched)
    sets = lexicon._GroupSets(lexicon._KNOWN_BRANCH[1])
    rows = [cols for cols in lexicon.coded_source_rows() if "{G}" in cols[2]][:40]
    assert rows
    for cols in rows:
        rx = cols[2]
        pattern = rx.replace("{G}", group).replace("{T}", lexicon._THEY_WORDS)
        alternatives, _fast, strings = lexicon._coded_row(rx, pattern, branch, shared, trie, sets)
        tree, _ = lexicon._coded_regex(rx, pattern, branch, shared, trie)
        assert alternatives == lexicon._alternatives_of(tree), cols[0]
        assert strings == lexicon._row_strings(tree), cols[0]


def test_phrase_indexes_equal_their_copies_and_share():
    lex = load()
    seconds = indexes._second_words(lex)
    en, es = indexes._phrase_index(lex, "en"), indexes._phrase_index(lex, "es")
    for lang, index in (("en", en), ("es", es)):
        assert index.keys() == lex.phrases.keys()
        for first, tables in lex.phrases.items():
            single = lex.lookup((first,))
            copy = (
                seconds[first],
                tuple(
                    (length, {w: (e, e.codes.get(lang, "w")) for w, e in table.items()})
                    for length, table in tables
                    if length > 1
                ),
                (single, single.codes.get(lang, "w")) if single is not None else None,
            )
            assert index[first] == copy, (lang, first)
    shared = [w for w in en if en[w][1] and en[w][1] is es[w][1]]
    assert len(shared) > 1000


def test_known_words_are_the_lexicon_words_and_vocabulary():
    lex = load()
    known = lexicon_reads._known_words(lex)
    union = lex.words | lex.vocab
    sample = [*sorted(union)[::97], "zzqx", "", "hola", "the", "despise", "fuk"]
    # a respelt swear ("fuk") is in the vocabulary but never known: the loop reads it as the word
    expected = [w in union and w not in lexicon_reads.RESPELT_SWEARS for w in sample]
    assert expected[-1] is False
    assert [w in known for w in sample] == expected
    assert known.flags(sample) == expected


def test_release_free_pages_finds_glibc_trim():
    """On Linux with glibc (the project's servers and CI) the trim is found and run; elsewhere
    it reports that it did nothing rather than failing."""
    glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert heap.release_free_pages() is glibc
