"""The article page's thread: constant queries, pagination by whole threads, feeds."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from blog.models import SiteSettings
from comments.models import Comment
from tests.comments.make import make_comment
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _threads(article, n: int) -> None:
    """n comments as threads of five: a top comment, two replies, a reply to each reply."""
    made = 0
    while made < n:
        top = make_comment(article=article)
        made += 1
        for _ in range(2):
            if made >= n:
                break
            reply = make_comment(article=article, parent=top)
            made += 1
            if made < n:
                make_comment(article=article, parent=reply)
                made += 1


def _queries(url: str) -> int:
    browser = Client()
    browser.get(url)  # warm caches (templates) like a running site
    with CaptureQueriesContext(connection) as ctx:
        assert browser.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_query_count_is_constant(django_assert_num_queries):
    empty, small, large = make_article(), make_article(), make_article()
    _threads(small, 20)
    _threads(large, 200)
    n_small = _queries(small.get_absolute_url())
    # The article page (article, tags, neighbours, archive widget) plus ONE query for the
    # whole thread: the same number as a page without comments, whatever the thread's size.
    assert n_small == _queries(empty.get_absolute_url())
    assert n_small <= 12
    site = SiteSettings.load()
    site.comments_per_page = 1000
    site.save()
    browser = Client()
    browser.get(large.get_absolute_url())
    with django_assert_num_queries(n_small):
        page = browser.get(large.get_absolute_url())
    assert "Comments (200)" in page.text
    assert page.text.count('class="comment comment-published"') == 200


def test_pagination_keeps_threads_whole(client):
    site = SiteSettings.load()
    site.comments_per_page = 2
    site.save()
    article = make_article()
    tops = [make_comment(article=article, text=f"Top {n}") for n in range(3)]
    make_comment(article=article, parent=tops[1], text="Reply under the second")
    first = client.get(article.get_absolute_url())
    assert "Top 0" in first.text and "Top 1" in first.text
    assert "Reply under the second" in first.text
    assert "Top 2" not in first.text
    assert "Comments (4)" in first.text
    assert "?cpage=2#comments" in first.text
    second = client.get(article.get_absolute_url() + "?cpage=2")
    assert "Top 2" in second.text and "Top 0" not in second.text
    # Nonsense page numbers fall back to a real page.
    assert client.get(article.get_absolute_url() + "?cpage=abc").status_code == 200


def test_site_feed_lists_newest_published_comments(client):
    article = make_article(title="Bridges")
    make_comment(article=article, text="Feed-worthy point", author_name="Ana")
    make_comment(article=article, text="Held point", status=Comment.Status.HELD)
    feed = client.get(reverse("comments:feed"))
    assert feed.status_code == 200
    assert feed["Content-Type"].startswith("application/atom+xml")
    assert "Feed-worthy point" in feed.text
    assert "Held point" not in feed.text
    assert "Ana on Bridges" in feed.text


def test_article_feed_lists_only_that_article(client):
    one, two = make_article(), make_article()
    make_comment(article=one, text="On the first")
    make_comment(article=two, text="On the second")
    feed = client.get(reverse("comments:article-feed", kwargs={"article_pk": one.pk}))
    assert "On the first" in feed.text and "On the second" not in feed.text
    assert (
        client.get(reverse("comments:article-feed", kwargs={"article_pk": 999})).status_code == 404
    )


def test_feed_escapes_markup(client):
    make_comment(article=make_article(), text="<script>alert(1)</script>")
    feed = client.get(reverse("comments:feed"))
    assert "<script>" not in feed.text


def test_comment_counts_in_blog_lists_still_work():
    from django.db.models import Count, Q

    from blog.models import Article

    article = make_article()
    make_comment(article=article)
    make_comment(article=article, status=Comment.Status.HELD)
    annotated = Article.objects.annotate(
        n=Count("comments", filter=Q(comments__status="published"))
    ).get(pk=article.pk)
    assert annotated.n == 1
