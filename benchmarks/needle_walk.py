"""Replay the needle index's work on benchmark comments: `python -m benchmarks.needle_walk`.

The needle index (`lexicon.Needles`, `NeedleIndex`) answers which of many regexes may match a
text; its parts cost a few µs each, too little for `benchmarks.screening` to tell a change in
them through other load. This screens WARM comments of that benchmark (so the token memo is as
full as in a long run), records every call of the index over the next N, and times the calls
again on their own, each part alone (CPU time, best of REPEATS): the candidate walks, the same
walks with the strings with white space taken as found (what looking for them costs), the
texts' token masks, and the first sight of a token (its trie `findall`, then the mask built
from the pieces). Every replayed answer is checked against the recorded one, so a variant of
a part can be timed here against the engine's, on the same calls, before a whole benchmark.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from benchmarks.screening import comments

WARM, N, REPEATS = 2_000, 1_000, 5


def _best(fn: Callable[[], object]) -> float:
    """The least CPU time of REPEATS runs of `fn`, in seconds."""
    best = float("inf")
    for _ in range(REPEATS):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    from moderation.policy import Submission, screen
    from moderation.policy import lexicon as lx

    lx.load()
    texts, source = comments(WARM + N)
    for text in texts[:WARM]:
        screen(Submission(text=text))

    walks: list[tuple[lx.Needles, str, int, list[int]]] = []
    masks: list[tuple[lx.NeedleIndex, list[str], int]] = []
    sights: list[tuple[lx._MaskMemo, str]] = []
    candidates, tokens_mask = lx.Needles._candidates, lx.NeedleIndex.tokens_mask
    read = lx._MaskMemo._read

    def record_walk(self: lx.Needles, text: str, m: int) -> list[int]:
        found = candidates(self, text, m)
        walks.append((self, text, m, found))
        return found

    def record_mask(self: lx.NeedleIndex, tokens) -> int:
        tokens = list(tokens)
        found = tokens_mask(self, tokens)
        masks.append((self, tokens, found))
        return found

    def record_sight(self: lx._MaskMemo, token: str) -> int:
        sights.append((self, token))
        return read(self, token)

    lx.Needles._candidates = record_walk
    lx.NeedleIndex.tokens_mask = record_mask
    lx._MaskMemo._read = record_sight
    try:
        for text in texts[WARM:]:
            screen(Submission(text=text))
    finally:
        lx.Needles._candidates = candidates
        lx.NeedleIndex.tokens_mask = tokens_mask
        lx._MaskMemo._read = read

    def replay() -> None:
        for needles, text, m, _found in walks:
            needles.index.last = (None, 0, 0)  # each text's `sets` worked out as in place
            needles._candidates(text, m)

    assert all(n._candidates(t, m) == found for n, t, m, found in walks), "walks differ"
    assert all(index.tokens_mask(t) == found for index, t, found in masks), "masks differ"
    spelled = lx.Needles._spelled
    walk = _best(replay)
    lx.Needles._spelled = lambda self, text, bits: True
    try:
        unspelled = _best(replay)
    finally:
        lx.Needles._spelled = spelled
    mask = _best(lambda: [index.tokens_mask(t) for index, t, _found in masks])
    sight = _best(lambda: [memo._read(token) for memo, token in sights])
    findall = _best(lambda: [memo.rx.findall(token) for memo, token in sights])

    def us(seconds: float) -> str:
        return f"{seconds / N * 1e6:6.1f} µs a comment"

    print(f"comments: {N:,} after {WARM:,} screened to warm the memos, from {source}")
    print(f"candidate walks: {us(walk)} ({len(walks) / N:.1f} a comment)")
    print(f"  of which strings with white space looked for: {us(walk - unspelled)}")
    print(f"texts' token masks: {us(mask)} ({len(masks) / N:.1f} a comment)")
    print(f"first sights of tokens: {us(sight)} ({len(sights) / N:.1f} a comment)")
    print(f"  of which the trie's findall: {us(findall)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
