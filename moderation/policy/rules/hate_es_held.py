"""The one hold-only hit of the Spanish implicit-hate rules (`hate.es_*`): the first shape a
comment does not condemn, set apart, dismiss afterwards or (where asked for) ask back as a
question; and the first match a rule's shapes find that the writer says as their own
(`first_own_shape`). Shared so that the rules built on the same guards read them the same way."""

from __future__ import annotations

import re
from collections.abc import Iterable

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit
from moderation.policy.rules.context import dismissed_after
from moderation.policy.rules.context.others_belief import OTHERS_BELIEF
from moderation.policy.rules.hate_es_implicit import (
    asked_es,
    own_shape,
    reported_before,
    sided_after,
)
from moderation.policy.rules.hate_es_short import NEG_BEFORE_ES, units_inside
from moderation.policy.rules.hate_everyday.counter_speech import condemns, set_apart


def held_shape(
    an: Analysis,
    rule_id: str,
    score: float,
    shapes: list[tuple[int, int, str]],
    *,
    asked: bool = False,
) -> list[Hit]:
    """A hold for the first of `shapes` (first unit, last unit, explanation) that no guard
    lets pass; `asked` also lets a shape asked as a question pass."""
    if not shapes or condemns(an):
        return []
    for first, last, what in shapes:
        if set_apart(an, first, last, sided=sided_after(an, last)) or dismissed_after(an, last):
            continue
        if asked and asked_es(an, first):
            continue
        return [Hit(rule_id, score, (an.span(first, last),), what, cap_hold=True)]
    return []


def first_own_shape(
    words: str,
    offsets: list[int],
    index: list[int],
    matches: Iterable[re.Match],
    what: str,
    before: int = 40,
) -> list[tuple[int, int, str]]:
    """The first of `matches` (over `masked_words`' text) the writer says as their own
    (`own_shape`, reading `before` characters back), as the one-shape list `held_shape` takes;
    empty when none is. `matches` is read lazily, so a filtering generator stops at the first
    shape that counts, as the rules' own loops did."""
    for m in matches:
        shape = own_shape(words, offsets, index, m, what, before)
        if shape:
            return [shape]
    return []


def asserted_units(
    words: str,
    offsets: list[int],
    index: list[int],
    span: tuple[int, int],
    said: re.Pattern,
) -> tuple[int, int] | None:
    """The units of a group-and-line `span` in the masked `words`, or None when the writer does
    not assert it: the words are told as someone else's before the group or before the line
    ("me dijeron que ...", "hay quien cree que ...") in the same sentence, or a negation stands
    just before the group."""
    a, b = span
    at_line = max((m.start() for m in said.finditer(words, a, b)), default=a)
    for at in (a, at_line):
        # a frame of saying in an earlier sentence ("me obligan a decir que X. Es ...") does
        # not govern this one
        stop = words.rfind(" . ", 0, at)
        lo = max(0, at - 60, stop + 3 if stop >= 0 else 0)
        before = words[lo:at]
        if OTHERS_BELIEF.search(before) or reported_before(before, words, lo):
            return None
    if NEG_BEFORE_ES.search(words, max(0, a - 20, words.rfind(",", 0, a)), a):
        return None
    inside = units_inside(offsets, index, a, b)
    return (inside[0], inside[-1]) if inside else None
