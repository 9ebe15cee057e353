"""'No person is illegal', 'ninguna persona es ilegal': a person word after "no" opens its
own clause as the subject, so the sentence denies nobody personhood (read by
`hate.negated_positive` and `hate.broad`)."""

from __future__ import annotations

from moderation.policy.analysis import Analysis

_NO_ONE = frozenset({"ninguna", "ningun", "ninguno", "no", "nadie"})


def no_one_subject(an: Analysis, p: int) -> bool:
    """ "Ninguna persona es ilegal", "no human being is illegal": the person word is the
    subject of its own clause (a "no" just before it, a copula just after)."""
    units = an.units
    return (
        0 < p < len(units) - 1
        and units[p - 1].text in _NO_ONE
        and units[p - 1].sentence == units[p].sentence
        and units[p + 1].code == "C"
    )
