"""Writes of the comments app: submit (and reply), edit, delete, report, unsubscribe.

Every status change is a conditional update plus a Decision row in the same transaction;
emails are enqueued as tasks on commit.
"""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from blog.models import Article, SiteSettings
from blog.sanitize import strip_markup
from comments import tasks
from comments.models import Comment
from comments.screening import author_filter, comment_screen, context_gather, report_threshold
from moderation.audit import decision_log
from moderation.models import Ban, Decision, Report

Status = Comment.Status
ERASED_TEXT = "[This comment was erased at its author's request.]"


class CommentRefused(Exception):
    """A polite refusal shown to the reader as a form error; nothing was saved."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def _parent_resolve(*, article: Article, parent: Comment | None, max_depth: int) -> Comment | None:
    """Replies deeper than the site allows attach to the deepest allowed level."""
    if parent is None:
        return None
    if parent.article_id != article.pk or parent.status != Status.PUBLISHED:
        raise CommentRefused(_("The comment you replied to is no longer available."))
    if max_depth <= 1:
        return None
    while parent is not None and parent.depth > max_depth - 2:
        parent = parent.parent
    return parent


def _verdict_clause(verdict) -> str:
    deciding = verdict.deciding
    return deciding.clause if deciding else ""


def _engine_note(screening) -> str:
    if screening.trusted:
        return "Trusted author: the engine's hold was lifted (no reject-level finding)."
    return ""


def _after_status_change(comment: Comment, old_status: str) -> None:
    """Enqueue, on commit, the emails a move into `comment.status` calls for."""
    if comment.status == old_status:
        return
    if comment.status == Status.HELD:
        transaction.on_commit(lambda: tasks.moderators_notify_held.enqueue(comment.pk))
    elif comment.status == Status.PUBLISHED:
        comment_published_notify(comment=comment)


def comment_published_notify(*, comment: Comment) -> None:
    """On commit, email the parent's author (if they asked) and the article's author.

    The moderation queue calls this too when a moderator publishes a held comment.
    """
    pk = comment.pk
    transaction.on_commit(lambda: tasks.reply_notify.enqueue(pk))
    transaction.on_commit(lambda: tasks.article_author_notify.enqueue(pk))


def comment_submit(
    *,
    article: Article,
    text: str,
    author_name: str = "",
    author_email: str = "",
    author_url: str = "",
    parent: Comment | None = None,
    user=None,
    ip_hash: str = "",
    notify_replies: bool = False,
) -> Comment:
    """Screen a new comment or reply and save it with its verdict and the engine's Decision."""
    site = SiteSettings.load()
    if not article.comments_are_open(site):
        raise CommentRefused(_("Comments are closed on this article."))
    signed_in = user is not None and user.is_authenticated
    if signed_in:
        author_name = user.get_full_name() or user.get_username()
        author_email = user.email or ""
        author_url = ""
    plain = strip_markup(text)
    if not plain:
        raise CommentRefused(_("Your comment is empty once markup is removed."), field="text")
    if len(plain) > settings.STOA_COMMENT_MAX_LENGTH:
        raise CommentRefused(
            _("Please keep your comment under %(n)d characters.")
            % {"n": settings.STOA_COMMENT_MAX_LENGTH},
            field="text",
        )
    if Ban.objects.matching(email=author_email, ip_hash=ip_hash).exists():
        raise CommentRefused(
            _(
                "Sorry, we can't accept comments from you at the moment. If you think this is a "
                "mistake, please contact the editors."
            )
        )
    since = timezone.now() - timedelta(seconds=settings.STOA_DUPLICATE_WINDOW_SECONDS)
    same_author = author_filter(user=user, email=author_email)
    if ip_hash and not signed_in:
        same_author |= Q(ip_hash=ip_hash)
    if Comment.objects.filter(
        same_author, article=article, text=plain, created_at__gte=since
    ).exists():
        raise CommentRefused(_("You have already posted this comment here."), field="text")
    parent = _parent_resolve(article=article, parent=parent, max_depth=site.comment_max_depth)

    context = context_gather(
        article=article, parent=parent, author_name=author_name, user=user, email=author_email
    )
    screening = comment_screen(text=plain, context=context, user=user, email=author_email)
    verdict = screening.verdict
    with transaction.atomic():
        comment = Comment.objects.create(
            article=article,
            parent=parent,
            depth=parent.depth + 1 if parent else 0,
            user=user if signed_in else None,
            author_name=author_name,
            author_email=author_email,
            author_url=author_url,
            text=plain,
            raw_text=text,
            status=screening.status,
            verdict=verdict.to_dict(),
            policy_version=verdict.policy_version,
            lang=(verdict.lang or "")[:5],
            ip_hash=ip_hash,
            notify_replies=notify_replies and bool(author_email),
        )
        decision_log(
            comment=comment,
            actor_kind=Decision.Actor.ENGINE,
            action=str(verdict.action),
            from_status="",
            to_status=comment.status,
            clause=_verdict_clause(verdict),
            note=_engine_note(screening),
            policy_version=verdict.policy_version,
            findings=verdict.to_dict()["findings"],
        )
        _after_status_change(comment, old_status="")
        if not signed_in and author_email:
            pk = comment.pk
            transaction.on_commit(lambda: tasks.receipt_send.enqueue(pk))
    return comment


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
    plain = strip_markup(text)
    if not plain:
        raise CommentRefused(_("Your comment is empty once markup is removed."), field="text")
    if len(plain) > settings.STOA_COMMENT_MAX_LENGTH:
        raise CommentRefused(
            _("Please keep your comment under %(n)d characters.")
            % {"n": settings.STOA_COMMENT_MAX_LENGTH},
            field="text",
        )
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
            clause=_verdict_clause(verdict),
            note=("Re-screened after the author's edit. " + _engine_note(screening)).strip(),
            policy_version=verdict.policy_version,
            findings=verdict.to_dict()["findings"],
        )
        _after_status_change(comment, old_status=old)
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
            _after_status_change(comment, old_status=Status.PUBLISHED)
    return report


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
