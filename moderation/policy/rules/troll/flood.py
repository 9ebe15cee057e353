"""`troll.flood`: the same words pasted over and over inside one comment, or a line of one
mocking emoji."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise
from operator import eq

from moderation.policy.analysis import Analysis
from moderation.policy.normalize import fold_term
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.troll.letters import ASCII_WORD, WORD, _letter_count
from moderation.policy.types import Category, Submission

# The same words pasted over and over inside one comment ("Vote X. Vote X. Vote X. ...").
# Chants and cheers of one short word ("gol gol gol", "no no no") and thanks pass.
_CHEER = frozenset({"gol", "ja", "je", "ha", "jaja", "haha", "si", "no", "gracias", "thanks",
                    "thank", "you", "bravo", "ole", "viva", "yes", "go", "love", "wow",
                    "amen", "congrats", "felicidades", "muchas"})  # fmt: skip


_LAUGH_WORD = re.compile(r"^(?:(?:[jh][aeiou])+h?|(?:lol)+|(?:xd)+)$")


def _repeat_sizes(words: list[str], longest: int) -> list[int]:
    """The run lengths s <= `longest` for which some run of s words is followed at once by
    itself, that is, s positions k in a row with words[k] == words[k + s], in increasing
    order. Only these lengths can add a repeat to `_longest_repeat`. For s >= 2 such a run is
    s - 1 positions in a row where a pair of neighbouring words comes back s words later, so
    it is read from the positions of repeated pairs: most comments repeat none (repeated
    single words, "the", "and", are far commoner and cost a loop each)."""
    sizes = [1] if longest >= 1 and any(map(eq, words, words[1:])) else []
    pairs = list(pairwise(words))
    if len(set(pairs)) == len(pairs):
        return sizes
    positions: dict[tuple[str, str], list[int]] = {}
    for k, pair in enumerate(pairs):
        positions.setdefault(pair, []).append(k)
    starts_by_size: dict[int, set[int]] = {}
    for ks in positions.values():
        for a, i in enumerate(ks):
            for j in ks[a + 1 :]:
                if j - i > longest:
                    break
                if j - i >= 2:
                    starts_by_size.setdefault(j - i, set()).add(i)
    for size, starts in starts_by_size.items():
        if len(starts) >= size - 1 and any(
            k - 1 not in starts and all(k + t in starts for t in range(1, size - 1)) for k in starts
        ):
            sizes.append(size)
    return sorted(sizes)


def _longest_repeat(words: list[str], sizes: Iterable[int] | None = None) -> tuple[int, int, int]:
    """(unit length, repetitions, start) of the most repeated run of consecutive words, trying
    the run lengths in `sizes` (by default only those `_repeat_sizes` lets through)."""
    best = (0, 0, 0)
    n = len(words)
    for size in _repeat_sizes(words, min(20, n // 2)) if sizes is None else sizes:
        i = 0
        while i + size <= n:
            unit = words[i : i + size]
            reps = 1
            j = i + size
            while j + size <= n and words[j : j + size] == unit:
                reps += 1
                j += size
            if reps >= 2 and size * reps > best[0] * best[1]:
                best = (size, reps, i)
            # From i + size the same run repeats once less, and so on, so none of those starts
            # can beat this one: go to its last unit at once. Stepping one unit at a time made
            # a comment of one word pasted thousands of times cost seconds (quadratic).
            i += size * (reps - 1) if reps > 1 else 1
    return best


@rule("troll.flood", Category.TROLL)
def flood(an: Analysis, sub: Submission) -> list[Hit]:
    """A phrase pasted again and again in one comment, or a line of one emoji."""
    text = sub.text
    # ASCII text folds to its lower case (normalize._fold), without the per-character pass,
    # whose words are runs of a-z: a range test per character, not a Unicode category lookup
    words = ASCII_WORD.findall(text.lower()) if text.isascii() else WORD.findall(fold_term(text))
    if len(words) < 6:
        return _emoji_line(sub)
    size, reps, start = _longest_repeat(words)
    if reps < 2:
        return []
    unit = words[start : start + size]
    letters = sum(len(w) for w in unit) * reps
    if all(w in _CHEER or _LAUGH_WORD.match(w) for w in unit):
        return []
    if (
        (reps >= 5 and letters >= 24)
        or (size >= 4 and reps >= 3 and letters >= 30)
        or (size >= 5 and reps >= 2 and letters >= 30)
    ):
        return [Hit("troll.flood", 0.6, ((0, len(sub.text)),), f"the same words {reps} times")]
    return []


# Mocking emoji only (clown, poo, middle finger, sheep, chicken, eye-roll, yawn, sleep,
# vomit, thumbs down, snake, rat): a line of hearts, claps or laughter is praise.
_EMOJI_RUN = re.compile(
    "([\U0001f921\U0001f4a9\U0001f595\U0001f411\U0001f414\U0001f644\U0001f971"
    "\U0001f634\U0001f92e\U0001f922\U0001f44e\U0001f40d\U0001f400])(?:\\s*\\1){4,}"
)


def _emoji_line(sub: Submission) -> list[Hit]:
    m = _EMOJI_RUN.search(sub.text)
    if m is None or _letter_count(sub.text) > 20:
        return []
    return [Hit("troll.flood", 0.6, (m.span(),), "one emoji over and over")]
