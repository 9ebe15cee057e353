"""Blog app: articles, images, authors, tags, site settings, feeds, sitemaps and search."""

from django.apps import AppConfig


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = "Blog"
