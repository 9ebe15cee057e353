"""The appeal round trip: signed link, message, queue, a final decision, all in the audit log."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from comments.models import Comment
from comments.tokens import comment_token_make
from moderation.models import Appeal
from tests.moderation.make import make_comment

pytestmark = pytest.mark.django_db
S = Comment.Status


def appeal_url(comment, purpose="appeal"):
    return reverse(
        "moderation:appeal",
        kwargs={"token": comment_token_make(comment_id=comment.pk, purpose=purpose)},
    )


def test_round_trip_upheld(mod_client, moderator, django_capture_on_commit_callbacks):
    comment = make_comment()
    with django_capture_on_commit_callbacks(execute=True):
        mod_client.post(
            reverse("moderation:decide", kwargs={"pk": comment.pk}),
            {"action": "reject", "expected_status": "held", "clause": "profanity"},
        )
    # The author follows the link from the email.
    link = next(line for line in mail.outbox[0].body.splitlines() if "/moderation/appeal/" in line)
    path = link.strip().split("127.0.0.1:8000", 1)[-1]
    author = Client()
    page = author.get(path).content.decode()
    assert "profanity" in page and comment.text in page
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = author.post(
            path,
            {"message": "The word quoted the article; it was not aimed at anyone."},
            follow=True,
        )
    assert [m.to for m in mail.outbox] == [[moderator.email]]  # moderators hear of it
    assert "Your appeal is with the moderators" in response.content.decode()
    appeal = Appeal.objects.get(comment=comment)
    assert appeal.status == "open"
    assert comment.decisions.filter(action="appeal", actor_kind="author").exists()
    # A second appeal is refused while the first is open.
    assert "waiting for a moderator" in author.get(path).content.decode()

    # In the queue, beside the original decision.
    queue = mod_client.get(reverse("moderation:queue")).content.decode()
    assert f">#{comment.pk}</a>" in queue and "Appeal" in queue
    item = mod_client.get(reverse("moderation:item", kwargs={"pk": comment.pk})).content.decode()
    assert "The word quoted the article" in item
    assert "Against: <strong>reject</strong> (held → rejected), clause profanity" in item

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        mod_client.post(
            reverse("moderation:appeal-decide", kwargs={"pk": appeal.pk}),
            {"outcome": "uphold", "note": "Fair point."},
        )
    comment.refresh_from_db()
    appeal.refresh_from_db()
    assert comment.status == S.PUBLISHED
    assert appeal.status == "upheld" and appeal.decided_by == moderator
    d = comment.decisions.order_by("-pk").first()
    assert (d.action, d.from_status, d.to_status) == ("appeal-uphold", "rejected", "published")
    assert mail.outbox and mail.outbox[0].to == [comment.author_email]


def test_denied_appeal_is_final(mod_client):
    comment = make_comment(status=S.REJECTED)
    path = appeal_url(comment)
    Client().post(path, {"message": "Please reconsider."})
    appeal = Appeal.objects.get()
    url = reverse("moderation:appeal-decide", kwargs={"pk": appeal.pk})
    mod_client.post(url, {"outcome": "deny", "note": "It stands."})
    comment.refresh_from_db()
    assert comment.status == S.REJECTED
    assert comment.decisions.filter(action="appeal-deny", note="It stands.").exists()
    # A second decision on the same appeal is refused; so is a new appeal.
    response = mod_client.post(url, {"outcome": "uphold"}, follow=True)
    assert "already decided" in response.content.decode()
    assert Comment.objects.get(pk=comment.pk).status == S.REJECTED
    page = Client().get(path).content.decode()
    assert "that decision is final" in page
    Client().post(path, {"message": "Again"})
    assert Appeal.objects.count() == 1


def test_bad_links_and_empty_messages():
    comment = make_comment(status=S.REJECTED)
    # A delete token is not an appeal token.
    assert Client().get(appeal_url(comment, purpose="delete")).status_code == 400
    response = Client().post(appeal_url(comment), {"message": ""})
    assert response.status_code == 200 and not Appeal.objects.exists()
    # A published comment has nothing to appeal.
    published = make_comment(status=S.PUBLISHED)
    assert "nothing to appeal" in Client().get(appeal_url(published)).content.decode()
