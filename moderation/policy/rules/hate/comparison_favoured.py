"""A comparison in a group's favour: "Immigrants commit less crime than people born here",
"refugees get fewer arrests than ..." The "less" before a harm denies the group nothing; the
good word after "than" ("people") is the other side of the comparison, not a quality denied.
"Immigrants are worth less than people" and "less human than us" stay read: nothing, or a
quality, stands between the comparative and "than". A "more" denied before it counts the same
("Immigrants don't commit more crime than people born here"): the group does no more of the
harm, while the same words with no negation remain a charge for the other rules."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

_COMPARATIVES = frozenset({"less", "fewer", "lower", "menos"})
# Comparatives that favour the group only under a negation before them ("don't commit more").
_MORE = frozenset({"more", "higher", "greater", "mas"})
_THAN = frozenset({"than", "que"})
# Harms a group may be said to do less of: having fewer of these is in its favour.
_HARMS = re.compile(
    r"(?:violent |serious |property |street )?(?:crimes?|crime rates?|violence|offen[cs]es|"
    r"arrests?|murders?|homicides?|felon(?:y|ies)|incarcerations?|convictions?|dui'?s?|"
    r"drugs?|welfare|handouts|delitos?|violencia|crimenes|homicidios|arrestos|detenciones)"
)


def harm_compared_less(an: Analysis, first: int, p: int) -> bool:
    """Between `first` and the good word `p` a comparative ("less", "menos", or a "more" after
    a negation) is followed by a harm and then "than"/"que" right before `p`'s phrase: the
    group does less of the harm, or no more of it."""
    units = an.units
    for k in range(first, p):
        denied_more = units[k].text in _MORE and any(units[j].code == "N" for j in range(first, k))
        if units[k].text not in _COMPARATIVES and not denied_more:
            continue
        than = next((j for j in range(k + 1, p) if units[j].text in _THAN), None)
        if than is None or than == k + 1:
            return False  # "worth less than people": nothing compared but the group itself
        harm = " ".join(units[j].text for j in range(k + 1, than))
        return _HARMS.fullmatch(harm) is not None
    return False
