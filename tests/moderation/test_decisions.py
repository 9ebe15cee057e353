"""Each moderator action through HTTP, its audit row, bulk actions, and claims and conflicts."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from comments.models import Comment
from moderation.models import Ban, Decision, TrustedAuthor
from moderation.trust import author_is_trusted
from tests.moderation.make import finding, make_comment, make_moderator, make_report, verdict

pytestmark = pytest.mark.django_db
S = Comment.Status


def decide(client, comment, action, **data):
    data = {"action": action, "expected_status": comment.status, **data}
    return client.post(reverse("moderation:decide", kwargs={"pk": comment.pk}), data, follow=True)


def last_decision(comment) -> Decision:
    return comment.decisions.order_by("-created_at", "-pk").first()


def test_approve_publishes_and_records(mod_client, moderator, django_capture_on_commit_callbacks):
    comment = make_comment()
    with django_capture_on_commit_callbacks(execute=True):
        response = decide(mod_client, comment, "approve")
    assert response.status_code == 200
    comment.refresh_from_db()
    assert comment.status == S.PUBLISHED
    d = last_decision(comment)
    assert (d.actor, d.actor_kind, d.action, d.from_status, d.to_status) == (
        moderator,
        "moderator",
        "approve",
        "held",
        "published",
    )
    assert d.findings == comment.verdict["findings"]
    # The author is told (the article's author hears of the new comment too).
    to_author = [m for m in mail.outbox if m.to == [comment.author_email]]
    assert len(to_author) == 1 and "Published" in to_author[0].body


def test_reject_needs_a_clause_and_tells_the_author_with_an_appeal_link(
    mod_client, django_capture_on_commit_callbacks
):
    comment = make_comment()
    response = decide(mod_client, comment, "reject")
    assert "Choose the policy clause" in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == S.HELD
    with django_capture_on_commit_callbacks(execute=True):
        decide(
            mod_client,
            comment,
            "reject",
            clause="troll",
            note="Attacks a reader, not the argument.",
        )
    comment.refresh_from_db()
    assert comment.status == S.REJECTED
    d = last_decision(comment)
    assert (d.action, d.clause, d.note) == (
        "reject",
        "troll",
        "Attacks a reader, not the argument.",
    )
    body = mail.outbox[0].body
    assert "troll" in body and "Attacks a reader" in body and "/moderation/appeal/" in body


def test_spam_is_recorded_and_not_mailed(mod_client, django_capture_on_commit_callbacks):
    comment = make_comment()
    with django_capture_on_commit_callbacks(execute=True):
        decide(mod_client, comment, "spam", clause="spam")
    comment.refresh_from_db()
    assert comment.status == S.SPAM
    assert last_decision(comment).action == "spam"
    assert mail.outbox == []


def test_edit_and_approve_keeps_the_original(mod_client):
    comment = make_comment(text="A fair point with one <b>rude</b> word.")
    decide(mod_client, comment, "edit-approve", text="A fair point with one [removed] word.")
    comment.refresh_from_db()
    assert comment.status == S.PUBLISHED
    assert comment.is_edited_by_moderator
    assert comment.text == "A fair point with one [removed] word."
    d = last_decision(comment)
    assert d.action == "edit-approve"
    assert d.previous_text == "A fair point with one <b>rude</b> word."
    page = mod_client.get(reverse("moderation:item", kwargs={"pk": comment.pk})).content.decode()
    assert "Edited by a moderator" in page  # the shared comment partial's badge
    assert "Text before the edit" in page


def test_remove_a_reported_published_comment_upholds_reports(mod_client):
    comment = make_comment(status=S.PUBLISHED)
    report = make_report(comment=comment)
    decide(mod_client, comment, "remove", clause="hate")
    comment.refresh_from_db()
    report.refresh_from_db()
    assert comment.status == S.REMOVED
    assert report.outcome == "upheld"
    assert last_decision(comment).to_status == "removed"


def test_keep_a_reported_comment_dismisses_reports(mod_client):
    comment = make_comment(status=S.PUBLISHED)
    report = make_report(comment=comment)
    decide(mod_client, comment, "keep")
    comment.refresh_from_db()
    report.refresh_from_db()
    assert comment.status == S.PUBLISHED
    assert report.outcome == "dismissed"
    d = last_decision(comment)
    assert (d.action, d.from_status, d.to_status) == ("keep", "published", "published")


def test_action_not_offered_for_status_is_refused(mod_client):
    comment = make_comment(status=S.PUBLISHED)
    response = decide(mod_client, comment, "approve")
    assert "not available" in response.content.decode()
    assert comment.decisions.count() == 1


def test_bad_input_is_a_message_not_a_500(mod_client):
    comment = make_comment()
    url = reverse("moderation:decide", kwargs={"pk": comment.pk})
    response = mod_client.post(url, {"action": "explode", "expected_status": "nope"}, follow=True)
    assert response.status_code == 200
    assert "incomplete" in response.content.decode()
    assert mod_client.post(reverse("moderation:decide", kwargs={"pk": 999999})).status_code == 404


def test_ban_the_author(mod_client, moderator):
    comment = make_comment()
    url = reverse("moderation:ban", kwargs={"pk": comment.pk})
    response = mod_client.post(
        url,
        {"reason": "Repeated abuse", "days": "30", "ban_email": "on", "ban_ip": "on"},
        follow=True,
    )
    assert "The author is banned" in response.content.decode()
    ban = Ban.objects.get()
    assert ban.email == comment.author_email and ban.ip_hash == comment.ip_hash
    assert ban.expires_at is not None and ban.created_by == moderator
    assert Ban.objects.matching(email=comment.author_email).exists()
    assert last_decision(comment).action == "ban-author"
    # For good, email only.
    mod_client.post(url, {"reason": "Again", "ban_email": "on"})
    forever = Ban.objects.filter(expires_at__isnull=True).get()
    assert forever.ip_hash == ""
    page = mod_client.get(reverse("moderation:item", kwargs={"pk": comment.pk})).content.decode()
    assert "Banned" in page and "for good" in page


def test_ban_without_reason_is_refused(mod_client):
    comment = make_comment()
    response = mod_client.post(
        reverse("moderation:ban", kwargs={"pk": comment.pk}), {}, follow=True
    )
    assert "not saved" in response.content.decode()
    assert not Ban.objects.exists()


def test_mark_trusted(mod_client):
    comment = make_comment()
    assert not author_is_trusted(email=comment.author_email)
    mod_client.post(reverse("moderation:trust", kwargs={"pk": comment.pk}), {"note": "Regular"})
    assert TrustedAuthor.objects.filter(email=comment.author_email).exists()
    assert author_is_trusted(email=comment.author_email.upper())
    assert last_decision(comment).action == "trust-author"


def test_bulk_approve_and_reject(mod_client):
    a, b, c = make_comment(), make_comment(), make_comment(status=S.PUBLISHED)
    response = mod_client.post(
        reverse("moderation:bulk"), {"action": "approve", "ids": [a.pk, b.pk, c.pk]}, follow=True
    )
    text = response.content.decode()
    assert "2 comments: approve" in text
    assert f"#{c.pk}:" in text  # the published one is refused, not changed
    assert set(Comment.objects.filter(pk__in=[a.pk, b.pk]).values_list("status", flat=True)) == {
        S.PUBLISHED
    }
    d, e = make_comment(), make_comment()
    response = mod_client.post(
        reverse("moderation:bulk"), {"action": "reject", "ids": [d.pk, e.pk]}, follow=True
    )
    assert "clause" in response.content.decode()
    assert Comment.objects.get(pk=d.pk).status == S.HELD
    mod_client.post(
        reverse("moderation:bulk"), {"action": "reject", "clause": "spam", "ids": [d.pk, e.pk]}
    )
    assert Decision.objects.filter(action="reject", clause="spam").count() == 2


def test_opening_an_item_claims_it_and_a_second_moderator_is_refused(mod_client, moderator):
    comment = make_comment()
    mod_client.get(reverse("moderation:item", kwargs={"pk": comment.pk}))
    comment.refresh_from_db()
    assert comment.claimed_by == moderator and comment.claimed_until is not None

    other = Client()
    other.force_login(make_moderator(username="second"))
    page = other.get(reverse("moderation:item", kwargs={"pk": comment.pk})).content.decode()
    assert f"{moderator.username} is working on this comment" in page
    response = decide(other, comment, "reject", clause="troll")
    assert f"{moderator.username} is working on this comment until" in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == S.HELD
    assert comment.decisions.count() == 1

    # The claimant decides; the claim is released.
    decide(mod_client, comment, "approve")
    comment.refresh_from_db()
    assert comment.status == S.PUBLISHED and comment.claimed_by is None


def test_decision_on_a_comment_someone_else_decided_is_refused(mod_client):
    comment = make_comment()
    first = Client()
    first.force_login(make_moderator())
    stale = {"action": "reject", "expected_status": "held", "clause": "troll"}
    decide(first, comment, "approve")
    response = mod_client.post(
        reverse("moderation:decide", kwargs={"pk": comment.pk}), stale, follow=True
    )
    assert "already decided by someone else" in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == S.PUBLISHED
    assert list(comment.decisions.values_list("action", flat=True)) == ["hold", "approve"]


def test_item_page_shows_evidence_findings_context_and_history(mod_client):
    parent = make_comment(status=S.PUBLISHED, text="The parent says something.")
    text = "You <script>x</script> are a total clown, and wrong."
    comment = make_comment(
        article=parent.article,
        parent=parent,
        text=text,
        author_email=parent.author_email,
        verdict=verdict(
            "hold", finding("troll", evidence=[(text.index("total"), text.index(","))])
        ),
    )
    make_report(comment=comment, reason="troll", note="Name-calling")
    page = mod_client.get(reverse("moderation:item", kwargs={"pk": comment.pk})).content.decode()
    assert "<mark>total clown</mark>" in page
    assert "&lt;script&gt;x&lt;/script&gt;" in page and "<script>x</script>" not in page
    assert "troll (troll.test), score 0.70" in page
    assert "The parent says something." in page
    assert parent.article.title in page
    assert "Published: 1" in page and "Held: 1" in page
    assert "Name-calling" in page
    assert "Decision history" in page


def test_decision_log_and_csv(mod_client):
    comment = make_comment(text="=cmd|' /C calc'!A0")
    decide(mod_client, comment, "reject", clause="spam", note="=HYPERLINK(1)")
    page = mod_client.get(reverse("moderation:decisions") + f"?comment={comment.pk}")
    assert "reject" in page.content.decode()
    response = mod_client.get(reverse("moderation:decisions-csv") + f"?comment={comment.pk}")
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode()
    lines = body.strip().splitlines()
    assert lines[0].startswith("id,created_at,comment_id,actor_kind")
    assert len(lines) == 3  # header, engine hold, moderator reject
    assert "'=HYPERLINK(1)" in body  # formula neutralised


def test_publishing_a_held_reply_tells_the_parent_author(
    mod_client, django_capture_on_commit_callbacks
):
    parent = make_comment(status=S.PUBLISHED, notify_replies=True)
    reply = make_comment(article=parent.article, parent=parent)
    with django_capture_on_commit_callbacks(execute=True):
        decide(mod_client, reply, "approve")
    recipients = {address for m in mail.outbox for address in m.to}
    assert {parent.author_email, reply.author_email} <= recipients


def test_take_the_next_unclaimed_item(mod_client, moderator):
    from datetime import timedelta

    from django.utils import timezone

    older, newer = make_comment(), make_comment()
    Comment.objects.filter(pk=older.pk).update(created_at=timezone.now() - timedelta(hours=1))
    url = reverse("moderation:claim-next")
    response = mod_client.post(url)
    assert response["Location"] == reverse("moderation:item", kwargs={"pk": older.pk})
    assert Comment.objects.get(pk=older.pk).claimed_by == moderator
    other = Client()
    other.force_login(make_moderator())
    response = other.post(url + "?reason=held")
    assert (
        response["Location"] == reverse("moderation:item", kwargs={"pk": newer.pk}) + "?reason=held"
    )
    third = Client()
    third.force_login(make_moderator())
    response = third.post(url, follow=True)
    assert "being worked on" in response.content.decode()
