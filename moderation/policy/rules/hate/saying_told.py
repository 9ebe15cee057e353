"""A Spanish saying told as someone else's and left bare ("Mi abuela decía que los X eran
tramposos."): the writer neither sides with it nor answers it, so a reader should judge it.
The rules that would reject the line as the writer's own hold it instead."""

from __future__ import annotations

import dataclasses

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit
from moderation.policy.rules.hate_reread.sided_es import told_unsided_es


def saying_told_bare_es(an: Analysis, at: int) -> bool:
    """The sentence holding original-text offset `at` opens with someone else's saying before
    it, with no agreement right after (agreed, `hate.reread` reads it as the writer's own)."""
    if an.lang != "es":
        return False
    run = [u for u in an.units if an.span(u.index, u.index)[1] > at]
    if not run:
        return False
    s = run[0].sentence
    run = [u for u in an.units if u.sentence == s]
    start, end = an.span(run[0].index, run[-1].index)
    if at <= start:
        return False  # the line opens the sentence: no teller before it
    original = an.norm.original
    while end < len(original) and original[end] in "?!.":
        end += 1
    return told_unsided_es(original[start:end], original[end:], at - start)


def held_when_told_bare(an: Analysis, hits: list[Hit]) -> list[Hit]:
    """`hits` with those inside a bare saying of someone else's capped at a hold."""
    return [
        dataclasses.replace(h, cap_hold=True)
        if h.evidence and saying_told_bare_es(an, h.evidence[0][0])
        else h
        for h in hits
    ]
