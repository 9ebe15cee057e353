"""The one hold-only hit of the Spanish implicit-hate rules (`hate.es_*`): the first shape a
comment does not condemn, set apart, dismiss afterwards or (where asked for) ask back as a
question. Shared so that the five rules built on the same guards read them the same way."""

from __future__ import annotations

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit
from moderation.policy.rules.context import dismissed_after
from moderation.policy.rules.hate_es_implicit import _asked
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
        if set_apart(an, first, last) or dismissed_after(an, last):
            continue
        if asked and _asked(an, first):
            continue
        return [Hit(rule_id, score, (an.span(first, last),), what, cap_hold=True)]
    return []
