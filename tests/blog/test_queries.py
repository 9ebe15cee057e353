"""The article page costs the same number of queries however many tags and images it has."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.blog.make import make_image
from tests.factories import make_article, make_tag

pytestmark = pytest.mark.django_db


def _article(n_tags: int):
    tags = [make_tag() for _ in range(n_tags)]
    body = "".join(f'<p><img src="/media/x{i}.jpg" alt="x{i}"></p>' for i in range(n_tags))
    return make_article(tags=tags, body=body, featured_image=make_image())


def test_article_page_query_count_is_constant(client, django_assert_num_queries):
    small, large = _article(1), _article(8)
    client.get(small.get_absolute_url())  # warm caches that are not per request
    with CaptureQueriesContext(connection) as baseline:
        assert client.get(small.get_absolute_url()).status_code == 200
    with django_assert_num_queries(len(baseline)):
        assert client.get(large.get_absolute_url()).status_code == 200


def test_home_query_count_is_constant(client, django_assert_num_queries):
    _article(1)
    client.get("/")  # the first request creates the SiteSettings row
    with CaptureQueriesContext(connection) as baseline:
        client.get("/")
    for _ in range(4):
        _article(8)
    with django_assert_num_queries(len(baseline)):
        client.get("/")
