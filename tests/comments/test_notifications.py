"""Emails sent on commit through the tasks framework, to the right people, text plus HTML."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from comments.models import Comment
from tests.comments.make import HOLDING, make_comment, post_comment
from tests.factories import make_article, make_author, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff():
    return {
        "moderator": make_user(groups=["Moderators"], email="mod@example.org"),
        "superuser": make_user(is_superuser=True, email="root@example.org"),
        "no_email": make_user(groups=["Moderators"], email=""),
        "editor": make_user(groups=["Editors"], email="editor@example.org"),
    }


def _by_recipient() -> dict[str, mail.EmailMessage]:
    return {m.to[0]: m for m in mail.outbox}


def test_held_comment_emails_moderators_on_commit(
    client, staff, django_capture_on_commit_callbacks
):
    article = make_article()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        post_comment(client, article, text=HOLDING, email="guest@example.org")
    assert mail.outbox == []  # nothing leaves before the transaction commits
    for callback in callbacks:
        callback()
    sent = _by_recipient()
    assert set(sent) == {"mod@example.org", "root@example.org", "guest@example.org"}
    held = sent["mod@example.org"]
    assert "awaits moderation" in held.subject
    assert "https://a.example/1" in held.body
    assert held.alternatives[0].mimetype == "text/html"
    assert f"/moderation/item/{Comment.objects.get().pk}/" in held.body


def test_published_comment_does_not_email_moderators(
    client, staff, django_capture_on_commit_callbacks
):
    article = make_article()
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(client, article, email="guest@example.org")
    assert "mod@example.org" not in _by_recipient()


def test_guest_gets_receipt_with_working_delete_link(client, django_capture_on_commit_callbacks):
    article = make_article()
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(client, article, email="guest@example.org")
    receipt = _by_recipient()["guest@example.org"]
    assert "It is published" in receipt.body
    link = next(w for w in receipt.body.split() if "/delete/?token=" in w)
    path = link.split("://", 1)[1].split("/", 1)[1]
    browser = Client()  # e.g. the guest's phone: no cookie, only the link
    assert browser.get("/" + path).status_code == 200
    token = path.split("token=", 1)[1]
    comment = Comment.objects.get()
    browser.post(reverse("comments:delete", kwargs={"pk": comment.pk}), {"token": token})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.DELETED


def test_reply_notifies_parent_author_who_asked(client, django_capture_on_commit_callbacks):
    author = make_author(user=make_user(email="writer@example.org"))
    article = make_article(author=author)
    wants = make_comment(article=article, author_email="wants@example.org", notify_replies=True)
    quiet = make_comment(article=article, author_email="quiet@example.org", notify_replies=False)
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(client, article, parent=wants.pk, text="Answering you.", email="r@example.org")
        post_comment(client, article, parent=quiet.pk, text="Answering too.", email="r@example.org")
    sent = _by_recipient()
    assert "quiet@example.org" not in sent
    reply_mail = sent["wants@example.org"]
    assert "Answering you." in reply_mail.body
    assert "/comments/unsubscribe/" in reply_mail.body
    assert reply_mail.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # The article's author hears of each published comment.
    assert len([m for m in mail.outbox if m.to == ["writer@example.org"]]) == 2


def test_held_reply_notifies_nobody_but_moderators(
    client, staff, django_capture_on_commit_callbacks
):
    author = make_author(user=make_user(email="writer@example.org"))
    article = make_article(author=author)
    parent = make_comment(article=article, author_email="wants@example.org", notify_replies=True)
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(client, article, parent=parent.pk, text=HOLDING, email="r@example.org")
    sent = _by_recipient()
    assert "wants@example.org" not in sent
    assert "writer@example.org" not in sent
    assert "mod@example.org" in sent


def test_article_author_not_told_of_own_comment(client, django_capture_on_commit_callbacks):
    writer = make_user(email="writer@example.org")
    article = make_article(author=make_author(user=writer))
    client.force_login(writer)
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(client, article, name=None, email=None, url=None)
    assert mail.outbox == []


def test_unsubscribe_link_stops_reply_emails(client, django_capture_on_commit_callbacks):
    article = make_article()
    parent = make_comment(article=article, author_email="wants@example.org", notify_replies=True)
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(client, article, parent=parent.pk, text="First answer.", email="r@example.org")
    body = _by_recipient()["wants@example.org"].body
    url = next(w for w in body.split() if "/comments/unsubscribe/" in w)
    path = "/" + url.split("://", 1)[1].split("/", 1)[1]
    browser = Client()
    assert "Stop emails about replies?" in browser.get(path).text
    parent.refresh_from_db()
    assert parent.notify_replies  # GET alone changes nothing (link scanners)
    assert "You are unsubscribed" in browser.post(path).text
    parent.refresh_from_db()
    assert not parent.notify_replies
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(
            client, article, parent=parent.pk, text="Second answer.", email="r@example.org"
        )
    assert "wants@example.org" not in _by_recipient()


def test_forged_unsubscribe_token_gives_403(client):
    assert client.get("/comments/unsubscribe/not-a-token/").status_code == 403
    assert client.post("/comments/unsubscribe/not-a-token/").status_code == 403


def test_reply_approved_by_a_moderator_notifies_once(client, django_capture_on_commit_callbacks):
    moderator = make_user(groups=["Moderators"], email="mod@example.org")
    writer = make_user(email="writer@example.org")
    article = make_article(author=make_author(user=writer))
    parent = make_comment(article=article, author_email="wants@example.org", notify_replies=True)
    post_comment(client, article, parent=parent.pk, text=HOLDING, email="r@example.org")
    reply = Comment.objects.get(parent=parent)
    assert reply.status == Comment.Status.HELD
    mail.outbox.clear()
    desk = Client()
    desk.force_login(moderator)
    decide = reverse("moderation:decide", kwargs={"pk": reply.pk})
    with django_capture_on_commit_callbacks(execute=True):
        desk.post(decide, {"action": "approve", "expected_status": "held"})
    reply.refresh_from_db()
    assert reply.status == Comment.Status.PUBLISHED
    sent = _by_recipient()
    assert "wants@example.org" in sent and "writer@example.org" in sent
    # Held again after reports, approved again: no second round of the same news.
    Comment.objects.filter(pk=reply.pk).update(status=Comment.Status.HELD)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        desk.post(decide, {"action": "approve", "expected_status": "held"})
    assert "wants@example.org" not in _by_recipient()
