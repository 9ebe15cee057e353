"""The rule `hate.generalised`: the first generalising sentence (`finder`) that is not held up
(`held_up`), not a discussion of figures with a source and not a sports report holds, or, for
a crime said of the whole group with no source in the comment, rejects.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate.team_judged import team_judged_in
from moderation.policy.rules.hate_generalised.finder import find
from moderation.policy.rules.hate_generalised.held_up import _held_up
from moderation.policy.rules.hate_generalised.masking import may_name, may_stand_in
from moderation.policy.types import Category, Submission

_REJECT, _HOLD = 0.9, 0.7

# Group words that also name a sports team ("Roma steal a late winner").
_TEAM_NAMES = frozenset({"roma", "indians"})
_SPORT = re.compile(
    r"\b(?:match|matches|game|games|derby|league|season|goal|goals|points?|coach|lazio|serie|"
    r"playoffs?|inning|pitcher|striker|keeper|penalty|win|wins|won|partido|liga|gol|goles)\b"
)

_SOURCE = re.compile(
    r"\b(?:study|studies|data|statistics|stats|census|survey|per capita|percent|according to|"
    r"report|reports|fbi|doj|estudio|estudios|datos|estadisticas|encuesta|censo|segun el)\b|%"
)


@rule("hate.generalised", Category.HATE)
def generalised(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold (or, for a crime, reject) a sentence that puts a vice on a whole protected group."""
    del sub
    if not an.units or an.lang not in ("en", "es"):
        return []
    if (
        "G" not in an.codes
        and "g" not in an.codes
        and not may_name(an, an.units)
        and not may_stand_in(an.units)
    ):
        return []
    for first, last, what, rejects in find(an):
        if _held_up(an, first, last):
            continue
        sentence = " ".join(u.text for u in an.sentence_run(first))
        if _SOURCE.search(sentence):
            continue  # figures with a source: a discussion of data
        group_words = {an.units[k].text for k in range(first, last + 1)}
        if group_words & _TEAM_NAMES and _SPORT.search(an.norm.text):
            continue  # "Roma steal it late against Lazio"
        if team_judged_in(an, first, last):
            continue  # "Argentinians are terrible at losing, every Copa América"
        strong = rejects and not _SOURCE.search(an.norm.text)
        return [
            Hit(
                "hate.generalised",
                _REJECT if strong else _HOLD,
                (an.span(first, last),),
                f"a vice put on a whole protected group: {what}",
                cap_hold=not strong,
            )
        ]
    return []
