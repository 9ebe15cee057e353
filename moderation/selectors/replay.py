"""Replay a policy version over past comments: what would change if it were switched on.

Both the active version and the candidate screen the same comments with today's engine, so
the differences come from the settings alone, not from engine changes since the comments came in.
"""

from dataclasses import dataclass, field

from comments.models import Comment
from moderation.active_policy import policy_config_from, policy_settings_active
from moderation.models import Decision, PolicySettings
from moderation.policy import Context, Submission, screen

DEFAULT_LIMIT = 1000
MAX_LIMIT = 5000
SEVERITY = {"approve": 0, "hold": 1, "reject": 2}
# Where a moderator's last decision left the comment: up (published) or down (not published).
UP = {Comment.Status.PUBLISHED}
DOWN = {Comment.Status.REJECTED, Comment.Status.SPAM, Comment.Status.REMOVED}


@dataclass
class ReplayRow:
    comment: Comment
    before: str
    after: str
    categories: list[str]
    moderator_status: str = ""  # the status a moderator's last decision set, if any
    moderator_disagrees: bool = False


@dataclass
class ReplayResult:
    policy: PolicySettings
    baseline_label: str
    screened: int = 0
    stricter: list[ReplayRow] = field(default_factory=list)  # newly held or rejected
    looser: list[ReplayRow] = field(
        default_factory=list
    )  # would now pass (or be held, not rejected)

    @property
    def disagreements(self) -> list[ReplayRow]:
        return [r for r in self.stricter + self.looser if r.moderator_disagrees]


def _submission(comment: Comment, config) -> Submission:
    article = comment.article
    parent = comment.parent
    context = Context(
        author_name=comment.author_name,
        article_title=article.title,
        article_author=str(article.author.display_name) if article.author_id else "",
        parent_author=parent.author_name if parent else "",
        parent_text=parent.text if parent else "",
    )
    return Submission(text=comment.text, context=context, lang=comment.lang or None, config=config)


def policy_replay(*, policy: PolicySettings, limit: int = DEFAULT_LIMIT) -> ReplayResult:
    limit = max(1, min(int(limit), MAX_LIMIT))
    active = policy_settings_active()
    baseline = policy_config_from(active)
    candidate = policy_config_from(policy)
    comments = list(
        Comment.objects.exclude(status=Comment.Status.DELETED)
        .select_related("article__author", "parent")
        .order_by("-created_at", "-pk")[:limit]
    )
    last_moderator: dict[int, str] = {}
    for comment_id, to_status in (
        Decision.objects.filter(
            comment_id__in=[c.pk for c in comments], actor_kind=Decision.Actor.MODERATOR
        )
        .exclude(to_status="")
        .order_by("created_at", "pk")
        .values_list("comment_id", "to_status")
    ):
        last_moderator[comment_id] = to_status
    result = ReplayResult(
        policy=policy, baseline_label=active.version_label if active else "defaults"
    )
    for comment in comments:
        before = screen(_submission(comment, baseline))
        after = screen(_submission(comment, candidate))
        result.screened += 1
        b, a = str(before.action), str(after.action)
        if a == b:
            continue
        mod = last_moderator.get(comment.pk, "")
        stricter = SEVERITY[a] > SEVERITY[b]
        row = ReplayRow(
            comment=comment,
            before=b,
            after=a,
            categories=after.categories if stricter else before.categories,
            moderator_status=mod,
            # A moderator published what the new version would stop, or took down what it passes.
            moderator_disagrees=(stricter and mod in UP)
            or (not stricter and a == "approve" and mod in DOWN),
        )
        (result.stricter if stricter else result.looser).append(row)
    return result
