"""What the word and unit loops of `analyse` keep per lexicon: the memos of `canonical` and
`_segment` (bounded, see `lexicon_reads._MEMO_LIMIT`), the phrase index the unit loop reads,
and `_indexes`, which builds the costly indexes at a lexicon's first comment."""

from __future__ import annotations

from moderation.policy.analysis import lexicon_reads
from moderation.policy.analysis.canonical_words import canonical, phrase_heads, spanish_only_words
from moderation.policy.analysis.lexicon_reads import per_lexicon
from moderation.policy.analysis.phrase_slips import _phrase_slip_index, phrase_pairs
from moderation.policy.analysis.segment import _segment, glue_terms
from moderation.policy.lexicon import Lexicon


@per_lexicon
def _word_memos(lex: Lexicon) -> tuple[dict[str, dict], dict[str, dict]]:
    """Per-lexicon memos of `canonical` and `_segment`, pure functions of word and language:
    comments repeat their words, and the fuzzy lookups are the costly part of a word. Bounded
    (a full memo starts again) and thread-safe (single dict reads and writes); plain dicts of
    strings, so the garbage collector has nothing to traverse."""
    return {"en": {}, "es": {}}, {"en": {}, "es": {}}


@per_lexicon
def _phrase_index(lex: Lexicon, lang: str) -> dict:
    """`lex.phrases` as plain dicts for the unit loop, which reads it for every word: first
    word -> (second words of its longer phrases, ((length, {words: (entry, code)}), ...)
    longest first, (entry, code) of the word alone or None), codes for `lang`. Most words
    start no longer phrase, or are not followed by a second word of one: one lookup. Built
    once per lexicon and language, never changed after. What the other language's index
    already holds with the same codes is shared, not copied (every longer phrase and most
    words: a copy each was some 4.7 MiB)."""
    built = _phrase_indexes(lex)
    other = next((index for code, index in built.items() if code != lang), {})
    index = {}
    pairs: dict[int, tuple] = {}  # id(entry) -> (entry, code): the lexicon shares its entries

    def pair(e):
        got = pairs.get(id(e))
        if got is None:
            got = pairs[id(e)] = (e, e.codes.get(lang, "w"))
        return got

    seconds = _second_words(lex)
    for first, tables in lex.phrases.items():
        single = lex.lookup((first,))
        theirs = other.get(first)
        if theirs is not None:
            longer = theirs[1] if _same_codes(theirs[1], lang) else None
            alone = (
                theirs[2] if single is None or single.codes.get(lang, "w") == theirs[2][1] else None
            )
            if longer is not None and alone is theirs[2]:
                index[first] = theirs
                continue
        else:
            longer = alone = None
        if longer is None:
            longer = tuple(
                (length, {words: pair(e) for words, e in table.items()})
                for length, table in tables
                if length > 1
            )
        if alone is None and single is not None:
            alone = pair(single)
        index[first] = (seconds[first], longer, alone)
    built[lang] = index
    return index


@per_lexicon
def _phrase_indexes(lex: Lexicon) -> dict[str, dict]:
    """The `_phrase_index`es built so far for a lexicon, by language."""
    return {}


def _same_codes(longer: tuple, lang: str) -> bool:
    """Whether every phrase of another language's `longer` part has the same code in `lang`."""
    return all(
        code == entry.codes.get(lang, "w")
        for _length, table in longer
        for entry, code in table.values()
    )


@per_lexicon
def _second_words(lex: Lexicon) -> dict[str, frozenset[str]]:
    """First word -> the second words of its longer phrases, shared by the two languages'
    phrase indexes, and one empty set for the three words in four that start none (a set
    each, twice, was 3 MiB). Built once per lexicon."""
    none: frozenset[str] = frozenset()
    return {
        first: frozenset(words[1] for n, table in tables if n > 1 for words in table) or none
        for first, tables in lex.phrases.items()
    }


def canonical_memo(word: str, lex: Lexicon, lang: str, memo: dict[str, dict]) -> str:
    table = memo.get(lang)
    if table is None:
        return canonical(word, lex, lang)
    found = table.get(word)
    if found is None:
        found = canonical(word, lex, lang)
        if len(table) >= lexicon_reads._MEMO_LIMIT:
            table.clear()  # starts again (see _MEMO_LIMIT)
        table[word] = found
    return found


def _segment_memo(word: str, lex: Lexicon, lang: str, memo: dict[str, dict]):
    table = memo.get(lang)
    if table is None:
        return _segment(word, lex, lang)
    found = table.get(word, table)
    if found is table:
        parts = _segment(word, lex, lang)
        found = tuple(parts) if parts else None
        if len(table) >= lexicon_reads._MEMO_LIMIT:
            table.clear()  # starts again (see _MEMO_LIMIT)
        table[word] = found
    return found


@per_lexicon
def _indexes(lex: Lexicon) -> bool:
    """Build the per-lexicon indexes of the word loop at a lexicon's first comment, rather than
    at the first comment that needs each (the slip index, the phrase pairs, the phrase index of
    the other language, the words only Spanish phrases hold: some 0.2-0.5 s in all, paid by
    whichever comment came first, inside a server's stream of comments). Answers nothing; one
    lookup a comment after the first."""
    phrase_heads(lex)
    _phrase_slip_index(lex)
    phrase_pairs(lex)
    glue_terms(lex)
    spanish_only_words(lex)  # 40-60 ms, met by a comment with a near miss of a phrase word
    for lang in ("en", "es"):
        _phrase_index(lex, lang)
    return True
