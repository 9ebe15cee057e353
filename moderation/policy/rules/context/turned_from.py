"""A verdict the writer turns away from: "Both are wrong. But I'll say this: ..." judges what
came before, and the "but" opening a later sentence starts the writer's own line."""

from __future__ import annotations

from moderation.policy.analysis import Analysis

# Words that open a sentence turning from what was said before it.
_TURNS = frozenset({"but", "however", "pero", "sin embargo", "still"})


def turned_from(an: Analysis, k: int, first: int) -> bool:
    """The condemnation at unit k stands in a sentence before the words at `first`, and a
    sentence after it, up to theirs, opens with a turn ("But", "Pero"): it judged something
    else, and the writer's words come after the turn."""
    units = an.units
    verdict, claim = units[k].sentence, units[first].sentence
    if verdict >= claim:
        return False
    for j in range(k + 1, first + 1):
        u = units[j]
        if u.sentence > verdict and units[j - 1].sentence < u.sentence and u.text in _TURNS:
            return True
    return False
