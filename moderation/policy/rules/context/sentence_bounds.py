"""Where the sentence holding a position opens and closes in the normalised text: the readers
that weigh only a match's own sentence ("Visa trouble? Call us at ..."), not the comment's
others."""

from __future__ import annotations

SENTENCE_STOPS = ".!?\n"


def sentence_start(text: str, at: int, stops: str = SENTENCE_STOPS) -> int:
    """Where the sentence holding position `at` opens: just after the last stop before it
    (0 when there is none). `stops` widens the marks (";" for a clause of its own)."""
    return max(text.rfind(c, 0, at) for c in stops) + 1


def sentence_end(text: str, at: int, stops: str = SENTENCE_STOPS) -> int:
    """Where the sentence holding position `at` closes: at the first stop from `at` on (the
    text's end when there is none)."""
    return min((k for k in (text.find(c, at) for c in stops) if k != -1), default=len(text))
