"""`troll.repeat`: the same comment pasted again by its author."""

from __future__ import annotations

import difflib

from moderation.policy.analysis import Analysis
from moderation.policy.normalize import fold_term
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.troll.letters import WORD
from moderation.policy.types import Category, Submission


def _squash(text: str) -> str:
    return " ".join(WORD.findall(fold_term(text)))


@rule("troll.repeat", Category.TROLL)
def repeat(an: Analysis, sub: Submission) -> list[Hit]:
    """The same comment pasted again (the caller passes the author's recent comments)."""
    if not sub.context.recent_texts:
        return []
    mine = _squash(sub.text)
    if len(mine) < 20:
        return []
    same = 0
    for other in sub.context.recent_texts[:20]:
        theirs = _squash(other)
        if theirs == mine or (
            abs(len(theirs) - len(mine)) < 0.2 * len(mine)
            and difflib.SequenceMatcher(None, mine, theirs).ratio() >= 0.9
        ):
            same += 1
    if not same:
        return []
    score = 0.75 if same >= 2 else 0.6
    return [Hit("troll.repeat", score, ((0, len(sub.text)),), f"repeated {same} time(s)")]
