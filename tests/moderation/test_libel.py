"""Libel complaints: the public form, the comment held at once, the poster notified with a
deadline, then kept or removed; every step in the audit log."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from comments.models import Comment
from moderation.models import LibelComplaint
from tests.moderation.make import make_comment, make_moderator

pytestmark = pytest.mark.django_db
S = Comment.Status


def complain(target, **overrides):
    data = {
        "name": "Pat Example",
        "contact": "pat@example.org",
        "comment": f"https://blog.example{target.get_absolute_url()}",
        "untrue_statement": "That I was convicted of fraud.",
        "why_untrue": "I have never been charged with anything.",
        **overrides,
    }
    return Client().post(reverse("moderation:libel-complaint"), data, follow=True)


def test_complete_complaint_holds_at_once_and_notifies_moderators(
    django_capture_on_commit_callbacks,
):
    moderator = make_moderator()
    comment = make_comment(status=S.PUBLISHED)
    with django_capture_on_commit_callbacks(execute=True):
        response = complain(comment)
    assert "no longer shown" in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == S.HELD
    complaint = LibelComplaint.objects.get()
    assert complaint.step == "received"
    d = comment.decisions.order_by("-pk").first()
    assert (d.action, d.actor_kind, d.from_status, d.to_status, d.clause) == (
        "libel-hold",
        "system",
        "published",
        "held",
        "libel",
    )
    assert [m.to for m in mail.outbox] == [[moderator.email]]
    assert "Libel complaint" in mail.outbox[0].subject


def test_incomplete_complaint_does_not_hold():
    comment = make_comment(status=S.PUBLISHED)
    response = complain(comment, why_untrue="", comment=str(comment.pk))
    assert "need to know" in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == S.PUBLISHED
    assert LibelComplaint.objects.get().step == "incomplete"
    assert comment.decisions.filter(action="libel-complaint-incomplete").exists()


def test_unknown_comment_is_a_form_error():
    response = Client().post(
        reverse("moderation:libel-complaint"),
        {"name": "A", "contact": "b", "comment": "no such thing"},
    )
    assert response.status_code == 200
    assert "could not find" in response.content.decode()
    assert not LibelComplaint.objects.exists()


def test_steps_notify_then_remove(mod_client, django_capture_on_commit_callbacks):
    comment = make_comment(status=S.PUBLISHED)
    complain(comment)
    complaint = LibelComplaint.objects.get()
    url = reverse("moderation:libel-step", kwargs={"pk": comment.pk})
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        mod_client.post(url, {"step": "notify", "complaint": complaint.pk})
    complaint.refresh_from_db()
    assert complaint.step == "notified" and complaint.respond_by is not None
    assert mail.outbox[0].to == [comment.author_email]
    assert "reply to this email by" in mail.outbox[0].body
    # Notifying twice is refused.
    response = mod_client.post(url, {"step": "notify", "complaint": complaint.pk}, follow=True)
    assert "no longer waiting" in response.content.decode()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        mod_client.post(
            url,
            {"step": "remove", "complaint": complaint.pk, "poster_response": "No reply."},
        )
    # The poster hears of the removal, the complainant of the outcome.
    assert sorted(m.to[0] for m in mail.outbox) == sorted([comment.author_email, "pat@example.org"])
    assert any("has been removed" in m.body for m in mail.outbox)
    complaint.refresh_from_db()
    comment.refresh_from_db()
    assert complaint.step == "removed" and complaint.poster_response == "No reply."
    assert comment.status == S.REMOVED
    actions = list(comment.decisions.order_by("pk").values_list("action", flat=True))
    assert actions == ["approve", "libel-hold", "libel-notify-poster", "libel-remove"]


def test_keep_publishes_again(mod_client):
    comment = make_comment(status=S.PUBLISHED)
    complain(comment)
    complaint = LibelComplaint.objects.get()
    url = reverse("moderation:libel-step", kwargs={"pk": comment.pk})
    mod_client.post(url, {"step": "keep", "complaint": complaint.pk, "note": "Fair comment."})
    comment.refresh_from_db()
    assert comment.status == S.PUBLISHED
    assert LibelComplaint.objects.get().step == "kept"
    assert comment.decisions.order_by("-pk").first().action == "libel-keep"
    page = mod_client.get(reverse("moderation:item", kwargs={"pk": comment.pk})).content.decode()
    assert "Decided: comment kept" in page


def test_complaints_are_rate_limited():
    comment = make_comment(status=S.PUBLISHED)
    for _ in range(5):
        complain(comment, untrue_statement="")
    response = complain(comment)
    assert response.status_code == 429
    assert "wait a while" in response.content.decode()
    assert "Pat Example" in response.content.decode()  # the form comes back filled in
    assert Comment.objects.get(pk=comment.pk).status == S.PUBLISHED
