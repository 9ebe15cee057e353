"""Template tags that put the comment section into blog pages (blog's Python never imports us)."""

from django import template

register = template.Library()


@register.inclusion_tag("comments/_section.html", takes_context=True)
def comment_section(context, article):
    """The thread, its pagination and the "Post a Comment" form for one article."""
    return {"article": article, "request": context.get("request")}
