"""Factories for the moderation tests: comments in any status, moderators, engine decisions."""

import itertools

from comments.models import Comment
from moderation.audit import decision_log
from moderation.models import Decision, Report
from tests.factories import make_article, make_user

_seq = itertools.count(1)


def verdict(action: str = "hold", *findings: dict) -> dict:
    return {
        "action": action,
        "categories": sorted({f["category"] for f in findings if f["action"] != "approve"}),
        "policy_version": "default",
        "lang": "en",
        "findings": list(findings),
    }


def finding(category: str = "troll", action: str = "hold", score: float = 0.7, evidence=()):
    return {
        "category": category,
        "rule": f"{category}.test",
        "clause": category,
        "score": score,
        "action": action,
        "evidence": [list(s) for s in evidence],
        "explanation": "",
    }


def make_comment(*, status: str = Comment.Status.HELD, engine: bool = True, **kw) -> Comment:
    """A comment as the comments app would leave it, with the engine's Decision row."""
    n = next(_seq)
    kw.setdefault("article", kw.pop("article", None) or make_article())
    kw.setdefault("author_name", f"Reader {n}")
    kw.setdefault("author_email", f"reader{n}@example.com")
    kw.setdefault("text", f"Comment number {n}, written for the tests.")
    kw.setdefault("raw_text", kw["text"])
    kw.setdefault("ip_hash", f"iphash{n:04d}")
    if "verdict" not in kw:
        kw["verdict"] = (
            verdict("hold", finding()) if status == Comment.Status.HELD else verdict("approve")
        )
    kw.setdefault("policy_version", "default")
    comment = Comment.objects.create(status=status, **kw)
    if engine:
        decision_log(
            comment=comment,
            actor_kind=Decision.Actor.ENGINE,
            action=comment.verdict.get("action", "approve"),
            from_status="",
            to_status=status,
            findings=comment.verdict.get("findings", []),
            policy_version="default",
        )
    return comment


def make_moderator(**kw):
    return make_user(groups=["Moderators"], **kw)


def make_report(*, comment: Comment, reporter_key: str | None = None, **kw) -> Report:
    kw.setdefault("reason", Report.Reason.TROLL)
    report = Report.objects.create(
        comment=comment, reporter_key=reporter_key or f"key{next(_seq)}", **kw
    )
    Comment.objects.filter(pk=comment.pk).update(report_count=comment.reports.count())
    return report
