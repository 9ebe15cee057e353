"""The PostgreSQL and Redis run must really use them: fail, never skip, when they are missing."""

import os

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection

REQUIRED = os.environ.get("STOA_REQUIRE_SERVICES") == "1"

pytestmark = pytest.mark.skipif(
    not REQUIRED,
    reason="service run only (make test-services / .ci/run sets STOA_REQUIRE_SERVICES=1)",
)


@pytest.mark.django_db
def test_database_is_postgresql():
    assert connection.vendor == "postgresql", "the service run must use PostgreSQL (DATABASE_URL)"
    with connection.cursor() as cur:
        cur.execute("select 1")
        assert cur.fetchone() == (1,)


def test_cache_is_redis_and_answers():
    assert "RedisCache" in settings.CACHES["default"]["BACKEND"]
    cache.set("stoa-ping", "pong", 10)
    assert cache.get("stoa-ping") == "pong"
