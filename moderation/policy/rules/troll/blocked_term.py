"""`custom.blocked_term`: the terms the moderators blocked in the active settings."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.normalize import fold_term
from moderation.policy.rules import Hit, rule
from moderation.policy.types import Category, Submission


@rule("custom.blocked_term", Category.TROLL)
def blocked_term(an: Analysis, sub: Submission) -> list[Hit]:
    """A term the moderators blocked in the active PolicySettings rejects."""
    if not sub.config.extra_blocked_terms:
        return []
    text = an.norm.text
    spans = []
    for term in sub.config.extra_blocked_terms:
        folded = fold_term(term)
        if not folded:
            continue
        for m in re.finditer(r"(?<![a-z0-9])" + re.escape(folded) + r"(?![a-z0-9])", text):
            spans.append(an.norm.span(m.start(), m.end()))
    if not spans:
        return []
    return [Hit("custom.blocked_term", 0.95, tuple(spans), "term blocked by the moderators")]
