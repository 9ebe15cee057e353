"""`hate.directed`: a derogatory generalisation said to the reader's group ("you X are ...")."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import suppressed
from moderation.policy.rules.hate.guards import (
    finish,
    scan,
)
from moderation.policy.rules.hate.judged_for_group import judged_for_group
from moderation.policy.rules.hate.vocative import vocative_group
from moderation.policy.rules.hate.words import (
    CLEAR,
    F,
)
from moderation.policy.types import Category, Submission

_DIRECTED = re.compile(rf"U{F}(?:C{F})?(?:(?P<p>[XDY]){F}(?P<g>G)|(?P<g2>G){F}(?P<p2>[XD]))")


@rule("hate.directed", Category.HATE)
def directed(an: Analysis, sub: Submission) -> list[Hit]:
    """Abuse of a person for belonging to a group: 'you stupid woman', 'you Muslim scum'."""
    hits: list[Hit] = []
    if "G" not in an.codes:
        # every shape here needs a named group, but "because she's black" names a race by
        # its colour alone (`judged_for_group`)
        return judged_for_group(an) if "because" in an.norm.text else hits
    for first, last, _idx, _m in scan(an, _DIRECTED, ("g", "p")):
        if suppressed(an, first, last):
            continue
        finish(an, hits, "hate.directed", CLEAR, first, last, "abuse aimed at a group member")
    # "Cállate, judío": the group word as an insult; "You're stupid because you're a woman"
    return hits[:1] or vocative_group(an) or judged_for_group(an)
