"""Weighted reader reports and author trust."""

import pytest
from django.urls import reverse

from comments.models import Comment
from moderation.models import Ban, PolicySettings, TrustedAuthor
from moderation.reports import report_weight_for, report_weight_total
from moderation.trust import author_is_trusted
from tests.factories import make_user
from tests.moderation.make import make_comment, make_report

pytestmark = pytest.mark.django_db
S = Comment.Status


def test_new_reporter_weighs_one():
    assert report_weight_for("ip:new") == 1.0
    assert report_weight_for("") == 1.0


def test_upheld_reports_count_more_and_dismissed_less(mod_client):
    # Reader "good" reports two comments moderators take down; "noisy" reports two they keep.
    for _ in range(2):
        c = make_comment(status=S.PUBLISHED)
        make_report(comment=c, reporter_key="good")
        mod_client.post(
            reverse("moderation:decide", kwargs={"pk": c.pk}),
            {"action": "remove", "expected_status": "published", "clause": "troll"},
        )
        k = make_comment(status=S.PUBLISHED)
        make_report(comment=k, reporter_key="noisy")
        mod_client.post(
            reverse("moderation:decide", kwargs={"pk": k.pk}),
            {"action": "keep", "expected_status": "published"},
        )
    assert report_weight_for("good") == 3.0
    assert report_weight_for("noisy") == pytest.approx(1 / 3, abs=0.001)
    assert report_weight_for("good") > report_weight_for("new") > report_weight_for("noisy")
    target = make_comment(status=S.PUBLISHED)
    make_report(comment=target, reporter_key="good", weight=report_weight_for("good"))
    make_report(comment=target, reporter_key="noisy", weight=report_weight_for("noisy"))
    assert report_weight_total(comment_id=target.pk) == pytest.approx(3.333, abs=0.01)


def test_weights_stay_in_bounds():
    for _ in range(10):
        c = make_comment(status=S.PUBLISHED)
        make_report(comment=c, reporter_key="troll", outcome="dismissed")
    assert report_weight_for("troll") == 0.25


def test_trust_by_history_and_threshold():
    email = "regular@example.com"
    for _ in range(4):
        make_comment(status=S.PUBLISHED, author_email=email)
    assert not author_is_trusted(email=email)  # default threshold 5
    make_comment(status=S.PUBLISHED, author_email=email)
    assert author_is_trusted(email=email)
    PolicySettings.objects.create(version=1, is_active=True, trust_threshold=8)
    assert not author_is_trusted(email=email)


def test_a_rejection_or_ban_means_no_automatic_trust():
    email = "mixed@example.com"
    for _ in range(6):
        make_comment(status=S.PUBLISHED, author_email=email)
    assert author_is_trusted(email=email)
    make_comment(status=S.REJECTED, author_email=email)
    assert not author_is_trusted(email=email)
    TrustedAuthor.objects.create(email=email)
    assert author_is_trusted(email=email)  # the moderator's override
    Ban.objects.create(email=email, reason="x")
    assert not author_is_trusted(email=email)


def test_trust_by_account():
    user = make_user()
    assert not author_is_trusted(user=user)
    assert not author_is_trusted()
    TrustedAuthor.objects.create(user=user)
    assert author_is_trusted(user=user)
