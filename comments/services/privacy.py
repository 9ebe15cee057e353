"""A commenter's control over their data: stop reply emails, erase personal data."""

from django.db import transaction

from comments.models import Comment
from moderation.models import Report

ERASED_TEXT = "[This comment was erased at its author's request.]"


def comment_unsubscribe(*, comment: Comment) -> int:
    """Stop reply emails for every comment of this address (or just this one without email)."""
    if comment.author_email:
        qs = Comment.objects.filter(author_email__iexact=comment.author_email)
    else:
        qs = Comment.objects.filter(pk=comment.pk)
    return qs.filter(notify_replies=True).update(notify_replies=False)


def commenter_erase(*, email: str) -> int:
    """Blank one commenter's personal data; statuses, threads and decisions stay."""
    with transaction.atomic():
        n = Comment.objects.filter(author_email__iexact=email).update(
            author_name="",
            author_email="",
            author_url="",
            ip_hash="",
            text=ERASED_TEXT,
            raw_text="",
            notify_replies=False,
            user=None,
        )
        Report.objects.filter(reporter_email__iexact=email).update(reporter_email="")
    return n
