"""A group said not to belong in a cage, a camp or a cell ("Refugee children don't belong in
cages", "Asylum seekers do not belong in detention"): a defence of the people against how they
are held, so `hate.derogation` leaves it. Without the negation ("X belong in cages"), with a
place they are shut out of ("X don't belong here", "... in our schools"), or with a send-off
beside it ("... in camps, they belong back home") the phrase stands."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.hate.credited import _rest_of

_NOT_BELONG = frozenset(
    {"don't belong", "do not belong", "dont belong", "doesn't belong", "does not belong"}
)
_HELD = re.compile(
    r"\s*(?:in|inside|behind)\s+(?:(?:a|an|the|those|these|such|any|cold|metal|chain-link|"
    r"overcrowded|crowded|filthy|detention|immigration|internment|prison|concentration|"
    r"refugee|holding)\s+)*"
    r"(?:cages?|detention|custody|camps?|cells?|prisons?|jails?|chains|shackles|handcuffs|"
    r"bars|tents|warehouses|centers|centres|facilities|pens?)\b"
)
_SENT_BACK = re.compile(
    r"\b(?:back (?:home|where|to|in)|their own countr\w*|go home|sent home|deport\w*|"
    r"out of (?:here|our|this))\b"
)


def held_refused(an: Analysis, pred: Unit) -> bool:
    """Is `pred` a negated "belong" followed by a place people are held in, and no send-off
    in the rest of its sentence?"""
    if pred.text not in _NOT_BELONG:
        return False
    text = an.norm.text
    m = _HELD.match(text, pred.end)
    return m is not None and not _SENT_BACK.search(_rest_of(text[m.end() :], 1))
