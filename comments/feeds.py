"""Atom feeds of the newest published comments, site-wide and per article."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from blog.models import Article
from comments.selectors import comments_published_latest


class LatestCommentsFeed(Feed):
    feed_type = Atom1Feed
    title = "Latest comments"
    subtitle = "The newest published reader comments."

    def link(self) -> str:
        return reverse("blog:home")

    def items(self):
        return comments_published_latest()

    def item_title(self, item) -> str:
        return f"{item.author_name or 'Anonymous'} on {item.article.title}"

    def item_description(self, item) -> str:
        return item.text  # the feed generator escapes it

    def item_link(self, item) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.created_at

    def item_author_name(self, item) -> str:
        return item.author_name or "Anonymous"


class ArticleCommentsFeed(LatestCommentsFeed):
    def get_object(self, request, article_pk: int):
        return get_object_or_404(Article.objects.published(), pk=article_pk)

    def title(self, obj) -> str:
        return f"Comments on {obj.title}"

    def link(self, obj) -> str:
        return obj.get_absolute_url()

    def items(self, obj):
        return comments_published_latest(article=obj)
