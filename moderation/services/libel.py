"""Libel complaints: received (the comment is held at once when the complaint is complete),
the poster notified with a deadline, then kept or removed. Every step is a Decision row."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import Comment
from moderation.audit import decision_step
from moderation.models import Decision, LibelComplaint
from moderation.notify import comment_author_email, mail_enqueue, moderators_notify, site_url
from moderation.services.decisions import decision_record
from moderation.services.errors import DecisionConflict

RESPONSE_DAYS = 5
OPEN_STEPS = (
    LibelComplaint.Step.RECEIVED,
    LibelComplaint.Step.INCOMPLETE,
    LibelComplaint.Step.POSTER_NOTIFIED,
)
S = Comment.Status


def libel_complaint_submit(
    *,
    comment: Comment,
    name: str,
    contact: str,
    reference: str,
    untrue_statement: str,
    why_untrue: str,
) -> LibelComplaint:
    """Record a complaint. A complete one (what is untrue and why) holds a published comment
    at once, pending the moderators' decision; an incomplete one waits for the details."""
    complete = bool(untrue_statement.strip() and why_untrue.strip())
    with transaction.atomic():
        complaint = LibelComplaint.objects.create(
            comment=comment,
            name=name.strip(),
            contact=contact.strip(),
            comment_reference=reference[:300],
            untrue_statement=untrue_statement.strip(),
            why_untrue=why_untrue.strip(),
            step=LibelComplaint.Step.RECEIVED if complete else LibelComplaint.Step.INCOMPLETE,
        )
        note = _("Complaint #%(n)d from %(name)s.") % {"n": complaint.pk, "name": complaint.name}
        if complete and comment.status == S.PUBLISHED:
            decision_record(
                comment=comment,
                moderator=None,
                action="libel-hold",
                clause="libel",
                note=note,
                expected_status=S.PUBLISHED,
                actor_kind=Decision.Actor.SYSTEM,
                notify_author=False,
            )
        else:
            decision_step(
                comment=comment,
                actor_kind=Decision.Actor.SYSTEM,
                action="libel-complaint" if complete else "libel-complaint-incomplete",
                clause="libel",
                note=note,
            )
        moderators_notify(
            subject=f"Libel complaint on comment #{comment.pk}",
            comment=comment,
            reason=(
                "A libel complaint was received; the comment is held until you decide."
                if complete
                else "An incomplete libel complaint was received (the comment stays up)."
            ),
        )
    return complaint


def libel_poster_notify(*, complaint: LibelComplaint, moderator, days: int = RESPONSE_DAYS):
    """Tell the poster about the complaint, with a deadline to respond."""
    comment = complaint.comment
    email = comment_author_email(comment)
    respond_by = timezone.now() + timedelta(days=days)
    with transaction.atomic():
        won = LibelComplaint.objects.filter(
            pk=complaint.pk, step=LibelComplaint.Step.RECEIVED
        ).update(step=LibelComplaint.Step.POSTER_NOTIFIED, respond_by=respond_by)
        if not won:
            raise DecisionConflict(
                _("This complaint is no longer waiting for the poster to be notified.")
            )
        decision = decision_step(
            comment=comment,
            actor=moderator,
            actor_kind=Decision.Actor.MODERATOR,
            action="libel-notify-poster",
            clause="libel",
            note=(
                f"Poster asked to respond by {respond_by:%Y-%m-%d %H:%M} UTC"
                + ("" if email else " (no email on file: nobody could be told)")
            ),
        )
        if email:
            mail_enqueue(
                template="libel_poster",
                subject="A complaint about your comment",
                to=[email],
                context={
                    "comment": comment,
                    "complaint": complaint,
                    "respond_by": respond_by,
                    "article_url": site_url(comment.article.get_absolute_url()),
                },
            )
    complaint.refresh_from_db()
    return decision


def libel_decide(
    *, complaint: LibelComplaint, moderator, keep: bool, poster_response: str = "", note: str = ""
) -> Decision:
    """Keep (publish again) or remove the comment; the complaint is closed and recorded."""
    if complaint.step not in OPEN_STEPS:
        raise DecisionConflict(_("This complaint was already decided."))
    comment = complaint.comment
    with transaction.atomic():
        won = LibelComplaint.objects.filter(pk=complaint.pk, step=complaint.step).update(
            step=LibelComplaint.Step.KEPT if keep else LibelComplaint.Step.REMOVED,
            poster_response=poster_response.strip(),
        )
        if not won:
            raise DecisionConflict(_("This complaint was already decided by someone else."))
        action = "libel-keep" if keep else "libel-remove"
        if (keep and comment.status == S.PUBLISHED) or (
            not keep and comment.status not in (S.HELD, S.PUBLISHED)
        ):
            # Nothing to move (kept while still up, or already gone): record the outcome.
            decision = decision_step(
                comment=comment,
                actor=moderator,
                actor_kind=Decision.Actor.MODERATOR,
                action=action,
                clause="libel",
                note=note,
            )
        else:
            decision = decision_record(
                comment=comment,
                moderator=moderator,
                action=action,
                clause="libel",
                note=note,
                expected_status=comment.status,
            )
        _complainant_tell(complaint=complaint, keep=keep)
    complaint.refresh_from_db()
    return decision


def _complainant_tell(*, complaint: LibelComplaint, keep: bool) -> None:
    """The complainant hears the outcome when they left an email address."""
    contact = complaint.contact.strip()
    try:
        validate_email(contact)
    except ValidationError:
        return
    mail_enqueue(
        template="libel_outcome",
        subject="Your complaint about a comment",
        to=[contact],
        context={"complaint": complaint, "keep": keep},
    )


def libel_comment_find(reference: str) -> Comment | None:
    """The comment a complainant means: a number, '#123', or a link ending in '#c123'."""
    import re

    reference = (reference or "").strip()
    match = re.search(r"(?:#c?|/comments?/|^)(\d{1,12})\s*/?$", reference) or re.search(
        r"#c(\d{1,12})", reference
    )
    if not match:
        return None
    return (
        Comment.objects.filter(pk=int(match.group(1)), status__in=(S.PUBLISHED, S.HELD))
        .select_related("article")
        .first()
    )
