"""Readers' reports: one per reader, weighed by their record; enough send a comment to review."""

from django.db import IntegrityError, transaction
from django.db.models import Count, Q, Sum
from django.utils import timezone

from comments.models import Comment
from comments.screening import report_threshold
from comments.services.common import Status, after_status_change
from moderation.audit import decision_log
from moderation.models import Decision, Report


def report_weight(*, reporter_key: str) -> float:
    """How much one reader's report counts: more when moderators upheld their past reports,
    less when they dismissed them (1.0 for a new reader; kept between 0.25 and 2.0)."""
    history = Report.objects.filter(reporter_key=reporter_key).aggregate(
        upheld=Count("pk", filter=Q(outcome=Report.Outcome.UPHELD)),
        dismissed=Count("pk", filter=Q(outcome=Report.Outcome.DISMISSED)),
    )
    weight = 1.0 + 0.25 * history["upheld"] - 0.25 * history["dismissed"]
    return min(2.0, max(0.25, weight))


def comment_report(
    *, comment: Comment, reason: str, note: str = "", user=None, ip_hash: str = ""
) -> Report | None:
    """A reader's report; None when this reader reported the comment before.

    When the weighted reports reach the policy's report threshold, the comment goes back to
    review (a Decision by the system) and moderators are told.
    """
    signed_in = user is not None and user.is_authenticated
    key = f"user:{user.pk}" if signed_in else f"ip:{ip_hash}"
    try:
        with transaction.atomic():
            report = Report.objects.create(
                comment=comment,
                reporter=user if signed_in else None,
                reporter_key=key,
                reporter_email=(user.email if signed_in else "") or "",
                reason=reason,
                note=note,
                weight=report_weight(reporter_key=key),
            )
    except IntegrityError:
        return None
    with transaction.atomic():
        reports = Report.objects.filter(comment=comment, outcome=Report.Outcome.PENDING)
        weight = reports.aggregate(total=Sum("weight"))["total"] or 0
        Comment.objects.filter(pk=comment.pk).update(
            report_count=Report.objects.filter(comment=comment).count()
        )
        back_to_review = (
            weight >= report_threshold()
            and comment.status == Status.PUBLISHED
            and Comment.objects.filter(pk=comment.pk, status=Status.PUBLISHED).update(
                status=Status.HELD, updated_at=timezone.now()
            )
        )
        if back_to_review:
            comment.status = Status.HELD
            decision_log(
                comment=comment,
                actor_kind=Decision.Actor.SYSTEM,
                action="reports",
                from_status=Status.PUBLISHED,
                to_status=Status.HELD,
                clause=reason if reason != Report.Reason.OTHER else "",
                note=f"Back to review after {reports.count()} reader reports.",
                policy_version=comment.policy_version,
            )
            after_status_change(comment, old_status=Status.PUBLISHED)
    return report
