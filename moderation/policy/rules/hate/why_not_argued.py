"""A "why should X not ...?" question argues for what it seems to deny ("Why should women not be
treated as equals?", "Why shouldn't gay couples adopt?", "¿Por qué las mujeres no deberían
mandar?"): the negated modal of duty or possibility asks the reader to find a reason against,
and expects none. "Why do X never work?" or "Why can't X ever behave?" ask about a nature and
are left to the other readers."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context import is_question

_WHY_MODAL = re.compile(
    r"(?:(?:so|but|and|then|pero|y|entonces|pues)\W+)?"
    r"(?:why (?:should|shouldn'?t|would|wouldn'?t|could|couldn'?t|must)\b"
    r"|por ?que (?:\w+ ){0,3}no (?:deberian|deberia|tendrian que|tendria que|podrian|podria)\b)"
)


def why_not_argued(an: Analysis, first: int) -> bool:
    """The sentence holding unit `first` is a question opening "why should ..." (a negation
    follows in it, which is what the caller found) or "por qué ... no deberían ..."."""
    if not is_question(an, first):
        return False
    base = an.sentence_of(first)[0]
    return _WHY_MODAL.match(an.norm.text, an.units[base].start) is not None
