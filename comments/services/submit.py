"""Posting a comment or a reply: refuse what must be refused, screen, save with a Decision."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from blog.models import Article, SiteSettings
from comments import tasks
from comments.models import Comment
from comments.screening import author_filter, comment_screen, context_gather
from comments.services.common import (
    CommentRefused,
    Status,
    after_status_change,
    engine_note,
    text_clean,
    verdict_clause,
)
from moderation.audit import decision_log
from moderation.models import Ban, Decision


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
    plain = text_clean(text)
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
            clause=verdict_clause(verdict),
            note=engine_note(screening),
            policy_version=verdict.policy_version,
            findings=verdict.to_dict()["findings"],
        )
        after_status_change(comment, old_status="")
        if not signed_in and author_email:
            pk = comment.pk
            transaction.on_commit(lambda: tasks.receipt_send.enqueue(pk))
    return comment
