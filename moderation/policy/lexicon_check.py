"""Lexicon hygiene the system check reports: group words that near-word matching would read
ordinary words as ("turco" once made "turnos" read as "turcos"). Asks `analysis._fuzzy`
itself, so the answer follows whatever near-word matching decides."""

from __future__ import annotations

from dataclasses import replace

from moderation.policy.analysis import _fuzzy, per_lexicon
from moderation.policy.lexicon import Lexicon, _rows, deletions, load
from moderation.policy.normalize import fold_term

# The ordinary words each list holds, read in that list's language.
COMMON_WORD_FILES = (("vocab_en.txt", "en"), ("vocab_es.txt", "es"))
_PLURALS = ("es", "s")
_GENDERS = ("o", "a")


def _stem(word: str) -> str:
    """The word without a plural and a gender ending: "italians" and "italian", "morenos"
    and "moreno", "judaismo" and "judaism" share one."""
    for ending in _PLURALS:
        if word.endswith(ending) and len(word) > len(ending) + 3:
            word = word[: -len(ending)]
            break
    return word[:-1] if word.endswith(_GENDERS) and len(word) > 4 else word


def _is_group(lex: Lexicon, term: str) -> bool:
    entry = lex.lookup((term,))
    return entry is not None and "G" in entry.classes


@per_lexicon
def group_near_words(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """Group word -> the common words of `COMMON_WORD_FILES` that near-word matching would
    read as it were they not listed: the lists are what keeps "placa" from reading as
    "polaca", and a word the lists lack ("turnos" for "turcos") has no such guard. A group
    word's own other forms ("italian" for "italians") are no capture.

    `canonical` gives `_fuzzy` only words that are no lexicon word, no listed word, of three
    letters or more, all letters; this asks `_fuzzy` the same of each such list word with
    the lists lifted. Only a word sharing a deletion with a group word is asked (every other
    word has no group word among `_fuzzy`'s candidates), which keeps this under a second."""
    unlisted = replace(lex, vocab=frozenset(), vocab_by_lang=type(lex.vocab_by_lang)({}))
    group_keys = {
        key
        for key, terms in lex.fuzzy_index.items()
        if any(_is_group(lex, t) for t in ((terms,) if isinstance(terms, str) else terms))
    }
    found: dict[str, set[str]] = {}
    for name, lang in COMMON_WORD_FILES:
        for cols in _rows(name):
            word = fold_term(cols[0])
            if len(word) < 3 or not word.isalpha() or word in lex.words:
                continue  # `canonical` never hands these to near-word matching
            if word not in group_keys and group_keys.isdisjoint(deletions(word)):
                continue
            term = _fuzzy(word, unlisted, lang)
            if term != word and _is_group(lex, term) and _stem(term) != _stem(word):
                found.setdefault(term, set()).add(word)
    return {term: tuple(sorted(words)) for term, words in sorted(found.items())}


def near_word_problems(lex: Lexicon | None = None) -> list[tuple[str, tuple[str, ...]]]:
    """(group word, common words) for every group word that near-word matching would read
    a common word as (see `group_near_words`)."""
    return list(group_near_words(lex or load()).items())
