"""The author's own changes: edit within the edit window (screened again) and delete."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import Comment
from comments.screening import comment_screen, context_gather
from comments.services.common import (
    CommentRefused,
    Status,
    after_status_change,
    engine_note,
    text_clean,
    verdict_clause,
)
from moderation.audit import decision_log
from moderation.models import Decision


def comment_editable_until(comment: Comment):
    return comment.created_at + timedelta(minutes=settings.STOA_COMMENT_EDIT_MINUTES)


def comment_is_editable(comment: Comment) -> bool:
    return comment.status in (
        Status.PUBLISHED,
        Status.HELD,
        Status.REJECTED,
    ) and timezone.now() <= comment_editable_until(comment)


def comment_edit(*, comment: Comment, text: str, user=None) -> Comment:
    """The author's edit within the edit window; the new text is screened again."""
    if not comment_is_editable(comment):
        raise CommentRefused(
            _("Comments can only be edited within %(m)d minutes of posting.")
            % {"m": settings.STOA_COMMENT_EDIT_MINUTES}
        )
    plain = text_clean(text)
    parent = comment.parent
    context = context_gather(
        article=comment.article,
        parent=parent,
        author_name=comment.author_name,
        user=comment.user,
        email=comment.author_email,
    )
    screening = comment_screen(
        text=plain, context=context, user=comment.user, email=comment.author_email
    )
    verdict = screening.verdict
    old = comment.status
    new = screening.status
    # A published comment cannot move straight to rejected; its author's edit goes to review.
    if new != old and not comment.can_move_to(new):
        new = Status.HELD
    now = timezone.now()
    with transaction.atomic():
        updated = Comment.objects.filter(pk=comment.pk, status=old).update(
            text=plain,
            raw_text=text,
            status=new,
            verdict=verdict.to_dict(),
            policy_version=verdict.policy_version,
            edited_at=now,
            updated_at=now,
        )
        if not updated:
            raise CommentRefused(_("This comment changed meanwhile; please reload the page."))
        comment.refresh_from_db()
        decision_log(
            comment=comment,
            actor=user,
            actor_kind=Decision.Actor.ENGINE,
            action=f"edit-{verdict.action}",
            from_status=old,
            to_status=new,
            clause=verdict_clause(verdict),
            note=("Re-screened after the author's edit. " + engine_note(screening)).strip(),
            policy_version=verdict.policy_version,
            findings=verdict.to_dict()["findings"],
        )
        after_status_change(comment, old_status=old)
    return comment


def comment_delete(*, comment: Comment, user=None) -> bool:
    """The author deletes their comment; False when it was already gone."""
    old = comment.status
    if not comment.can_move_to(Status.DELETED):
        return False
    with transaction.atomic():
        if not Comment.objects.filter(pk=comment.pk, status=old).update(
            status=Status.DELETED, notify_replies=False, updated_at=timezone.now()
        ):
            return False
        comment.status = Status.DELETED
        decision_log(
            comment=comment,
            actor=user,
            actor_kind=Decision.Actor.AUTHOR,
            action="delete",
            from_status=old,
            to_status=Status.DELETED,
        )
    return True
