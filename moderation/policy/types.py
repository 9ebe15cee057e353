"""The engine's contract: what goes in (a Submission), what comes out (a Verdict with Findings).

Plain frozen dataclasses so verdicts can be shared between threads and snapshotted as JSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum


class Action(StrEnum):
    APPROVE = "approve"
    HOLD = "hold"
    REJECT = "reject"


SEVERITY = {Action.APPROVE: 0, Action.HOLD: 1, Action.REJECT: 2}


class Category(StrEnum):
    HATE = "hate"
    PROFANITY = "profanity"
    LIBEL = "libel"
    TROLL = "troll"
    SPAM = "spam"


@dataclass(frozen=True, slots=True)
class PolicyConfig:
    """The tunable part of the policy, from the active PolicySettings row (or defaults).

    thresholds: per category, {"hold": score, "reject": score}; a finding's score at or above
    "reject" rejects, at or above "hold" holds. extra terms are moderator-added words.
    """

    version: str = "default"
    thresholds: dict[str, dict[str, float]] = field(default_factory=dict)
    extra_blocked_terms: tuple[str, ...] = ()
    extra_allowed_terms: tuple[str, ...] = ()
    links_to_hold: int = 2
    profanity_excessive: int = 2


@dataclass(frozen=True, slots=True)
class Context:
    """What the caller knows about the comment's surroundings; gathered before screening."""

    author_name: str = ""
    article_title: str = ""
    article_author: str = ""
    parent_author: str = ""
    parent_text: str = ""
    recent_texts: tuple[str, ...] = ()  # the same author's recent comments, newest first
    other_commenters: tuple[str, ...] = ()  # names of people in the thread

    def participants(self) -> tuple[str, ...]:
        """The names of the people in the conversation: the article's author, the comment
        answered and the other commenters (the people an insult or a claim may be about)."""
        names = (self.article_author, self.parent_author, *self.other_commenters)
        return tuple(n for n in names if n)


@dataclass(frozen=True, slots=True)
class Submission:
    text: str
    context: Context = field(default_factory=Context)
    lang: str | None = None  # "en", "es" or None to detect
    config: PolicyConfig = field(default_factory=PolicyConfig)


@dataclass(frozen=True, slots=True)
class Finding:
    category: Category
    rule: str  # stable id, e.g. "hate.slur"
    clause: str  # anchor of the posted policy's clause, e.g. "offensive"
    score: float  # in [0, 1]
    action: Action  # what this finding alone calls for
    evidence: tuple[tuple[int, int], ...] = ()  # spans into the ORIGINAL text
    explanation: str = ""

    def to_dict(self) -> dict:
        return {
            "category": str(self.category),
            "rule": self.rule,
            "clause": self.clause,
            "score": round(self.score, 4),
            "action": str(self.action),
            "evidence": [list(span) for span in self.evidence],
            "explanation": self.explanation,
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    action: Action
    policy_version: str
    findings: tuple[Finding, ...] = ()
    lang: str = "en"

    @property
    def categories(self) -> list[str]:
        seen: list[str] = []
        for f in self.findings:
            if f.action != Action.APPROVE and str(f.category) not in seen:
                seen.append(str(f.category))
        return seen

    @property
    def deciding(self) -> Finding | None:
        """The most severe finding (ties: highest score): the one a reader is told about."""
        relevant = [f for f in self.findings if f.action != Action.APPROVE]
        if not relevant:
            return None
        return max(relevant, key=lambda f: (SEVERITY[f.action], f.score))

    def to_dict(self) -> dict:
        return {
            "action": str(self.action),
            "categories": self.categories,
            "policy_version": self.policy_version,
            "lang": self.lang,
            "findings": [f.to_dict() for f in self.findings],
        }


__all__ = [
    "SEVERITY",
    "Action",
    "Category",
    "Context",
    "Finding",
    "PolicyConfig",
    "Submission",
    "Verdict",
    "asdict",
]
