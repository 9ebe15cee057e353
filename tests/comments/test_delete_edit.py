"""Deleting and editing one's own comment: by account, by the guest cookie, by the emailed link."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment
from comments.tokens import comment_token_make
from moderation.models import Decision
from tests.comments.make import HOLDING, REJECTING, make_blocking_policy, make_comment, post_comment
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def _delete_url(comment, token=None):
    url = reverse("comments:delete", kwargs={"pk": comment.pk})
    return f"{url}?token={token}" if token else url


def test_user_deletes_own_comment(client):
    article = make_article()
    user = make_user()
    comment = make_comment(article=article, user=user, text="Words I regret")
    client.force_login(user)
    page = client.get(article.get_absolute_url())
    assert _delete_url(comment) in page.text
    assert "Delete your comment?" in client.get(_delete_url(comment)).text
    response = client.post(_delete_url(comment), follow=True)
    assert "Your comment is deleted." in response.text
    assert "Words I regret" not in response.text
    comment.refresh_from_db()
    assert comment.status == Comment.Status.DELETED
    decision = Decision.objects.get(comment=comment)
    assert (decision.actor_kind, decision.actor, decision.to_status) == ("author", user, "deleted")


def test_user_cannot_delete_another_users_comment(client):
    article = make_article()
    comment = make_comment(article=article, user=make_user())
    client.force_login(make_user())
    assert _delete_url(comment) not in client.get(article.get_absolute_url()).text
    assert client.get(_delete_url(comment)).status_code == 403
    assert client.post(_delete_url(comment)).status_code == 403
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PUBLISHED


def test_guest_deletes_through_the_cookie_set_when_posting(client):
    article = make_article()
    post_comment(client, article)
    comment = Comment.objects.get()
    assert _delete_url(comment) in client.get(article.get_absolute_url()).text
    assert client.post(_delete_url(comment)).status_code == 302
    comment.refresh_from_db()
    assert comment.status == Comment.Status.DELETED


def test_another_guest_gets_403(client):
    article = make_article()
    post_comment(client, article)
    comment = Comment.objects.get()
    stranger = Client()
    assert _delete_url(comment) not in stranger.get(article.get_absolute_url()).text
    assert stranger.post(_delete_url(comment)).status_code == 403


def test_forged_cookie_is_ignored(client):
    article = make_article()
    comment = make_comment(article=article)
    client.cookies["stoa_comments"] = f"[{comment.pk}]"
    assert client.post(_delete_url(comment)).status_code == 403


def test_guest_deletes_through_the_emailed_link():
    article = make_article()
    comment = make_comment(article=article)
    token = comment_token_make(comment_id=comment.pk, purpose="delete")
    browser = Client()
    page = browser.get(_delete_url(comment, token))
    assert page.status_code == 200
    assert f'name="token" value="{token}"' in page.text
    assert browser.post(_delete_url(comment), {"token": token}).status_code == 302
    comment.refresh_from_db()
    assert comment.status == Comment.Status.DELETED


def test_forged_or_foreign_token_gives_403():
    article = make_article()
    comment = make_comment(article=article)
    other = make_comment(article=article)
    browser = Client()
    assert browser.get(_delete_url(comment, "forged-token")).status_code == 403
    foreign = comment_token_make(comment_id=other.pk, purpose="delete")
    assert browser.post(_delete_url(comment), {"token": foreign}).status_code == 403
    wrong_purpose = comment_token_make(comment_id=comment.pk, purpose="unsubscribe")
    assert browser.post(_delete_url(comment), {"token": wrong_purpose}).status_code == 403
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PUBLISHED


def test_deleted_comment_with_replies_leaves_placeholder(client):
    article = make_article()
    parent = make_comment(article=article, text="The original claim", status=Comment.Status.DELETED)
    make_comment(article=article, parent=parent, text="A reply that stays")
    removed = make_comment(article=article, text="Moderated claim", status=Comment.Status.REMOVED)
    make_comment(article=article, parent=removed, text="Another reply that stays")
    make_comment(article=article, text="Lonely deleted", status=Comment.Status.DELETED)
    page = client.get(article.get_absolute_url())
    assert "This comment has been removed by the author." in page.text
    assert "This comment has been removed by a moderator." in page.text
    assert "A reply that stays" in page.text and "Another reply that stays" in page.text
    for gone in ("The original claim", "Moderated claim", "Lonely deleted"):
        assert gone not in page.text
    assert "Comments (2)" in page.text


def test_edit_within_window_is_screened_again(client):
    article = make_article()
    post_comment(client, article, text="First draft of my point.")
    comment = Comment.objects.get()
    edit = reverse("comments:edit", kwargs={"pk": comment.pk})
    assert edit in client.get(article.get_absolute_url()).text
    assert "First draft" in client.get(edit).text
    response = client.post(edit, {"text": "Second draft of my point."}, follow=True)
    assert "Your edit is saved." in response.text
    comment.refresh_from_db()
    assert comment.text == "Second draft of my point." and comment.edited_at
    assert "(edited)" in response.text
    # An edit that the engine holds sends the comment back to review.
    response = client.post(edit, {"text": HOLDING}, follow=True)
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HELD
    assert "awaiting review" in response.text
    actions = list(Decision.objects.filter(comment=comment).values_list("action", flat=True))
    assert actions == ["approve", "edit-approve", "edit-hold"]


def test_edit_that_breaks_policy_moves_published_comment_to_review(client):
    make_blocking_policy()
    article = make_article()
    post_comment(client, article)
    comment = Comment.objects.get()
    client.post(reverse("comments:edit", kwargs={"pk": comment.pk}), {"text": REJECTING})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HELD  # published may not jump to rejected
    assert comment.verdict["action"] == "reject"


def test_edit_after_window_is_refused(client, settings):
    article = make_article()
    post_comment(client, article)
    comment = Comment.objects.get()
    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - timedelta(minutes=settings.STOA_COMMENT_EDIT_MINUTES + 1)
    )
    edit = reverse("comments:edit", kwargs={"pk": comment.pk})
    assert edit not in client.get(article.get_absolute_url()).text
    response = client.post(edit, {"text": "Too late now."}, follow=True)
    assert "The time for editing this comment is over." in response.text
    comment.refresh_from_db()
    assert comment.text != "Too late now."


def test_only_the_author_may_edit(client):
    article = make_article()
    comment = make_comment(article=article, user=make_user())
    client.force_login(make_user())
    edit = reverse("comments:edit", kwargs={"pk": comment.pk})
    assert client.get(edit).status_code == 403
    assert client.post(edit, {"text": "Hijacked"}).status_code == 403
