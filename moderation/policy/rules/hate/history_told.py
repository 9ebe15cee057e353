"""A group's exclusion told as history: "Growing up, Black families were not welcome in this
neighborhood", "Jews were not allowed at the country club back then". The past copula makes it
an account of what was done to them, the reading `hate.negated_positive` and `hate.broad`
already give their past tenses; a present or future said after it ("... and never will be",
"still aren't") keeps the exclusion the writer's own."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.hate.words import _EXCLUSION_WORDS, _PAST_COPULAS

# Words after the predicate, in its sentence, that carry the exclusion into now (contractions
# come expanded: "won't" is "will not").
_STILL = frozenset(
    {"will", "still", "now", "today", "anymore", "ever", "yet",
     "ahora", "hoy", "siguen", "sigue", "todavia", "aun", "seran", "nunca"}
)  # fmt: skip


def exclusion_told_as_history(an: Analysis, first: int, pred: Unit) -> bool:
    """`pred` denies a group a welcome or leave ("not welcome", "not allowed") and the copula
    between the group and it is past ("were", "was"), with nothing after it carrying it into
    the present."""
    if _EXCLUSION_WORDS.isdisjoint(pred.text.split()):
        return False
    if not any(an.units[k].text in _PAST_COPULAS for k in range(first, pred.index)):
        return False
    return not carried_into_now(an, pred)


def carried_into_now(an: Analysis, pred: Unit) -> bool:
    """A word after the predicate, in its sentence, that says the exclusion holds now or will
    ("... and never will be", "... and they still aren't")."""
    after = (u for u in an.units[pred.index + 1 :] if u.sentence == pred.sentence)
    return any(w in _STILL for u in after for w in u.text.split())
