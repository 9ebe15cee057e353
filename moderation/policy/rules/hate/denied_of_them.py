"""A hostile noun put as its own clause's subject and denied of the group at once ("Sobre las
X: el problema no son ellas, es el sistema", "The problem is not them"): the group is cleared
of it, not called it."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit


def denied_of_them(an: Analysis, pred: Unit) -> bool:
    """`pred` is followed in its sentence by a negation, a copula and the group's pronoun."""
    units, k = an.units, pred.index
    if k + 3 >= len(units) or units[k + 3].sentence != pred.sentence:
        return False
    return units[k + 1].code == "N" and units[k + 2].code == "C" and units[k + 3].has("T")
