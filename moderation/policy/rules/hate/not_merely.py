"""A good quality said to be not all a group has ("X are not only fit to clean floors, they run
half the businesses", "las X no solo son capaces, son las mejores"): "not only" denies that
the quality is the whole of it, never the quality, so the negated-positive readings leave it."""

from __future__ import annotations

from moderation.policy.analysis import Analysis

_MERELY = frozenset(
    {"only", "just", "merely", "simply", "solo", "solamente", "unicamente", "nomas", "nada mas"}
)


def not_merely(an: Analysis, first: int, p: int) -> bool:
    """A negation between units `first` and `p` is "not only" / "no solo"."""
    units = an.units
    return any(units[k].code == "N" and units[k + 1].text in _MERELY for k in range(first, p))
