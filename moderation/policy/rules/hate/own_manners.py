"""Manners, not vices: the writer's own people teased for its manners ("We Mexicans are loud at
parties", "los mexicanos somos ruidosos en las fiestas"), and a manner told of a few counted
members ("Two very loud Catholics argued all night"). A vice said the same way ("somos
flojos", "those filthy Catholics") is still read."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

# Manners, not vices: how loud, late or dramatic a people is said to be.
_MANNERS = frozenset(
    {"loud", "noisy", "late", "dramatic", "ruidosos", "ruidosas", "escandalosos", "escandalosas",
     "impuntuales", "dramaticos", "dramaticas", "exagerados", "exageradas", "fiesteros",
     "fiesteras", "gritones", "gritonas"}
)  # fmt: skip
_WE = frozenset({"we", "nosotros", "nosotras"})
_WE_ARE = frozenset({"somos", "we are", "are"})


def own_manners(an: Analysis, g: int, pred: Unit) -> bool:
    """The group at g is the writer's own ("we X", "nosotros los X", "los X somos") and the
    predicate is one of its manners (`_MANNERS`)."""
    if pred.text not in _MANNERS or g >= pred.index:
        return False
    units = an.units
    between = [u.text for u in units[g + 1 : pred.index]]
    ours = (
        (g > 0 and units[g - 1].text in _WE)
        or (g > 1 and units[g - 1].code == "A" and units[g - 2].text in _WE)
        or any(w in _WE for w in between)  # "as Mexicans we are loud"
    )
    if "somos" in between:
        return True  # "los mexicanos somos ruidosos"
    return ours and any(w in _WE_ARE for w in between)


# A few members counted before the noun phrase: "two", "a couple of", "un par de", "3".
_COUNTED = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a couple of|a pair of|a few|"
    r"some|several|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|un par de|unos cuantos|"
    r"unas cuantas|unos|unas|algunos|algunas|varios|varias) $"
)
INTENSIFIERS = frozenset(
    {"very", "really", "quite", "rather", "pretty", "so", "super", "extremely", "muy", "bien",
     "bastante", "tan", "re"}
)  # fmt: skip


def counted_manners(an: Analysis, g: int, pred: Unit) -> bool:
    """The manner word and the group make one noun phrase (either order, intensifiers between:
    "very loud Catholics", "catolicos muy ruidosos") after a count of a few ("two", "a couple
    of", "un par de"): an episode of some people, not a trait of the group."""
    if pred.text not in _MANNERS or pred.sentence != an.units[g].sentence:
        return False
    lo, hi = min(g, pred.index), max(g, pred.index)
    units = an.units
    if any(units[k].text not in INTENSIFIERS for k in range(lo + 1, hi)):
        return False
    while lo > 0 and units[lo - 1].text in INTENSIFIERS and units[lo - 1].sentence == pred.sentence:
        lo -= 1
    start = units[lo].start
    return _COUNTED.search(an.norm.text, max(0, start - 30), start) is not None
