"""`hate.directed`: a derogatory generalisation said to the reader's group ("you X are ...")."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import suppressed
from moderation.policy.rules.fondness import teased_friend
from moderation.policy.rules.hate.colour_called import colour_called
from moderation.policy.rules.hate.guards import (
    finish,
    scan,
)
from moderation.policy.rules.hate.judged_for_group import judged_for_group
from moderation.policy.rules.hate.vocative import vocative_group
from moderation.policy.rules.hate.words import (
    CLEAR,
    HOLD,
    F,
)
from moderation.policy.types import Category, Submission

_DIRECTED = re.compile(rf"U{F}(?:C{F})?(?:(?P<p>[XDY]){F}(?P<g>G)|(?P<g2>G){F}(?P<p2>[XD]))")
# "You Muslim bitch", "you fucking gay piece of shit": a strong insult (one of the lexicon's
# swear-word insults, which the attribute codes leave as plain words) with the reader's group
# word as its modifier, said to "you". Held: a person reads it.
_INSULT_AFTER = re.compile(rf"U{F}(?:C{F})?(?P<g>[Gg])(?P<i>w)")


def _strong_insult(unit: Unit) -> bool:
    """A swear word used as an insult ("bitch", "bastard", "piece of shit")."""
    return unit.entry is not None and unit.entry.meta("INS") == "strong" and unit.has("PROF")


def _group_insult(an: Analysis) -> list[Hit]:
    """'You Muslim bitch': the group word made part of the insult."""
    hits: list[Hit] = []
    for base, codes in an.sentences:
        for m in _INSULT_AFTER.finditer(codes):
            g, ins = an.units[base + m.start("g")], an.units[base + m.start("i")]
            if not g.has("G") or not _strong_insult(ins):
                continue
            first, last = base + m.start(), base + m.end() - 1
            if suppressed(an, first, last):
                continue
            finish(an, hits, "hate.directed", HOLD, first, last, "insult made of a group's name")
            return hits
    return hits


@rule("hate.directed", Category.HATE)
def directed(an: Analysis, sub: Submission) -> list[Hit]:
    """Abuse of a person for belonging to a group: 'you stupid woman', 'you Muslim scum'."""
    hits: list[Hit] = []
    if "G" not in an.codes:
        # every shape here needs a named group, but "because she's black" names a race by
        # its colour alone (`judged_for_group`), and "you Muslim bitch" one member
        if "g" in an.codes and "U" in an.codes:
            hits = _group_insult(an)
        if not hits and "U" in an.codes:
            hits = colour_called(an)  # "you fucking black": the colour alone, no group unit
        return hits or (judged_for_group(an) if "because" in an.norm.text else [])
    for first, last, _idx, m in scan(an, _DIRECTED, ("g", "p")):
        if suppressed(an, first, last):
            continue
        p, g = ("p", "g") if m.group("p") is not None else ("p2", "g2")
        if teased_friend(an, first + m.start(g) - m.start(), first + m.start(p) - m.start()):
            continue  # "Happy birthday, you crazy Mexican!": a friend teased
        finish(an, hits, "hate.directed", CLEAR, first, last, "abuse aimed at a group member")
    # "Cállate, judío": the group word as an insult; "You're stupid because you're a woman"
    return hits[:1] or _group_insult(an) or vocative_group(an) or judged_for_group(an)
