"""RSS and Atom feeds of the newest public articles, site-wide and per tag."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from django.utils.text import Truncator

from blog.models import Article, SiteSettings, Tag

FEED_SIZE = 20


def _public():
    return Article.objects.published().select_related("author")


class LatestRssFeed(Feed):
    def get_object(self, request, *args, **kwargs):
        self.site = SiteSettings.load_for(request)
        return None

    def title(self) -> str:
        return self.site.blog_name

    def description(self) -> str:
        return self.site.tagline or self.site.blog_name

    def link(self) -> str:
        return reverse("blog:home")

    def items(self):
        return _public()[:FEED_SIZE]

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        return item.summary or Truncator(strip_tags(item.body)).words(60)

    def item_author_name(self, item: Article) -> str:
        return item.author.display_name

    def item_pubdate(self, item: Article):
        return item.published_at

    def item_updateddate(self, item: Article):
        return item.updated_at


class LatestAtomFeed(LatestRssFeed):
    feed_type = Atom1Feed
    subtitle = LatestRssFeed.description


class TagRssFeed(LatestRssFeed):
    def get_object(self, request, slug: str):
        super().get_object(request)
        return get_object_or_404(Tag, slug=slug)

    def title(self, obj: Tag) -> str:
        return f"{self.site.blog_name}: {obj.name}"

    def description(self, obj: Tag) -> str:
        return f"{self.site.blog_name}: {obj.name}"

    def link(self, obj: Tag) -> str:
        return obj.get_absolute_url()

    def items(self, obj: Tag):
        return _public().filter(tags=obj)[:FEED_SIZE]


class TagAtomFeed(TagRssFeed):
    feed_type = Atom1Feed
    subtitle = TagRssFeed.description
