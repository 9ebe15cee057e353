"""Emails about comments, run by Django's Tasks framework and enqueued on commit by the services.

Each task takes a comment id (task arguments must be JSON) and re-reads the comment, so a task that
runs late acts on the comment as it is then. Every mail is text plus HTML, from templates.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse

from comments.links import absolute
from comments.models import Comment
from comments.tokens import comment_token_make
from moderation.notify import moderators_to_notify_now


def _send(*, to: str, template: str, context: dict, headers: dict | None = None) -> None:
    context = {**context, "site_url": settings.STOA_SITE_URL}
    subject = " ".join(render_to_string(f"comments/email/{template}_subject.txt", context).split())
    text = render_to_string(f"comments/email/{template}.txt", context)
    html = render_to_string(f"comments/email/{template}.html", context)
    message = EmailMultiAlternatives(subject=subject, body=text, to=[to], headers=headers or {})
    message.attach_alternative(html, "text/html")
    message.send()


def _comment(comment_id: int) -> Comment | None:
    return (
        Comment.objects.select_related("article__author__user", "parent")
        .filter(pk=comment_id)
        .first()
    )


@task
def moderators_notify_held(comment_id: int) -> int:
    """Tell moderators a comment waits in the queue; returns how many were emailed."""
    comment = _comment(comment_id)
    if comment is None or comment.status != Comment.Status.HELD:
        return 0
    queue = absolute(reverse("moderation:item", kwargs={"pk": comment.pk}))
    recipients = moderators_to_notify_now()
    for email in recipients:
        _send(
            to=email,
            template="held",
            context={"comment": comment, "article": comment.article, "queue_url": queue},
        )
    return len(recipients)


@task
def reply_notify(comment_id: int) -> bool:
    """Email the parent's author about a published reply, if they asked for replies."""
    comment = _comment(comment_id)
    if comment is None or comment.status != Comment.Status.PUBLISHED or comment.parent is None:
        return False
    parent = comment.parent
    if not (parent.notify_replies and parent.author_email):
        return False
    if parent.author_email.lower() == (comment.author_email or "").lower():
        return False
    token = comment_token_make(comment_id=parent.pk, purpose="unsubscribe")
    unsubscribe = absolute(reverse("comments:unsubscribe", kwargs={"token": token}))
    _send(
        to=parent.author_email,
        template="reply",
        context={
            "comment": comment,
            "parent": parent,
            "article": comment.article,
            "comment_url": absolute(comment.get_absolute_url()),
            "unsubscribe_url": unsubscribe,
        },
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    return True


@task
def article_author_notify(comment_id: int) -> bool:
    """Email the article's author about a published comment (not about their own)."""
    comment = _comment(comment_id)
    if comment is None or comment.status != Comment.Status.PUBLISHED:
        return False
    author_user = comment.article.author.user
    if not author_user.email or comment.user_id == author_user.pk:
        return False
    if author_user.email.lower() == (comment.author_email or "").lower():
        return False
    _send(
        to=author_user.email,
        template="article_author",
        context={
            "comment": comment,
            "article": comment.article,
            "comment_url": absolute(comment.get_absolute_url()),
        },
    )
    return True


@task
def receipt_send(comment_id: int) -> bool:
    """Send a guest the fate of their comment and a signed link to delete it."""
    comment = _comment(comment_id)
    if comment is None or not comment.author_email or comment.user_id:
        return False
    token = comment_token_make(comment_id=comment.pk, purpose="delete")
    delete = absolute(reverse("comments:delete", kwargs={"pk": comment.pk}) + f"?token={token}")
    _send(
        to=comment.author_email,
        template="receipt",
        context={
            "comment": comment,
            "article": comment.article,
            "comment_url": absolute(comment.get_absolute_url()),
            "delete_url": delete,
        },
    )
    return True
