"""Combine the rules' findings into one verdict (placeholder until the full engine lands).

This minimal engine honours the contract: it rejects moderator-added blocked terms, holds
comments with many links (as WordPress does) and approves everything else.
"""

import re

from moderation.policy.types import Action, Category, Finding, Submission, Verdict

_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)


def screen(submission: Submission) -> Verdict:
    links = [m.span() for m in _URL.finditer(submission.text)]
    findings: list[Finding] = []
    if len(links) >= submission.config.links_to_hold:
        findings.append(
            Finding(
                category=Category.SPAM,
                rule="spam.links",
                clause="spam",
                score=0.6,
                action=Action.HOLD,
                evidence=tuple(links),
                explanation=f"{len(links)} links",
            )
        )
    lowered = submission.text.casefold()
    for term in submission.config.extra_blocked_terms:
        needle = term.casefold()
        spans = []
        start = lowered.find(needle) if needle else -1
        while start != -1:
            spans.append((start, start + len(needle)))
            start = lowered.find(needle, start + len(needle))
        if spans:
            findings.append(
                Finding(
                    category=Category.TROLL,
                    rule="custom.blocked_term",
                    clause="troll",
                    score=1.0,
                    action=Action.REJECT,
                    evidence=tuple(spans),
                    explanation=f"blocked term {term!r}",
                )
            )
    if any(f.action == Action.REJECT for f in findings):
        action = Action.REJECT
    else:
        action = Action.HOLD if findings else Action.APPROVE
    return Verdict(
        action=action, policy_version=submission.config.version, findings=tuple(findings)
    )
