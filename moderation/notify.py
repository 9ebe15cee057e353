"""Who hears about moderation, and how: moderators (immediately or in a digest) and authors.

Everything is enqueued with transaction.on_commit, so a rolled-back decision sends nothing.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction
from django.db.models import Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse

from comments.tokens import comment_token_make
from moderation.models import ModeratorPreference


def site_url(path: str) -> str:
    return settings.STOA_SITE_URL.rstrip("/") + path


def moderator_users() -> QuerySet:
    """Active superusers and everyone with comments.can_moderate (directly or by group)."""
    perm = Permission.objects.filter(
        content_type__app_label="comments", codename="can_moderate"
    ).first()
    q = Q(is_superuser=True)
    if perm is not None:
        q |= Q(groups__permissions=perm) | Q(user_permissions=perm)
    return get_user_model().objects.filter(q, is_active=True).exclude(email="").distinct()


def _emails_with_mode(mode: str) -> list[str]:
    users = moderator_users()
    if mode == ModeratorPreference.Mode.IMMEDIATE:
        # No preference row means the default: immediate mail.
        users = users.filter(
            Q(moderation_preference__isnull=True) | Q(moderation_preference__mode=mode)
        )
    else:
        users = users.filter(moderation_preference__mode=mode)
    return sorted(set(users.values_list("email", flat=True)))


def moderators_to_notify_now() -> list[str]:
    """Emails of moderators who want a message for each held comment (the default)."""
    return _emails_with_mode(ModeratorPreference.Mode.IMMEDIATE)


def moderators_for_digest() -> list[str]:
    return _emails_with_mode(ModeratorPreference.Mode.DIGEST)


def mail_enqueue(*, template: str, subject: str, to: list[str], context: dict) -> None:
    """Render `moderation/email/<template>.txt|.html` now, send after the transaction commits."""
    if not to:
        return
    from moderation.tasks import email_send

    text = render_to_string(f"moderation/email/{template}.txt", context)
    html = render_to_string(f"moderation/email/{template}.html", context)
    transaction.on_commit(
        lambda: email_send.enqueue(subject=str(subject), to=list(to), text=text, html=html)
    )


def comment_author_email(comment) -> str:
    if comment.author_email:
        return comment.author_email
    user = comment.user if comment.user_id else None
    return getattr(user, "email", "") or ""


def appeal_url(comment) -> str:
    token = comment_token_make(comment_id=comment.pk, purpose="appeal")
    return site_url(reverse("moderation:appeal", kwargs={"token": token}))


def author_decision_notify(*, comment, decision) -> None:
    """Tell the author what happened to their comment, with the clause and an appeal link."""
    email = comment_author_email(comment)
    if not email or decision.action == "spam":
        return
    appealable = decision.to_status in ("rejected", "removed")
    context = {
        "comment": comment,
        "decision": decision,
        "policy_url": site_url(policy_page_url()) if policy_page_url() else "",
        "appeal_url": appeal_url(comment) if appealable else "",
        "article_url": site_url(comment.article.get_absolute_url()),
    }
    mail_enqueue(
        template="decision",
        subject="Your comment: " + comment.get_status_display(),
        to=[email],
        context=context,
    )


def moderators_notify(*, subject: str, comment, reason: str) -> None:
    """An immediate message to the moderators who want one (a complaint, an appeal, a hold)."""
    context = {
        "comment": comment,
        "reason": reason,
        "item_url": site_url(reverse("moderation:item", kwargs={"pk": comment.pk})),
    }
    mail_enqueue(
        template="moderators", subject=subject, to=moderators_to_notify_now(), context=context
    )


def policy_page_url() -> str:
    """The posted comment policy page."""
    return reverse("blog:policy")
