"""Appeals: the author of a rejected or removed comment asks once, a moderator decides once.

The decision on an appeal is final; both the appeal and its outcome are in the audit log.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import Comment
from moderation.audit import decision_step
from moderation.models import Appeal, Decision
from moderation.notify import author_decision_notify, moderators_notify
from moderation.services.decisions import decision_record
from moderation.services.errors import DecisionConflict, ModerationError

APPEALABLE = (Comment.Status.REJECTED, Comment.Status.REMOVED, Comment.Status.SPAM)
MAX_MESSAGE = 3000


def appeal_blocker(comment: Comment) -> str:
    """Why this comment cannot be appealed now ("" when it can)."""
    if comment.status not in APPEALABLE:
        return _("This comment is not rejected or removed, so there is nothing to appeal.")
    statuses = set(comment.appeals.values_list("status", flat=True))
    if Appeal.Status.OPEN in statuses:
        return _("Your appeal has been received and is waiting for a moderator.")
    if statuses:
        return _("This comment's appeal has already been decided; that decision is final.")
    return ""


def appeal_submit(*, comment: Comment, message: str) -> Appeal:
    message = (message or "").strip()
    if not message:
        raise ModerationError(_("Tell us why the decision should change."))
    if len(message) > MAX_MESSAGE:
        raise ModerationError(_("Keep the message under %(n)d characters.") % {"n": MAX_MESSAGE})
    with transaction.atomic():
        # Lock-free guard against a double submit: the blocker is re-checked inside the
        # transaction and the appeal row is the only write before the audit row.
        blocker = appeal_blocker(comment)
        if blocker:
            raise ModerationError(blocker)
        appeal = Appeal.objects.create(comment=comment, message=message)
        decision_step(
            comment=comment,
            actor=comment.user if comment.user_id else None,
            actor_kind=Decision.Actor.AUTHOR,
            action="appeal",
            note=message,
        )
        moderators_notify(
            subject=f"Appeal on comment #{comment.pk}",
            comment=comment,
            reason="The author appealed a moderation decision.",
        )
    return appeal


def appeal_decide(*, appeal: Appeal, moderator, uphold: bool, note: str = "") -> Decision:
    """Uphold (publish the comment) or deny (the decision stands). Final either way."""
    comment = appeal.comment
    with transaction.atomic():
        won = Appeal.objects.filter(pk=appeal.pk, status=Appeal.Status.OPEN).update(
            status=Appeal.Status.UPHELD if uphold else Appeal.Status.DENIED,
            decided_by=moderator,
            decided_at=timezone.now(),
        )
        if not won:
            raise DecisionConflict(_("This appeal was already decided by someone else."))
        if uphold:
            decision = decision_record(
                comment=comment,
                moderator=moderator,
                action="appeal-uphold",
                note=note,
                expected_status=comment.status,
            )
        else:
            decision = decision_step(
                comment=comment,
                actor=moderator,
                actor_kind=Decision.Actor.MODERATOR,
                action="appeal-deny",
                note=note,
            )
            author_decision_notify(comment=comment, decision=decision)
    appeal.refresh_from_db()
    return decision
