"""Measures of the moderation: queue size and age, speed, who decides, and how often the engine
and the moderators agree, per category."""

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Count, Min
from django.utils import timezone

from comments.models import Comment
from moderation.models import Decision, Report
from moderation.selectors.queue import queue_queryset

WINDOW = 5000  # the most recent engine decisions looked at for agreement figures
STATUS_ACTIONS = ("approve", "reject", "spam", "edit-approve", "remove", "keep", "appeal-uphold")


@dataclass
class CategoryAgreement:
    category: str
    engine_holds: int = 0
    holds_decided: int = 0
    holds_published: int = 0  # moderators disagreed with the hold

    @property
    def published_share(self) -> float | None:
        return self.holds_published / self.holds_decided if self.holds_decided else None

    @property
    def agreement(self) -> float | None:
        share = self.published_share
        return None if share is None else 1 - share


@dataclass
class Stats:
    queue_size: int
    held: int
    oldest_held: datetime | None
    median_minutes_to_decision: float | None
    decisions_counted: int
    per_moderator: list[tuple[str, int]]
    agreement: list[CategoryAgreement]
    engine_approvals: int
    approvals_removed_after_reports: int
    removed_by_report_reason: dict[str, int] = field(default_factory=dict)

    @property
    def oldest_age(self) -> timedelta | None:
        return timezone.now() - self.oldest_held if self.oldest_held else None

    @property
    def approvals_removed_share(self) -> float | None:
        if not self.engine_approvals:
            return None
        return self.approvals_removed_after_reports / self.engine_approvals


def moderation_stats() -> Stats:
    held = Comment.objects.filter(status=Comment.Status.HELD).aggregate(
        n=Count("pk"), oldest=Min("created_at")
    )
    moderator_decisions = list(
        Decision.objects.filter(
            actor_kind=Decision.Actor.MODERATOR,
            comment__isnull=False,
            action__in=STATUS_ACTIONS,
        )
        .order_by("-created_at")
        .values_list("comment_id", "created_at", "comment__created_at", "to_status")[:WINDOW]
    )
    waits = [(at - posted).total_seconds() / 60 for _, at, posted, _ in moderator_decisions]
    per_moderator = [
        (row["actor__username"] or "(deleted user)", row["n"])
        for row in Decision.objects.filter(actor_kind=Decision.Actor.MODERATOR)
        .values("actor__username")
        .annotate(n=Count("pk"))
        .order_by("-n", "actor__username")
    ]
    # The final moderator outcome per comment (the newest decision wins).
    final: dict[int, str] = {}
    for comment_id, _, _, to_status in reversed(moderator_decisions):
        final[comment_id] = to_status
    by_category: dict[str, CategoryAgreement] = {}
    approvals = 0
    engine_rows = (
        Decision.objects.filter(actor_kind=Decision.Actor.ENGINE, comment__isnull=False)
        .order_by("-created_at")
        .values_list("comment_id", "to_status", "comment__verdict")[:WINDOW]
    )
    approved_ids: list[int] = []
    for comment_id, to_status, verdict in engine_rows:
        if to_status == Comment.Status.PUBLISHED:
            approvals += 1
            approved_ids.append(comment_id)
            continue
        if to_status != Comment.Status.HELD:
            continue
        for category in (verdict or {}).get("categories") or ["(none)"]:
            row = by_category.setdefault(category, CategoryAgreement(category))
            row.engine_holds += 1
            outcome = final.get(comment_id)
            if outcome:
                row.holds_decided += 1
                row.holds_published += outcome == Comment.Status.PUBLISHED
    removed_reasons: Counter = Counter()
    removed_after_reports = 0
    removed_ids = {
        cid
        for cid in approved_ids
        if final.get(cid) in (Comment.Status.REMOVED, Comment.Status.SPAM)
    }
    if removed_ids:
        reasons: dict[int, set[str]] = defaultdict(set)
        for cid, reason in Report.objects.filter(comment_id__in=removed_ids).values_list(
            "comment_id", "reason"
        ):
            reasons[cid].add(reason)
        for cid in removed_ids:
            if reasons.get(cid):
                removed_after_reports += 1
                removed_reasons.update(reasons[cid])
    return Stats(
        queue_size=queue_queryset().count(),
        held=held["n"],
        oldest_held=held["oldest"],
        median_minutes_to_decision=round(statistics.median(waits), 1) if waits else None,
        decisions_counted=len(waits),
        per_moderator=per_moderator,
        agreement=sorted(by_category.values(), key=lambda r: r.category),
        engine_approvals=approvals,
        approvals_removed_after_reports=removed_after_reports,
        removed_by_report_reason=dict(removed_reasons),
    )
