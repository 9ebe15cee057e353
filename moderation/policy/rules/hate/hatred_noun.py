"""Hatred named as a thing others show a group ("Lots of hate for migrants on here", "so much
hate toward trans kids lately", "tanto odio contra los migrantes"): the noun after a measure
word, then "for"/"toward", tells of what is in the air, not of the writer's feeling. "I have
nothing but hate for X" or "all my hate for X" keep the writer as the one who hates, and "...,
and they deserve it" after it shares the hatred."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

# Measure words that make "hate"/"odio" a noun: "lots of hate", "so much hate", "tanto odio".
_MEASURES = frozenset(
    {"lots of", "a lot of", "so much", "too much", "much", "such", "the", "all this", "all the",
     "this", "more", "plenty of", "tanto", "mucho", "tanto odio", "cuanto", "el", "este", "ese"}
)  # fmt: skip
_TOWARD = frozenset({"for", "toward", "towards", "against", "contra", "hacia", "por"})
# The writer's own: a first person or "nothing but" before the noun.
_OWN = frozenset({"i", "we", "my", "our", "me", "mi", "mis", "yo", "nothing but", "only"})
# The writer sharing it after: "and they deserve it", "rightly", "y se lo merecen".
_SHARED = re.compile(
    r"\b(?:deserve|deserved|earned|rightly|as (?:they|it) should|good|i get it|i agree|"
    r"merecen|merecido|ganado|con razon|bien merecido)\b"
)


def hatred_as_noun(an: Analysis, pred: Unit) -> bool:
    """`pred` is the noun "hate" after a measure word and before "for"/"toward", with no first
    person or "nothing but" before it in its sentence."""
    k = pred.index
    units = an.units
    if pred.code != "H" or k == 0 or k + 1 >= len(units):
        return False
    before, after = units[k - 1], units[k + 1]
    if before.sentence != pred.sentence or after.sentence != pred.sentence:
        return False
    if before.text not in _MEASURES or after.text not in _TOWARD:
        return False
    if pred.text not in ("hate", "hatred", "odio"):
        return False
    earlier = (u for u in units[:k] if u.sentence == pred.sentence)
    if any(u.code == "I" or w in _OWN for u in earlier for w in (u.text, *u.text.split())):
        return False
    end = max(u.end for u in units[k:] if u.sentence == pred.sentence)
    return _SHARED.search(an.norm.text, pred.end, end) is None
