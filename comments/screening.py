"""Steps 2-4 of a comment's flow: gather context, screen with the engine, decide the status.

All database reads for screening happen here, so `moderation.policy.screen` stays pure.
"""

from dataclasses import dataclass

from django.db.models import Q

from blog.models import Article
from comments.models import Comment
from moderation.active_policy import policy_config_active, policy_settings_active
from moderation.policy import Action, Context, Submission, Verdict, screen
from moderation.trust import author_is_trusted

DEFAULT_REPORT_THRESHOLD = 3
_RECENT = 5
_OTHERS = 20

STATUS_FOR_ACTION = {
    Action.APPROVE: Comment.Status.PUBLISHED,
    Action.HOLD: Comment.Status.HELD,
    Action.REJECT: Comment.Status.REJECTED,
}


@dataclass(frozen=True)
class Screening:
    verdict: Verdict
    status: str
    trusted: bool  # True when trust turned the engine's hold into publication


def author_filter(*, user=None, email: str = "") -> Q:
    """The comments of one author: by account when signed in, else by email address."""
    if user is not None and user.is_authenticated:
        return Q(user=user)
    if email:
        return Q(author_email__iexact=email)
    return Q(pk__in=[])


def report_threshold() -> int:
    row = policy_settings_active()
    return row.report_threshold if row else DEFAULT_REPORT_THRESHOLD


def context_gather(
    *, article: Article, parent: Comment | None, author_name: str, user=None, email: str = ""
) -> Context:
    recent = (
        Comment.objects.filter(author_filter(user=user, email=email))
        .order_by("-created_at")
        .values_list("text", flat=True)[:_RECENT]
    )
    others = (
        Comment.objects.filter(article=article, status=Comment.Status.PUBLISHED)
        .exclude(author_name="")
        .order_by()
        .values_list("author_name", flat=True)
        .distinct()[:_OTHERS]
    )
    return Context(
        author_name=author_name,
        article_title=article.title,
        article_author=article.author.display_name,
        parent_author=parent.author_name if parent else "",
        parent_text=parent.text if parent else "",
        recent_texts=tuple(recent),
        other_commenters=tuple(others),
    )


def comment_screen(*, text: str, context: Context, user=None, email: str = "") -> Screening:
    verdict = screen(Submission(text=text, context=context, config=policy_config_active()))
    status = STATUS_FOR_ACTION[verdict.action]
    trusted = False
    no_reject = not any(f.action == Action.REJECT for f in verdict.findings)
    if verdict.action == Action.HOLD and no_reject and author_is_trusted(user=user, email=email):
        status, trusted = Comment.Status.PUBLISHED, True
    return Screening(verdict=verdict, status=status, trusted=trusted)
