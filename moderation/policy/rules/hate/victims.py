"""The group as the victim of a passive act whose agent is the hostile word: "X were attacked
by thugs", "los X fueron asaltados por unos delincuentes": the bad word is for the attackers."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

_PASSIVE_BY = re.compile(
    r"\s*(?:were|was|are|is|have been|has been|had been|got|get|being|fueron|fue|han sido|"
    r"ha sido|habian sido|son|eran|siendo|resultaron|quedaron)\s+(?:\w+\s+){0,2}?"
    r"(?:\w+(?:ed|en|ados|adas|idos|idas|ado|ada|ido|ida)|shot|hit|hurt|bitten|stung|struck|"
    r"mugged|robbed|caught)\s+(?:(?:by|por)\s+)(?:(?:a|an|the|some|several|local|armed|"
    r"masked|gang of|group of|band of|unos|unas|un|una|los|las|el|la|varios|varias|grupo de|"
    r"banda de|pandilla de)\s+){0,3}$"
)


# The hostile word as what the victims suffer from ("son víctimas de los delincuentes", "they
# are prey for the gangs"), with or without the group again as the subject.
_VICTIMS_OF = re.compile(
    r"\b(?:victims?|victimas?|prey|presa|presas|blancos?|targets?)\s+(?:of|de|for|para|del)\s+"
    r"(?:(?:a|an|the|some|local|armed|unos|unas|un|una|los|las|el|la|varios|varias|"
    r"grupos? de|bandas? de|pandillas? de|gangs? of)\s+){0,3}$"
)
# What lays the harm back on the group: "victims of criminals, meaning other X".
_TURNED_BACK = re.compile(
    r"[^.!?]{0,40}\b(?:meaning|o sea|es decir|other|otros|themselves|ellos mismos|each other|"
    r"unos a otros|de su propia|of their own)\b"
)


def victims_of(an: Analysis, g: int, pred: Unit) -> bool:
    """The group at unit g is the subject of a passive act and the hostile word `pred`, after
    it, is the act's agent ("Haitians were attacked by thugs"), or what they are the victims of
    ("los X son víctimas de los delincuentes")."""
    if pred.index <= g or an.units[g].sentence != pred.sentence:
        return False
    text = an.norm.text
    if _VICTIMS_OF.search(
        text, max(an.units[g].end, pred.start - 40), pred.start
    ) and not _TURNED_BACK.match(text, pred.end):
        return True
    return bool(_PASSIVE_BY.fullmatch(text, an.units[g].end, pred.start))
