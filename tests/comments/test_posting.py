"""Posting and replying through the article page's form, and the anti-abuse rules."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from blog.models import SiteSettings
from comments.forms import fill_token_make
from comments.identity import ip_hash
from comments.models import Comment
from moderation.models import Ban
from tests.comments.make import CLEAN, make_comment, post_comment
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def test_guest_posts_and_everyone_sees_it(client):
    article = make_article()
    response = post_comment(client, article, name="Ana Reader", url="https://ana.example")
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{article.get_absolute_url()}#c{comment.pk}"
    page = client.get(response["Location"])
    assert "your comment is published" in page.text
    assert f'id="c{comment.pk}"' in page.text
    assert comment.status == Comment.Status.PUBLISHED
    assert comment.author_email == "ana@example.org"
    assert comment.ip_hash == ip_hash("127.0.0.1") and "127.0.0.1" not in comment.ip_hash

    other = client_class_fresh()
    page = other.get(article.get_absolute_url())
    assert "Comments (1)" in page.text
    assert CLEAN in page.text
    assert '<a href="https://ana.example" rel="nofollow ugc noopener">Ana Reader</a>' in page.text
    assert "ana@example.org" not in page.text  # the email is never shown


def client_class_fresh():
    from django.test import Client

    return Client()


def test_signed_in_user_posts_under_their_name(client):
    article = make_article()
    user = make_user(first_name="Berta", last_name="Lind")
    client.force_login(user)
    page = client.get(article.get_absolute_url())
    assert 'name="email"' not in page.text  # no name/email fields for a signed-in reader
    post_comment(client, article, name=None, email=None, url=None)
    comment = Comment.objects.get()
    assert comment.user == user
    assert comment.author_name == "Berta Lind"
    assert comment.author_email == user.email


def test_reply_threads_under_parent(client):
    article = make_article()
    parent = make_comment(article=article, author_name="First Voice")
    page = client.get(f"{article.get_absolute_url()}?reply_to={parent.pk}")
    assert "Replying to First Voice" in page.text
    assert f'name="parent" value="{parent.pk}"' in page.text
    post_comment(client, article, parent=parent.pk, text="A reply with a different view.")
    reply = Comment.objects.exclude(pk=parent.pk).get()
    assert reply.parent == parent and reply.depth == 1
    page = client.get(article.get_absolute_url())
    # The reply is inside the parent's item, in a nested list.
    nested = page.text.split(f'id="c{parent.pk}"', 1)[1]
    assert '<ol class="comment-children' in nested.split(f'id="c{reply.pk}"')[0]


def test_depth_limit_attaches_deep_replies_to_deepest_level(client):
    article = make_article()
    site = SiteSettings.load()
    site.comment_max_depth = 3
    site.save()
    top = make_comment(article=article)
    second = make_comment(article=article, parent=top)
    third = make_comment(article=article, parent=second)
    assert third.depth == 2
    post_comment(client, article, parent=third.pk, text="Going one level too deep.")
    deep = Comment.objects.get(text="Going one level too deep.")
    assert deep.parent == second
    assert deep.depth == 2


def test_reply_to_comment_of_another_article_is_refused(client):
    article, other = make_article(), make_article()
    foreign = make_comment(article=other)
    response = post_comment(client, article, parent=foreign.pk)
    assert response.status_code == 200
    assert "no longer available" in response.text
    assert Comment.objects.count() == 1


def test_honeypot_refuses_bots(client):
    article = make_article()
    response = post_comment(client, article, homepage="http://spam.example")
    assert response.status_code == 200
    assert "looks automated" in response.text
    assert not Comment.objects.exists()


def test_fill_time_refuses_instant_posts(client, settings):
    settings.STOA_COMMENT_MIN_FILL_SECONDS = 3
    article = make_article()
    response = post_comment(client, article)
    assert "quicker than anyone can type" in response.text
    assert not Comment.objects.exists()
    post_comment(client, article, started=fill_token_make(time.time() - 10))
    assert Comment.objects.count() == 1


def test_forged_fill_token_is_refused(client):
    article = make_article()
    response = post_comment(client, article, started="forged:token")
    assert "form has expired" in response.text
    assert not Comment.objects.exists()


def test_length_limit_has_clear_message(client, settings):
    article = make_article()
    response = post_comment(client, article, text="x" * (settings.STOA_COMMENT_MAX_LENGTH + 1))
    assert response.status_code == 200
    assert "Please keep your comment under" in response.text
    assert not Comment.objects.exists()


def test_markup_only_comment_is_refused(client):
    article = make_article()
    response = post_comment(client, article, text="<b></b><i> </i>")
    assert "empty once markup is removed" in response.text


def test_duplicate_within_window_is_refused(client):
    article = make_article()
    post_comment(client, article)
    response = post_comment(client, article)
    assert response.status_code == 200
    assert "already posted this comment" in response.text
    assert Comment.objects.count() == 1
    # The same words on another article are fine.
    post_comment(client, make_article())
    assert Comment.objects.count() == 2


def test_same_text_by_another_reader_is_not_a_duplicate(client):
    article = make_article()
    post_comment(client, article, email="one@example.org")
    other = client_class_fresh()
    other.defaults["REMOTE_ADDR"] = "10.0.0.9"
    post_comment(other, article, email="two@example.org")
    assert Comment.objects.count() == 2


def test_banned_email_is_refused_politely(client):
    article = make_article()
    Ban.objects.create(email="ana@example.org", reason="repeated abuse")
    response = post_comment(client, article)
    assert response.status_code == 200
    assert "can&#x27;t accept comments from you" in response.text
    assert not Comment.objects.exists()


def test_banned_ip_is_refused_and_expired_ban_is_not(client):
    article = make_article()
    ban = Ban.objects.create(ip_hash=ip_hash("127.0.0.1"), reason="flood")
    assert "accept comments" in post_comment(client, article).text
    ban.expires_at = timezone.now() - timedelta(days=1)
    ban.save()
    assert post_comment(client, article).status_code == 302


def test_rate_limit_per_ip_answers_429(client, settings):
    settings.STOA_RATE_LIMIT_IP = (2, 60)
    article = make_article()
    for n in range(2):
        assert (
            post_comment(client, article, text=f"Point {n}", email=f"p{n}@example.org").status_code
            == 302
        )
    response = post_comment(client, article, text="Point 3", email="p3@example.org")
    assert response.status_code == 429
    assert "Too many comments" in response.text
    assert "Point 3" in response.text  # their words are given back
    assert Comment.objects.count() == 2


def test_rate_limit_per_email_answers_429(client, settings):
    settings.STOA_RATE_LIMIT_EMAIL = (1, 3600)
    article = make_article()
    assert post_comment(client, article, text="First point").status_code == 302
    other = client_class_fresh()
    other.defaults["REMOTE_ADDR"] = "10.0.0.7"
    assert post_comment(other, article, text="Second point").status_code == 429


def test_closed_article_shows_notice_and_refuses_posts(client):
    article = make_article(comments_open=False)
    page = client.get(article.get_absolute_url())
    assert "Comments are closed." in page.text
    assert "Post a Comment" not in page.text
    response = post_comment(client, article, follow=True)
    assert "Comments are closed on this article." in response.text
    assert not Comment.objects.exists()


def test_comments_close_after_site_setting_days(client):
    site = SiteSettings.load()
    site.comments_close_after_days = 7
    site.save()
    old = make_article(published_at=timezone.now() - timedelta(days=8))
    fresh = make_article()
    assert "Comments are closed." in client.get(old.get_absolute_url()).text
    assert "Post a Comment" in client.get(fresh.get_absolute_url()).text


def test_get_on_post_url_is_not_allowed(client):
    article = make_article()
    assert client.get(f"/comments/post/{article.pk}/").status_code == 405


def test_script_and_javascript_links_render_inert(client):
    article = make_article()
    nasty = (
        '<script>alert("x")</script> see <a href="javascript:alert(1)">this</a> '
        "and javascript:alert(2) and https://good.org/page"
    )
    post_comment(client, article, text=nasty, url=None)
    page = client_class_fresh().get(article.get_absolute_url())
    body = page.text.split('id="comments"', 1)[1]
    assert "<script>alert" not in body
    assert 'href="javascript:' not in body
    assert '<a href="https://good.org/page" rel="nofollow ugc noopener">' in body
    comment = Comment.objects.get()
    assert "<script>" in comment.raw_text and "<script>" not in comment.text


def test_script_in_name_is_escaped(client):
    article = make_article()
    post_comment(client, article, name="<script>x</script>")
    page = client_class_fresh().get(article.get_absolute_url())
    assert "&lt;script&gt;x&lt;/script&gt;" in page.text
    assert "<script>x</script>" not in page.text


def test_javascript_website_is_refused(client):
    article = make_article()
    response = post_comment(client, article, url="javascript:alert(1)")
    assert response.status_code == 200
    assert "Enter a valid URL." in response.text
    assert not Comment.objects.exists()
