"""Acting on a comment's author: ban them (email and IP hash) or mark them trusted."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import Comment
from moderation.audit import decision_step
from moderation.models import Ban, Decision, TrustedAuthor
from moderation.services.errors import ModerationError


def author_ban(
    *,
    comment: Comment,
    moderator,
    reason: str,
    days: int | None = None,
    ban_email: bool = True,
    ban_ip: bool = True,
) -> Ban:
    """Ban the author of `comment` for `days` (None: for good); the ban is in the audit log."""
    reason = (reason or "").strip()
    if not reason:
        raise ModerationError(_("Give a reason for the ban."))
    email = comment.author_email if ban_email else ""
    ip_hash = comment.ip_hash if ban_ip else ""
    if not email and not ip_hash:
        raise ModerationError(_("This comment has no email or IP hash to ban."))
    if days is not None and days <= 0:
        raise ModerationError(_("A ban lasts at least one day."))
    expires = timezone.now() + timedelta(days=days) if days else None
    with transaction.atomic():
        ban = Ban.objects.create(
            email=email, ip_hash=ip_hash, reason=reason, created_by=moderator, expires_at=expires
        )
        decision_step(
            comment=comment,
            actor=moderator,
            actor_kind=Decision.Actor.MODERATOR,
            action="ban-author",
            note=f"{reason} ({_('for good') if days is None else f'{days} days'})",
        )
    return ban


def author_trust(*, comment: Comment, moderator, note: str = "") -> TrustedAuthor:
    """Mark the author trusted (by account when signed in, else by email); recorded."""
    user = comment.user if comment.user_id else None
    if user is None and not comment.author_email:
        raise ModerationError(_("This author gave no email and has no account."))
    with transaction.atomic():
        trusted = TrustedAuthor.objects.create(
            user=user, email=comment.author_email, note=note, created_by=moderator
        )
        decision_step(
            comment=comment,
            actor=moderator,
            actor_kind=Decision.Actor.MODERATOR,
            action="trust-author",
            note=note,
        )
    return trusted
