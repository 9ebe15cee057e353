"""Template tags that put the comment section into blog pages (blog's Python never imports us)."""

from functools import lru_cache

from django import template
from django.contrib.messages import get_messages
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.safestring import mark_safe

from blog.models import SiteSettings
from blog.sanitize import comment_html as _comment_html
from comments import identity, links
from comments.forms import CommentForm
from comments.selectors import thread_for_article

register = template.Library()


def _site(request) -> SiteSettings:
    # The blog's context processor keeps the row on the request (`_stoa_site`); share it.
    if request is None:
        return SiteSettings.load()
    if not hasattr(request, "_stoa_site"):
        request._stoa_site = SiteSettings.load()
    return request._stoa_site


@register.inclusion_tag("comments/_section.html", takes_context=True)
def comment_section(context, article):
    """The thread, its pagination and the "Post a Comment" form for one article."""
    request = context.get("request")
    user = getattr(request, "user", None)
    site = _site(request)
    owned = frozenset(identity.owned_ids(request)) if request is not None else frozenset()
    page = request.GET.get("cpage", 1) if request is not None else 1
    thread = thread_for_article(
        article=article, user=user, owned_ids=owned, page=page, per_page=site.comments_per_page
    )
    is_open = article.comments_are_open(site)
    reply_to = None
    form = None
    if is_open:
        wanted = request.GET.get("reply_to", "") if request is not None else ""
        if wanted.isdigit():
            reply_to = next(
                (c for c in thread.comments if c.pk == int(wanted) and c.status == "published"),
                None,
            )
        form = CommentForm(user=user, initial={"parent": reply_to.pk if reply_to else None})
    notes = (
        [m for m in get_messages(request) if "comments" in m.extra_tags.split()]
        if request is not None
        else []
    )
    return {
        "article": article,
        "request": request,
        "user": user,
        "thread": thread,
        "is_open": is_open,
        "form": form,
        "reply_to": reply_to,
        "policy_url": links.policy_url(),
        "comment_messages": notes,
    }


@lru_cache(maxsize=4096)
def _comment_html_cached(text: str) -> str:
    # A pure function of the text; linkifying is the costliest step of a long thread's render.
    return _comment_html(text)


@register.filter
def comment_html(text: str) -> str:
    """Plain comment text as safe HTML (escaped by blog.sanitize, links rel=nofollow ugc)."""
    return mark_safe(_comment_html_cached(text or ""))  # comment_html escapes every character


@register.filter
def verdict_clause(verdict: dict) -> str:
    return links.verdict_clause(verdict)


@register.filter
def clause_label(clause: str) -> str:
    return links.clause_label(clause)


_PK_MARK = 987654321


@lru_cache(maxsize=64)
def _url_pattern(name: str, prefix: str, urlconf) -> str:
    return reverse(name, kwargs={"pk": _PK_MARK}, urlconf=urlconf)


@register.simple_tag
def comment_url(name: str, pk: int) -> str:
    """reverse(name, pk=pk), resolved once per URL name: a long thread needs one link per comment
    and reverse() is the slowest step of rendering them."""
    return _url_pattern(name, get_script_prefix(), get_urlconf()).replace(
        str(_PK_MARK), str(int(pk))
    )


@register.simple_tag
def policy_url(clause: str = "") -> str:
    return links.policy_url(clause)


@register.simple_tag
def appeal_url(comment) -> str:
    return links.appeal_url(comment.pk)
