"""Words of hateful phrases read through the phrase around them: a slip of a letter ("deth
to all") or two phrase words run together ("cargapara"), with the per-lexicon indexes of
the phrases' words, neighbouring pairs and openings they read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from moderation.policy.analysis import lexicon_reads
from moderation.policy.analysis.edits import one_edit, slip_rank
from moderation.policy.analysis.lexicon_reads import per_lexicon
from moderation.policy.lexicon import Lexicon, deletions

# Classes of the phrases whose words `_phrase_slip` reads through a slip of a letter.
_SLIP_PHRASE_CLASSES = frozenset(
    {"H", "W", "V", "K", "Z", "D", "X", "S", "E", "F", "M", "PROF", "INS"}
)


# Places in phrases, flat: (phrase words, position of a word, phrase words, position, ...). A
# (words, position) tuple per place was 56 bytes, some 155,000 of them in the two indexes
# below (8.3 MiB); flat, a place is two references (`places` reads them back in pairs).
_Phrases = tuple[tuple[str, ...] | int, ...]


def places(flat: _Phrases) -> Iterator[tuple[tuple[str, ...], int]]:
    """The (phrase words, position) pairs of a flat `_Phrases` tuple, in order."""
    pairs = iter(flat)
    return zip(pairs, pairs, strict=True)


class _SlipIndex(NamedTuple):
    """The hateful phrases' words, read for slips and for words run together."""

    # a word and each form with a letter deleted -> its word, or a tuple of them when several
    # (most keys have one word: a frozenset each was 3.5 MiB)
    keys: dict[str, str | tuple[str, ...]]
    phrases: dict[str, _Phrases]  # word -> the phrases it stands in (words, its position), flat
    before: frozenset[str]  # the words right before one of them in a phrase
    after: frozenset[str]  # ... and right after
    openings: frozenset[tuple[str, str]]  # the first two words of every phrase


@per_lexicon
def _phrase_slip_index(lex: Lexicon) -> _SlipIndex:
    """Words of four letters or more of hateful phrases, and the phrases' openings (see
    `_SlipIndex`), read in one pass over the phrases. Built once per lexicon."""
    keys: dict[str, set[str]] = {}
    phrases: dict[str, list[tuple[str, ...] | int]] = {}  # flat, as `_Phrases`
    openings: set[tuple[str, str]] = set()
    for tables in lex.phrases.values():
        for length, table in tables:
            if length < 2:
                continue
            for words, entry in table.items():
                if not _SLIP_PHRASE_CLASSES.intersection(entry.classes):
                    continue
                openings.add(words[:2])
                for k, w in enumerate(words):
                    if len(w) < 4 or not w.isalpha():
                        continue
                    phrases.setdefault(w, []).extend((words, k))
    # each word's keys once (some 2,000 words stand in some 27,000 places of the phrases),
    # in the order the words first appear, as the phrase loop met them
    for w in phrases:
        for key in deletions(w) | {w}:
            keys.setdefault(key, set()).add(w)
    before = {ws[k - 1] for v in phrases.values() for ws, k in places(v) if k > 0}
    after = {ws[k + 1] for v in phrases.values() for ws, k in places(v) if k + 1 < len(ws)}
    return _SlipIndex(
        {k: next(iter(v)) if len(v) == 1 else tuple(sorted(v)) for k, v in keys.items()},
        {w: tuple(v) for w, v in phrases.items()},
        frozenset(before),
        frozenset(after),
        frozenset(openings),
    )


def phrase_slip(word: str, raw: list[tuple[str, int, int]], i: int, lex: Lexicon) -> str:
    """The word of a hateful phrase that an unknown word is with a letter dropped or two
    swapped, when the rest of the phrase stands around it as written ("deth to all", "mke
    me sick", "leser beings"): the phrase's other words make the reading safe, whichever
    letter slipped."""
    n = len(raw)
    index = _phrase_slip_index(lex)
    before, after = index.before, index.after
    if not ((i > 0 and raw[i - 1][0] in before) or (i + 1 < n and raw[i + 1][0] in after)):
        return word  # no neighbour that a phrase word stands beside
    for words, k in places(slip_candidates(word, lex)):
        start = i - k
        if start < 0 or start + len(words) > n:
            continue
        if all(raw[start + j][0] == w for j, w in enumerate(words) if j != k):
            return words[k]
    return word


