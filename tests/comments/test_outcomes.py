"""The three outcomes of screening, what the author and other readers see, and the audit row."""

import pytest
from django.test import Client

from comments.models import Comment
from comments.tokens import comment_token_read
from moderation.models import Decision
from tests.comments.make import (
    CLEAN,
    HOLDING,
    REJECTING,
    make_blocking_policy,
    make_comment,
    post_comment,
)
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def test_published_comment_has_engine_decision(client):
    article = make_article()
    post_comment(client, article)
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PUBLISHED
    assert comment.verdict["action"] == "approve"
    assert comment.policy_version
    decision = Decision.objects.get(comment=comment)
    assert decision.actor_kind == "engine"
    assert (decision.from_status, decision.to_status) == ("", "published")


def test_held_comment_visible_to_its_author_only(client):
    article = make_article()
    response = post_comment(client, article, text=HOLDING, follow=True)
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.HELD
    assert "awaiting review by a moderator" in response.text
    assert f'id="c{comment.pk}"' in response.text
    assert "Awaiting moderation" in response.text
    assert "Comments (0)" in response.text  # the count is of published comments

    stranger = Client()
    page = stranger.get(article.get_absolute_url())
    assert "https://a.example/1" not in page.text
    assert f'id="c{comment.pk}"' not in page.text

    decision = Decision.objects.get(comment=comment)
    assert (decision.actor_kind, decision.action, decision.to_status) == ("engine", "hold", "held")
    assert decision.clause == "spam"
    assert decision.findings and decision.findings[0]["evidence"]


def test_held_comment_of_signed_in_user_follows_them_to_another_browser(client):
    article = make_article()
    user = make_user()
    client.force_login(user)
    post_comment(client, article, text=HOLDING)
    elsewhere = Client()
    elsewhere.force_login(user)
    assert "Awaiting moderation" in elsewhere.get(article.get_absolute_url()).text


def test_rejected_comment_tells_clause_and_appeal(client):
    make_blocking_policy()
    article = make_article()
    response = post_comment(client, article, text=REJECTING, follow=True)
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.REJECTED
    assert "Your comment was not published" in response.text
    assert "#troll" in response.text
    assert "/appeal/" in response.text
    token = response.text.split("/appeal/", 1)[1].split("/", 1)[0]
    assert comment_token_read(token, purpose="appeal") == comment.pk
    # Its author still sees it, marked, with the reasons; nobody else does.
    assert "Not published" in response.text
    assert "Appeal this decision" in response.text
    page = Client().get(article.get_absolute_url())
    assert "zorblax" not in page.text
    decision = Decision.objects.get(comment=comment)
    assert (decision.action, decision.to_status, decision.clause) == ("reject", "rejected", "troll")
    assert decision.policy_version == comment.policy_version


def test_rejected_comment_is_stored_with_raw_text(client):
    make_blocking_policy()
    article = make_article()
    post_comment(client, article, text=f"<b>{REJECTING}</b>")
    comment = Comment.objects.get()
    assert comment.raw_text.startswith("<b>")
    assert comment.verdict["findings"][0]["rule"] == "custom.blocked_term"


def test_trusted_author_hold_becomes_published(client):
    article = make_article()
    for n in range(5):
        make_comment(article=article, author_email="ana@example.org", text=f"Earlier point {n}")
    post_comment(client, article, text=HOLDING)
    comment = Comment.objects.get(text=HOLDING)
    assert comment.status == Comment.Status.PUBLISHED
    assert comment.verdict["action"] == "hold"
    decision = Decision.objects.get(comment=comment)
    assert decision.to_status == "published" and "Trusted" in decision.note


def test_trust_is_lost_by_a_rejection(client):
    article = make_article()
    for n in range(5):
        make_comment(article=article, author_email="ana@example.org", text=f"Earlier point {n}")
    make_comment(article=article, author_email="ana@example.org", status=Comment.Status.REJECTED)
    post_comment(client, article, text=HOLDING)
    assert Comment.objects.get(text=HOLDING).status == Comment.Status.HELD


def test_trust_does_not_override_reject(client):
    make_blocking_policy()
    article = make_article()
    for n in range(5):
        make_comment(article=article, author_email="ana@example.org", text=f"Earlier point {n}")
    post_comment(client, article, text=REJECTING)
    assert Comment.objects.get(text=REJECTING).status == Comment.Status.REJECTED


def test_other_readers_see_published_only(client):
    article = make_article()
    make_comment(article=article, text="Visible point", status=Comment.Status.PUBLISHED)
    make_comment(article=article, text="Held point", status=Comment.Status.HELD)
    make_comment(article=article, text="Rejected point", status=Comment.Status.REJECTED)
    make_comment(article=article, text="Spam point", status=Comment.Status.SPAM)
    page = client.get(article.get_absolute_url())
    assert "Visible point" in page.text
    for hidden in ("Held point", "Rejected point", "Spam point"):
        assert hidden not in page.text
    assert "Comments (1)" in page.text
    assert CLEAN not in page.text
