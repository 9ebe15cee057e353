"""Two moderators decide the same comment at the same instant: exactly one wins (PostgreSQL).

Runs in the PostgreSQL service run; with STOA_REQUIRE_SERVICES=1 on another database it fails
instead of skipping, so the service run can't silently lose it.
"""

import os
import threading

import pytest
from django.db import connection, connections

from comments.models import Comment
from moderation.models import Decision
from moderation.services import (
    DecisionConflict,
    comment_claim,
    comment_claim_next,
    decision_record,
)
from tests.factories import make_user
from tests.moderation.make import make_comment

REQUIRED = os.environ.get("STOA_REQUIRE_SERVICES") == "1"


def make_moderator():
    # Superusers: a transactional test flushes the tables, groups from data migrations included.
    return make_user(is_superuser=True)


def _require_postgresql():
    if connection.vendor != "postgresql":
        if REQUIRED:
            pytest.fail("STOA_REQUIRE_SERVICES=1 but the database is not PostgreSQL")
        pytest.skip("PostgreSQL only (set DATABASE_URL to a PostgreSQL database)")


def _race(workers):
    """Start every worker at the same moment; collect what each returned or raised."""
    barrier = threading.Barrier(len(workers))
    results: list = [None] * len(workers)

    def run(i, fn):
        try:
            barrier.wait(timeout=10)
            results[i] = fn()
        except Exception as exc:
            results[i] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, fn)) for i, fn in enumerate(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    return results


@pytest.mark.django_db(transaction=True)
def test_two_moderators_decide_at_once_exactly_one_wins():
    _require_postgresql()
    for _round in range(5):
        comment = make_comment()
        first, second = make_moderator(), make_moderator()

        def approve(moderator=first, pk=comment.pk):
            return decision_record(
                comment=Comment.objects.get(pk=pk),
                moderator=moderator,
                action="approve",
                expected_status="held",
            )

        def reject(moderator=second, pk=comment.pk):
            return decision_record(
                comment=Comment.objects.get(pk=pk),
                moderator=moderator,
                action="reject",
                clause="troll",
                expected_status="held",
            )

        results = _race([approve, reject])
        winners = [r for r in results if isinstance(r, Decision)]
        refused = [r for r in results if isinstance(r, DecisionConflict)]
        assert len(winners) == 1 and len(refused) == 1, results
        assert "already decided by someone else" in refused[0].message
        comment.refresh_from_db()
        assert comment.status == winners[0].to_status
        assert comment.decisions.filter(actor_kind="moderator").count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_moderators_claim_at_once_exactly_one_gets_it():
    _require_postgresql()
    comment = make_comment()
    moderators = [make_moderator() for _ in range(3)]
    results = _race(
        [
            (lambda m=m: comment_claim(comment=Comment.objects.get(pk=comment.pk), moderator=m))
            for m in moderators
        ]
    )
    assert [getattr(r, "ok", r) for r in results].count(True) == 1, results
    comment.refresh_from_db()
    assert comment.claimed_by in moderators


@pytest.mark.django_db(transaction=True)
def test_moderators_taking_the_next_item_at_once_get_different_items():
    _require_postgresql()
    comments = [make_comment() for _ in range(3)]
    moderators = [make_moderator() for _ in range(3)]
    results = _race([(lambda m=m: comment_claim_next(moderator=m)) for m in moderators])
    assert all(isinstance(r, Comment) for r in results), results
    assert sorted(r.pk for r in results) == sorted(c.pk for c in comments)
