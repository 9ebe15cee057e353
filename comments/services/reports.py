"""Readers' reports: one per reader, weighed by their record; enough send a comment to review."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from comments.models import Comment
from comments.screening import report_threshold
from comments.services.common import Status, after_status_change
from moderation.audit import decision_log
from moderation.models import Decision, Report
from moderation.reports import report_weight_for, report_weight_total


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
                weight=report_weight_for(key),
            )
    except IntegrityError:
        return None
    with transaction.atomic():
        weight = report_weight_total(comment_id=comment.pk)
        count = Report.objects.filter(comment=comment).count()
        Comment.objects.filter(pk=comment.pk).update(report_count=count)
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
                note=f"Back to review after {count} reader reports (weight {weight:g}).",
                policy_version=comment.policy_version,
            )
            after_status_change(comment, old_status=Status.PUBLISHED)
    return report
