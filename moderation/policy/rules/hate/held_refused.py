"""A group said not to belong in a cage, a camp or a cell ("Refugee children don't belong in
cages", "Asylum seekers do not belong in detention", "los migrantes no pertenecen a las
cárceles"): a defence of the people against how they are held, so `hate.derogation` and
`hate.broad` leave it, and `defence_frame` leaves it to the rules (the blog model read "do not
belong"). Without the negation ("X belong in cages"), with a place they are shut out of ("X
don't belong here", "... in our schools"), or with a send-off or another cell beside it ("...
in camps, they belong back home", "..., they belong in jail") the phrase stands."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.hate.credited import rest_of

_NOT_BELONG = frozenset(
    {"don't belong", "do not belong", "dont belong", "doesn't belong", "does not belong",
     "no pertenecen", "no pertenece", "no pertenecen a", "no pertenece a"}
)  # fmt: skip
_HELD = re.compile(
    r"\s*(?:(?:in|inside|behind|a|en)\s+)?(?:(?:a|an|the|those|these|such|any|cold|metal|"
    r"chain-link|la|las|el|los|unas?|unos|"
    r"overcrowded|crowded|filthy|detention|immigration|internment|prison|concentration|"
    r"refugee|holding)\s+)*"
    r"(?:cages?|detention|custody|camps?|cells?|prisons?|jails?|chains|shackles|handcuffs|"
    r"bars|tents|warehouses|centers|centres|facilities|pens?|jaulas?|carcel|carceles|celdas?|"
    r"prision|prisiones|centros? de detencion|hieleras?|campamentos?)\b"
)
_SENT_BACK = re.compile(
    r"\b(?:back (?:home|where|to|in)|their own countr\w*|go home|sent home|deport\w*|"
    r"out of (?:here|our|this)|su pais|sus paises|de donde vinieron|de regreso|fuera|"
    r"(?:belong|pertenecen) (?:in|a|en) (?:\w+ )?(?:jails?|prisons?|cages?|carcel\w*|jaulas?))\b"
)


def held_refused(an: Analysis, pred: Unit) -> bool:
    """Is `pred` a negated "belong" followed by a place people are held in, and no send-off
    in the rest of its sentence?"""
    if pred.text not in _NOT_BELONG:
        return False
    text = an.norm.text
    m = _HELD.match(text, pred.end)
    return m is not None and not _SENT_BACK.search(rest_of(text[m.end() :], 1))
