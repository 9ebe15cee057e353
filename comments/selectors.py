"""Reads of the comments app: the thread of an article, in one query, as a tree built in Python.

What a viewer sees: published comments; their own held and rejected ones (marked); and, where a
hidden comment has visible replies, a placeholder so the thread keeps its shape.
"""

from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.utils.translation import gettext_lazy as _

from comments.models import Comment
from comments.services import comment_is_editable

Status = Comment.Status

PLACEHOLDERS = {
    Status.DELETED: _("This comment has been removed by the author."),
    Status.REMOVED: _("This comment has been removed by a moderator."),
    Status.SPAM: _("This comment has been removed by a moderator."),
    Status.REJECTED: _("This comment has been removed by a moderator."),
    Status.HELD: _("This comment is awaiting moderation."),
}


@dataclass
class Thread:
    """One article's visible thread: the page of top-level comments and the published count."""

    roots: list[Comment]
    count: int
    page: Page
    events: list[tuple[str, Comment | None]] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)  # every comment fetched, any status


def comment_is_own(comment: Comment, *, user=None, owned_ids: frozenset[int] = frozenset()) -> bool:
    if user is not None and user.is_authenticated and comment.user_id == user.pk:
        return True
    return comment.pk in owned_ids


def _events(roots: list[Comment]) -> list[tuple[str, Comment | None]]:
    """The tree as a flat list of open/item/close events, so the template renders nested lists
    without recursive includes (cheap even for a thousand comments)."""
    out: list[tuple[str, Comment | None]] = []
    stack: list[tuple[Comment, bool]] = [(c, False) for c in reversed(roots)]
    while stack:
        node, closing = stack.pop()
        if closing:
            if node.children:
                out.append(("close", None))
            out.append(("end", node))
            continue
        out.append(("item", node))
        stack.append((node, True))
        if node.children:
            out.append(("open", None))
            stack.extend((c, False) for c in reversed(node.children))
    return out


def thread_for_article(
    *,
    article,
    user=None,
    owned_ids: frozenset[int] | set[int] = frozenset(),
    page: int | str | None = 1,
    per_page: int = 50,
) -> Thread:
    """The whole thread in ONE query; pagination is by top-level comment, so threads stay whole."""
    owned = frozenset(owned_ids)
    comments = list(
        Comment.objects.filter(article_id=article.pk)
        .defer("raw_text", "ip_hash", "claimed_until")
        .order_by("created_at", "id")
    )
    by_parent: dict[int | None, list[Comment]] = {}
    for c in comments:
        c.children = []
        c.is_own = comment_is_own(c, user=user, owned_ids=owned)
        c.placeholder = ""
        by_parent.setdefault(c.parent_id, []).append(c)

    def shown(c: Comment) -> bool:
        """Visible in full, or as a placeholder because something below it is visible."""
        kids = [k for k in by_parent.get(c.pk, []) if shown(k)]
        c.children = kids
        if c.status == Status.PUBLISHED:
            return True
        if c.is_own and c.status in (Status.HELD, Status.REJECTED):
            c.can_edit = comment_is_editable(c)
            return True
        if kids:
            c.placeholder = PLACEHOLDERS.get(c.status, PLACEHOLDERS[Status.REMOVED])
            return True
        return False

    roots = [c for c in by_parent.get(None, []) if shown(c)]
    for c in comments:
        if c.status == Status.PUBLISHED:
            c.can_edit = c.is_own and comment_is_editable(c)
        elif not hasattr(c, "can_edit"):
            c.can_edit = False
    count = sum(1 for c in comments if c.status == Status.PUBLISHED)
    paginator = Paginator(roots, max(per_page, 1), allow_empty_first_page=True)
    page_obj = paginator.get_page(page)
    return Thread(
        roots=list(page_obj),
        count=count,
        page=page_obj,
        events=_events(list(page_obj)),
        comments=comments,
    )


def comments_published_latest(*, article=None, limit: int = 30):
    """The newest published comments on public articles (for the Atom feeds)."""
    from blog.models import Article

    qs = Comment.objects.filter(
        status=Status.PUBLISHED, article__in=Article.objects.published()
    ).select_related("article")
    if article is not None:
        qs = qs.filter(article=article)
    return qs.order_by("-created_at", "-id")[:limit]
