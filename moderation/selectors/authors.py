"""What moderators see about an author: their record here, trust and bans."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Min, Q

from comments.models import Comment
from moderation.models import Ban
from moderation.trust import REJECTION_STATUSES, author_is_marked_trusted, author_is_trusted


@dataclass(frozen=True)
class AuthorHistory:
    published: int
    held: int
    rejected: int
    total: int
    first_seen: datetime | None
    is_trusted: bool
    is_marked_trusted: bool
    bans: list


def author_history(comment: Comment) -> AuthorHistory:
    q = Q(pk=comment.pk)
    if comment.author_email:
        q |= Q(author_email__iexact=comment.author_email)
    if comment.user_id:
        q |= Q(user_id=comment.user_id)
    counts = Comment.objects.filter(q).aggregate(
        published=Count("pk", filter=Q(status=Comment.Status.PUBLISHED)),
        held=Count("pk", filter=Q(status=Comment.Status.HELD)),
        rejected=Count("pk", filter=Q(status__in=REJECTION_STATUSES)),
        total=Count("pk"),
        first_seen=Min("created_at"),
    )
    user = comment.user if comment.user_id else None
    bans = list(Ban.objects.matching(email=comment.author_email, ip_hash=comment.ip_hash))
    return AuthorHistory(
        is_trusted=author_is_trusted(email=comment.author_email, user=user),
        is_marked_trusted=author_is_marked_trusted(email=comment.author_email, user=user),
        bans=bans,
        **counts,
    )
