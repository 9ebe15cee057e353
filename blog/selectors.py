"""Reads of the blog: public article lists, archive counts, tags, search, neighbours."""

from dataclasses import dataclass, field
from datetime import date

from django.db import connection
from django.db.models import Count, Prefetch, Q, QuerySet
from django.db.models.functions import TruncMonth

from blog.models import Article, Tag

SEARCH_MAX_LENGTH = 200


def article_list_public() -> QuerySet[Article]:
    """Published articles with what a list shows: author, image, tags and published comments.

    The comment count is read through the reverse relation name only, so blog needs no import
    of the comments app.
    """
    return (
        Article.objects.published()
        .select_related("author", "featured_image")
        .prefetch_related(Prefetch("tags", queryset=Tag.objects.order_by("name")))
        .annotate(
            comment_count=Count("comments", filter=Q(comments__status="published"), distinct=True)
        )
        .order_by("-published_at", "-id")  # an aggregate query drops Meta.ordering
    )


def article_detail_public() -> QuerySet[Article]:
    return (
        Article.objects.published()
        .select_related("author", "featured_image")
        .prefetch_related(Prefetch("tags", queryset=Tag.objects.order_by("name")))
    )


def article_detail_any() -> QuerySet[Article]:
    """Every article, public or not: for staff previews only."""
    return Article.objects.select_related("author", "featured_image").prefetch_related(
        Prefetch("tags", queryset=Tag.objects.order_by("name"))
    )


@dataclass
class ArchiveYear:
    year: int
    count: int = 0
    months: list[tuple[date, int]] = field(default_factory=list)


def archive_counts() -> list[ArchiveYear]:
    """Years, newest first, each with its months and their article counts (one query)."""
    rows = (
        Article.objects.published()
        .annotate(month=TruncMonth("published_at"))
        .values("month")
        .annotate(n=Count("id"))
        .order_by("-month")
    )
    years: dict[int, ArchiveYear] = {}
    for row in rows:
        month = row["month"]
        entry = years.setdefault(month.year, ArchiveYear(year=month.year))
        entry.count += row["n"]
        entry.months.append((month.date() if hasattr(month, "date") else month, row["n"]))
    return list(years.values())


def tag_list_used() -> QuerySet[Tag]:
    """Tags that label at least one public article, with how many."""
    public = Article.objects.published().values("pk")
    return (
        Tag.objects.annotate(n=Count("articles", filter=Q(articles__in=public), distinct=True))
        .filter(n__gt=0)
        .order_by("name")
    )


def article_neighbours(*, article: Article) -> tuple[Article | None, Article | None]:
    """The public articles just before and just after this one."""
    public = Article.objects.published().only("title", "slug", "published_at")
    previous = (
        public.filter(
            Q(published_at__lt=article.published_at)
            | Q(published_at=article.published_at, pk__lt=article.pk)
        )
        .order_by("-published_at", "-pk")
        .first()
    )
    following = (
        public.filter(
            Q(published_at__gt=article.published_at)
            | Q(published_at=article.published_at, pk__gt=article.pk)
        )
        .order_by("published_at", "pk")
        .first()
    )
    return previous, following


def article_search(*, query: str) -> QuerySet[Article]:
    """Full-text search on PostgreSQL (ranked), plain substring matching elsewhere."""
    articles = article_list_public()
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        vector = (
            SearchVector("title", weight="A")
            + SearchVector("summary", weight="B")
            + SearchVector("body", weight="C")
        )
        search_query = SearchQuery(query, search_type="websearch")
        # Match with @@ (ts_rank alone gives non-matches a tiny non-zero score), then rank.
        return (
            articles.annotate(document=vector, rank=SearchRank(vector, search_query))
            .filter(document=search_query)
            .order_by("-rank", "-published_at")
        )
    condition = Q()
    for word in query.split()[:10]:
        condition &= Q(title__icontains=word) | Q(summary__icontains=word) | Q(body__icontains=word)
    return articles.filter(condition)
