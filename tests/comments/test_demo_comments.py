"""The demo blog comes with a screened comment thread, and loading it twice changes nothing."""

import pytest
from django.core.management import call_command

from blog.models import Article
from comments.models import Comment

pytestmark = pytest.mark.django_db


def test_demo_comments_are_screened_threaded_and_loaded_once(client):
    call_command("load_demo", verbosity=0)
    article = Article.objects.published().order_by("-published_at").first()
    comments = Comment.objects.filter(article=article)
    published = comments.filter(status=Comment.Status.PUBLISHED)
    assert published.count() == 5
    assert published.filter(depth=2).exists()  # a reply to a reply
    held = comments.get(status=Comment.Status.HELD)  # three links: held for a moderator
    assert "spam" in held.verdict["categories"]

    call_command("load_demo", verbosity=0)
    assert Comment.objects.count() == 6

    page = client.get(article.get_absolute_url())
    assert "Comments (5)" in page.text
    assert held.text not in page.text
