"""The stats page, export_decisions, moderators' notification preferences and the digest."""

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment
from moderation.models import Decision, ModeratorPreference
from moderation.notify import moderators_to_notify_now
from tests.factories import make_user
from tests.moderation.make import finding, make_comment, make_moderator, make_report, verdict

pytestmark = pytest.mark.django_db
S = Comment.Status


def decide(client, comment, action, **data):
    client.post(
        reverse("moderation:decide", kwargs={"pk": comment.pk}),
        {"action": action, "expected_status": comment.status, **data},
    )


def test_stats(mod_client, moderator):
    hate_held = [make_comment(verdict=verdict("hold", finding("hate"))) for _ in range(2)]
    spam_held = make_comment(verdict=verdict("hold", finding("spam")))
    Comment.objects.filter(pk=spam_held.pk).update(created_at=timezone.now() - timedelta(hours=2))
    approved = make_comment(status=S.PUBLISHED)
    make_report(comment=approved, reason="troll")
    make_comment(status=S.PUBLISHED)
    decide(mod_client, hate_held[0], "approve")
    decide(mod_client, hate_held[1], "reject", clause="hate")
    decide(mod_client, approved, "remove", clause="troll")
    response = mod_client.get(reverse("moderation:stats"))
    stats = response.context["stats"]
    assert stats.queue_size == 1 and stats.held == 1
    assert stats.oldest_age > timedelta(hours=1)
    assert stats.median_minutes_to_decision is not None and stats.decisions_counted == 3
    assert stats.per_moderator == [(moderator.username, 3)]
    by_cat = {row.category: row for row in stats.agreement}
    assert (by_cat["hate"].engine_holds, by_cat["hate"].holds_decided) == (2, 2)
    assert by_cat["hate"].published_share == 0.5
    assert by_cat["spam"].holds_decided == 0 and by_cat["spam"].agreement is None
    assert (stats.engine_approvals, stats.approvals_removed_after_reports) == (2, 1)
    assert stats.removed_by_report_reason == {"troll": 1}
    page = response.content.decode()
    assert "Decisions per moderator" in page and moderator.username in page


def test_export_decisions(mod_client, tmp_path):
    a = make_comment(text="First labelled comment.")
    b = make_comment(text="Second labelled comment.")
    make_comment(text="Undecided.")
    decide(mod_client, a, "approve")
    decide(mod_client, b, "reject", clause="troll")
    out = StringIO()
    call_command(
        "export_decisions",
        "--since",
        timezone.now().date().isoformat(),
        stdout=out,
        stderr=StringIO(),
    )
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == [str(a.pk), str(b.pk)]
    assert rows[0]["text"] == "First labelled comment." and rows[0]["expected"] == "approve"
    assert rows[1]["expected"] == "reject" and rows[1]["categories"] == ["troll"]
    assert rows[0]["categories"] == []
    assert rows[1]["decision"]["action"] == "reject" and rows[1]["decision"]["moderator"]
    assert {"id", "text", "author_name", "article_title"} <= set(rows[0])
    # Nothing after tomorrow; into a file.
    target = tmp_path / "out.jsonl"
    tomorrow = (timezone.now() + timedelta(days=1)).date().isoformat()
    call_command("export_decisions", "--since", tomorrow, "-o", str(target), stderr=StringIO())
    assert target.read_text() == ""


def test_export_decisions_bad_date():
    with pytest.raises(CommandError, match="--since must be a date"):
        call_command("export_decisions", "--since", "last tuesday")


def test_export_decisions_bad_date_exit_code():
    import subprocess
    import sys

    from tests.conftest import REPO

    result = subprocess.run(
        [sys.executable, "manage.py", "export_decisions", "--since", "2026-13-45"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "SQLITE_PATH": ":memory:"},
    )
    assert result.returncode != 0
    assert "--since must be a date" in result.stderr


def test_notification_preferences_and_digest(
    mod_client, moderator, django_capture_on_commit_callbacks
):
    other = make_moderator()
    boss = make_user(is_superuser=True)
    make_user()  # a reader never gets moderator mail
    assert moderators_to_notify_now() == sorted([moderator.email, other.email, boss.email])
    mod_client.post(reverse("moderation:preferences"), {"mode": "digest"})
    assert ModeratorPreference.objects.get(user=moderator).mode == "digest"
    assert moderator.email not in moderators_to_notify_now()
    make_comment(text="Waiting for a digest.")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_moderation_digest", stdout=StringIO())
    assert [m.to for m in mail.outbox] == [[moderator.email]]
    assert "Waiting for a digest." in mail.outbox[0].body
    assert mail.outbox[0].alternatives  # text plus HTML


def test_no_decision_rows_change_during_reads(mod_client):
    make_comment()
    before = Decision.objects.count()
    mod_client.get(reverse("moderation:stats"))
    mod_client.get(reverse("moderation:queue"))
    assert Decision.objects.count() == before
