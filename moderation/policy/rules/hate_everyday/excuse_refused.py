"""A shape said as what nothing excuses: "One theft is no excuse to deport all of them", "no
es pretexto para correr a todos los X". The shut-out act is named in order to be refused."""

from __future__ import annotations

import re

# Ends the masked sentence's words before the shape: the act is the object of the refusal.
_REFUSED_BEFORE = re.compile(
    r"\b(?:no|not an?|never an?|hardly an?) (?:excuse|reason|justification|grounds|pretext) "
    r"(?:to|for)(?: \S+){0,3} ?$|"
    r"\bnothing (?:justifies|excuses)(?: \S+){0,3} ?$|"
    r"\bno (?:es|son|hay|era|sera) (?:\S+ )?(?:excusa|motivo|razon|pretexto|justificacion) "
    r"(?:para|de)(?: \S+){0,3} ?$|"
    r"\bnada justifica(?: \S+){0,3} ?$"
)


def excuse_refused(before: str) -> bool:
    """`before` (the masked sentence up to the shape) ends in "is no excuse to", "nothing
    justifies", "no es motivo para" and at most three words more."""
    return _REFUSED_BEFORE.search(before) is not None
