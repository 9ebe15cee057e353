"""Writes of the blog that are more than a save(): publishing and unpublishing articles."""

from django.utils import timezone

from blog.models import Article


def article_publish(*, article: Article) -> Article:
    """Make an article public now, or keep it scheduled if its publication time is ahead."""
    if article.published_at is None:
        article.published_at = timezone.now()
    article.status = Article.Status.PUBLISHED  # save() relabels a future date as scheduled
    article.save()
    return article


def article_unpublish(*, article: Article) -> Article:
    """Take an article back to draft; its publication time is kept for when it returns."""
    article.status = Article.Status.DRAFT
    article.save()
    return article
