"""Readers report published comments; enough distinct reports send a comment back to review."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from comments.identity import ip_hash
from comments.models import Comment
from moderation.models import Decision, PolicySettings, Report
from tests.comments.make import make_comment
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def _reader(n: int) -> Client:
    browser = Client()
    browser.defaults["REMOTE_ADDR"] = f"10.1.0.{n}"
    return browser


def _report(browser, comment, reason="troll"):
    return browser.post(
        reverse("comments:report", kwargs={"pk": comment.pk}), {"reason": reason, "note": ""}
    )


def test_report_form_lists_reasons(client):
    comment = make_comment(article=make_article())
    page = client.get(reverse("comments:report", kwargs={"pk": comment.pk}))
    for reason in ("troll", "libel", "hate", "profanity", "spam", "other"):
        assert f'value="{reason}"' in page.text


def test_report_is_recorded_once_per_reader(client):
    comment = make_comment(article=make_article())
    response = client.post(
        reverse("comments:report", kwargs={"pk": comment.pk}),
        {"reason": "libel", "note": "That claim about the mayor is false."},
        follow=True,
    )
    assert "moderators will look at your report" in response.text
    response = _report(client, comment)
    assert "already reported" in client.get(response["Location"]).text
    report = Report.objects.get()
    assert (report.reason, report.note) == ("libel", "That claim about the mayor is false.")
    comment.refresh_from_db()
    assert comment.report_count == 1


def test_report_without_reason_is_a_form_error(client):
    comment = make_comment(article=make_article())
    response = client.post(reverse("comments:report", kwargs={"pk": comment.pk}), {})
    assert response.status_code == 200
    assert "This field is required." in response.text
    assert not Report.objects.exists()


def test_only_published_comments_can_be_reported(client):
    comment = make_comment(article=make_article(), status=Comment.Status.HELD)
    assert _report(client, comment).status_code == 404


def test_threshold_of_distinct_reports_sends_comment_back_to_review(
    django_capture_on_commit_callbacks,
):
    moderator = make_user(groups=["Moderators"], email="mod@example.org")
    article = make_article()
    comment = make_comment(article=article, text="A disputed remark")
    for n in range(2):
        _report(_reader(n), comment)
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PUBLISHED
    with django_capture_on_commit_callbacks(execute=True):
        _report(_reader(7), comment, reason="hate")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HELD
    assert comment.report_count == 3
    decision = Decision.objects.get(comment=comment)
    assert (decision.actor_kind, decision.action) == ("system", "reports")
    assert (decision.from_status, decision.to_status) == ("published", "held")
    assert [m.to for m in mail.outbox] == [[moderator.email]]
    assert "A disputed remark" not in Client().get(article.get_absolute_url()).text


def test_report_threshold_comes_from_active_policy():
    PolicySettings.objects.create(version=2, is_active=True, report_threshold=1)
    comment = make_comment(article=make_article())
    _report(_reader(1), comment)
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HELD


def test_signed_in_reader_reports_as_themselves(client):
    user = make_user()
    client.force_login(user)
    comment = make_comment(article=make_article())
    _report(client, comment, reason="spam")
    report = Report.objects.get()
    assert report.reporter == user and report.reporter_key == f"user:{user.pk}"


def test_reports_weigh_by_the_readers_track_record():
    article = make_article()
    trusted_key = "ip:" + ip_hash("10.1.0.1")
    Report.objects.create(  # an earlier report that moderators upheld
        comment=make_comment(article=article),
        reporter_key=trusted_key,
        reason="troll",
        outcome=Report.Outcome.UPHELD,
    )
    comment = make_comment(article=article)
    _report(_reader(1), comment)  # counts 2.0
    _report(_reader(2), comment)  # a new reader: 1.0; together 3.0 reach the threshold
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HELD
    assert sorted(Report.objects.filter(comment=comment).values_list("weight", flat=True)) == [
        1.0,
        2.0,
    ]


def test_report_flood_answers_429(client, settings):
    settings.STOA_RATE_LIMIT_IP = (2, 60)
    article = make_article()
    targets = [make_comment(article=article) for _ in range(3)]
    assert [_report(client, c).status_code for c in targets] == [302, 302, 429]
    assert Report.objects.count() == 2
