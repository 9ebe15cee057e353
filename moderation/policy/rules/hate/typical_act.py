"""The act after "Typical X, always ...", read for a fault: "Typical X, always stealing" sneers,
"Typical X, always bringing tamales to every party" calls a kindness typical. The act is a
fault when the engine's own readings of faults find one in it (`faulty_act`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from moderation.policy.analysis import Unit
from moderation.policy.rules.hate_everyday.kindly import FAULT
from moderation.policy.rules.hate_generalised.crimes import CRIME_EN, CRIME_EN_MORE
from moderation.policy.rules.hate_generalised.patterns import EN

# Codes of a word that is a fault by itself (negative, dehumanising, violent, a slur ...): after
# the group, they keep "typical X, ..." a sneer.
HOSTILE = frozenset("SXYyDHWVKZ")
# An act set against the one it should have been ("crying instead of budgeting"): a reproach.
_REPROACH = re.compile(r"\b(?:instead of|rather than)\b")
# Words in "-ing" that are no act ("always something", "always in the morning").
_NOT_ACTS = ("thing", "morning", "evening", "during", "ceiling", "wedding", "building")


def gerund_act(rest: Sequence[Unit]) -> int | None:
    """Where the act opens in the words after the group: the first word past "always" and the
    like, when it is a verb in "-ing" ("always bringing food"); else None."""
    k = next((i for i, u in enumerate(rest) if u.code != "A"), None)
    if k is None:
        return None
    word = rest[k].text
    if len(word) < 5 or not word.endswith("ing") or word.endswith(_NOT_ACTS):
        return None
    return k


def _bases(gerund: str) -> set[str]:
    """The plain verbs an English "-ing" form may come from ("taking" take, "begging" beg,
    "lying" lie, "stealing" steal): each is tried, so a spelling guessed wrong costs nothing."""
    if gerund == "being":
        return {"are"}  # "always being late" as "X are late"
    stem = gerund[:-3]
    out = {stem, stem + "e"}
    if stem.endswith("y"):
        out.add(stem[:-1] + "ie")
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.add(stem[:-1])
    return out


def faulty_act(act: Sequence[Unit]) -> bool:
    """The act names a fault: a word that is one (a negative, dehumanising or violent word, a
    swear, an insult, a crime), a fault of `kindly._FAULT`, a reproach ("... instead of
    working"), or, said as the group's habit ("X take our jobs", "X are always causing
    trouble"), a crime or a vice family of `hate.generalised`. "Typical" already puts it down
    to the group, so a mild fault counts."""
    if any(
        u.code in HOSTILE or u.has("PROF") or u.has("INS") or u.has("S") or u.has("crime")
        for u in act
    ):
        return True
    words = " ".join(u.text for u in act)
    if FAULT.search(words) or _REPROACH.search(words):
        return True
    gerund, _, tail = words.partition(" ")
    said = [f"GRP are always {words}"] + [f"GRP {b} {tail}".rstrip() for b in _bases(gerund)]
    return any(rx.search(s) for s in said for rx in (CRIME_EN, CRIME_EN_MORE, *(p for _, p in EN)))
