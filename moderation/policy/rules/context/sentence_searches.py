"""One comment's searches of a sentence or a clause, each made once (`SpanSearches`): a reading
that weighs every match of its phrase against the match's own sentence searched that sentence
again for each match, so a run-on paste of the phrase cost time quadratic in its length."""

from __future__ import annotations

import re


class SpanSearches:
    """The first match of a pattern in a span of one text, remembered by pattern and span. Made
    afresh for each call of a rule, so nothing outlives the comment."""

    __slots__ = ("_first", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # Keyed by the pattern's id: a compiled pattern's hash reads its whole code each time,
        # and the patterns asked are module constants that outlive this memo.
        self._first: dict[tuple[int, int, int], re.Match | None] = {}

    def first(self, pattern: re.Pattern, lo: int, hi: int) -> re.Match | None:
        """`pattern.search(text, lo, hi)`, searched once for the span."""
        key = (id(pattern), lo, hi)
        if key in self._first:
            return self._first[key]
        found = self._first[key] = pattern.search(self.text, lo, hi)
        return found

    def before(self, pattern: re.Pattern, lo: int, at: int, hi: int) -> re.Match | None:
        """`pattern.search(text, lo, at)` for `at` in lo..hi, read from the span's first match
        (`first(pattern, lo, hi)`), so every phrase of one sentence or clause shares one search.

        The same answer when `at` opens a word (a phrase's `\\b` before a letter) and every
        match of `pattern` ends on a letter with `\\b` and looks no further than its end: then
        no match ends at `at`, and one that fits before `at` is the same match without `hi`'s
        reach. A first match running across `at` is searched as before (at most a few `at` a
        span: phrase matches do not overlap)."""
        found = self.first(pattern, lo, hi)
        if found is None or found.start() >= at:
            return None
        if found.end() <= at:
            return found
        return pattern.search(self.text, lo, at)
