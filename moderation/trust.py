"""Who is trusted: a moderator's explicit mark, or enough published comments and no rejection.

The comments app asks `author_is_trusted` at submit time: a trusted author's comment that the
engine only holds is published at once; reject-level findings still apply.
"""

from django.db.models import Count, Q

from comments.models import Comment
from moderation.active_policy import policy_settings_active
from moderation.models import Ban, TrustedAuthor

DEFAULT_TRUST_THRESHOLD = 5
# Any of these outcomes in an author's history means the automatic trust is not earned.
REJECTION_STATUSES = (Comment.Status.REJECTED, Comment.Status.SPAM, Comment.Status.REMOVED)


def trust_threshold() -> int:
    row = policy_settings_active()
    return row.trust_threshold if row is not None else DEFAULT_TRUST_THRESHOLD


def _author_q(*, email: str = "", user=None) -> Q | None:
    q = Q(pk__in=[])
    if email:
        q |= Q(author_email__iexact=email)
    if user is not None and getattr(user, "pk", None):
        q |= Q(user=user)
    return None if q == Q(pk__in=[]) else q


def author_is_marked_trusted(*, email: str = "", user=None) -> bool:
    q = Q(pk__in=[])
    if email:
        q |= Q(email__iexact=email)
    if user is not None and getattr(user, "pk", None):
        q |= Q(user=user)
    return TrustedAuthor.objects.filter(q).exists()


def author_is_trusted(*, email: str = "", user=None) -> bool:
    """True when a moderator marked the author trusted, or the author has at least the active
    policy's trust threshold of published comments and no rejected, spam or removed one.
    A banned author is never trusted."""
    q = _author_q(email=email, user=user)
    if q is None:
        return False
    if email and Ban.objects.matching(email=email).exists():
        return False
    if author_is_marked_trusted(email=email, user=user):
        return True
    counts = Comment.objects.filter(q).aggregate(
        published=Count("pk", filter=Q(status=Comment.Status.PUBLISHED)),
        rejected=Count("pk", filter=Q(status__in=REJECTION_STATUSES)),
    )
    return counts["rejected"] == 0 and counts["published"] >= trust_threshold()
