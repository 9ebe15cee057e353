"""What every comment service shares: the refusal readers see, and the emails a move calls for."""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from blog.sanitize import strip_markup
from comments import tasks
from comments.models import Comment
from moderation.models import Decision

Status = Comment.Status


class CommentRefused(Exception):
    """A polite refusal shown to the reader as a form error; nothing was saved."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def text_clean(text: str) -> str:
    """Reader input as plain text, or a refusal when nothing (or too much) is left."""
    plain = strip_markup(text)
    if not plain:
        raise CommentRefused(_("Your comment is empty once markup is removed."), field="text")
    if len(plain) > settings.STOA_COMMENT_MAX_LENGTH:
        raise CommentRefused(
            _("Please keep your comment under %(n)d characters.")
            % {"n": settings.STOA_COMMENT_MAX_LENGTH},
            field="text",
        )
    return plain


def verdict_clause(verdict) -> str:
    deciding = verdict.deciding
    return deciding.clause if deciding else ""


def engine_note(screening) -> str:
    if screening.trusted:
        return "Trusted author: the engine's hold was lifted (no reject-level finding)."
    return ""


def after_status_change(comment: Comment, old_status: str) -> None:
    """Enqueue, on commit, the emails a move into `comment.status` calls for."""
    if comment.status == old_status:
        return
    if comment.status == Status.HELD:
        transaction.on_commit(lambda: tasks.moderators_notify_held.enqueue(comment.pk))
    elif comment.status == Status.PUBLISHED:
        comment_published_notify(comment=comment)


def comment_published_notify(*, comment: Comment) -> None:
    """On commit, email the parent's author (if they asked) and the article's author.

    Call it after logging the Decision that publishes the comment; the moderation app calls it
    too when a moderator publishes. A comment published once before (then held after reports,
    say) does not send the same news twice.
    """
    if Decision.objects.filter(comment=comment, to_status=Status.PUBLISHED).count() > 1:
        return
    pk = comment.pk
    transaction.on_commit(lambda: tasks.reply_notify.enqueue(pk))
    transaction.on_commit(lambda: tasks.article_author_notify.enqueue(pk))