@per_lexicon
def phrase_pairs(lex: Lexicon) -> dict[tuple[str, str], _Phrases]:
    """Every two neighbouring words of a hateful phrase -> (phrase words, position of the
    first of the two), flat (`places`); built once per lexicon, for `_phrase_glue`."""
    pairs: dict[tuple[str, str], list[tuple[str, ...] | int]] = {}  # flat, as `_Phrases`
    for tables in lex.phrases.values():
        for length, table in tables:
            if length < 2:
                continue
            for words, entry in table.items():
                if _SLIP_PHRASE_CLASSES.intersection(entry.classes):
                    for k in range(length - 1):
                        pairs.setdefault(words[k : k + 2], []).extend((words, k))
    return {pair: tuple(v) for pair, v in pairs.items()}


def phrase_glue(word: str, raw: list[tuple[str, int, int]], i: int, lex: Lexicon) -> list[str]:
    """Two words of a hateful phrase typed without the space between them ("cargapara",
    "queacabar", "adisease"), read as the two when the rest of the phrase stands around the
    word as written and exactly one split does so: the phrase is the context that tells a
    missing space from a word the word lists lack. [] when there is none. Only for a word the
    analysis does not know: a glue that spells a known word ("medan") or two short words
    ("noson") is left as it is."""
    pairs = phrase_pairs(lex)
    lexicon_words = lex.words
    n = len(raw)
    found: set[tuple[str, str]] = set()
    for k in range(1, len(word)):
        if word[:k] not in lexicon_words:
            continue  # a pair's first half is a phrase word, and so is a glued lexicon word
        pair = (word[:k], word[k:])
        for words, p in places(pairs.get(pair, ())):
            start = i - p  # the phrase's first word in `raw` (the glued word holds two)
            if start < 0 or start + len(words) - 1 > n:
                continue
            if all(raw[start + j][0] == w for j, w in enumerate(words[:p])) and all(
                raw[i + 1 + j][0] == w for j, w in enumerate(words[p + 2 :])
            ):
                found.add(pair)
                break
        else:
            # a lexicon word glued to the word before a phrase ("queacabar con"), or after one
            if (
                pair[1] in lexicon_words
                and min(len(pair[0]), len(pair[1])) >= 2
                and max(len(pair[0]), len(pair[1])) >= 4
                and (
                    (i + 1 < n and (pair[1], raw[i + 1][0]) in pairs)
                    or (i > 0 and (raw[i - 1][0], pair[0]) in pairs)
                )
            ):
                found.add(pair)
    return list(found.pop()) if len(found) == 1 else []


@per_lexicon
def _slip_memo(lex: Lexicon) -> dict[str, _Phrases]:
    """word -> `_slip_candidates(word)`, filled as words come (bounded by `_MEMO_LIMIT`)."""
    return {}


def slip_candidates(word: str, lex: Lexicon) -> _Phrases:
    """(phrase words, position) of the phrase words that `word` is with a letter dropped or
    two neighbours swapped (a replaced letter spells another real word far more often), flat
    (`places`); remembered per word (bounded like the other word memos): most unknown words
    have none."""
    memo = _slip_memo(lex)
    hits = memo.get(word)
    if hits is None:
        keys, phrases = _phrase_slip_index(lex)[:2]
        targets: set[str] = set()
        for key in (word, *deletions(word)):
            found = keys.get(key)
            if found is not None:
                if found.__class__ is str:
                    targets.add(found)
                else:
                    targets.update(found)
        hits = tuple(
            item
            for t in sorted(targets)
            if one_edit(word, t) and slip_rank(word, t) == 0
            for item in phrases[t]
        )
        if len(memo) >= lexicon_reads._MEMO_LIMIT:
            memo.clear()  # starts again (see _MEMO_LIMIT)
        memo[word] = hits
    return hits


def _hateful_openings(lex: Lexicon) -> frozenset[tuple[str, str]]:
    """The first two words of every hateful phrase ("muerte", "a"): a pair run together that
    opens one is two words."""
    return _phrase_slip_index(lex).openings
