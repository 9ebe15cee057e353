"""load_demo builds the demo blog once; a second run changes nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from blog.models import Article, Author, Image, SiteSettings, Tag

pytestmark = pytest.mark.django_db


def _snapshot():
    return {
        "articles": list(Article.objects.values_list("slug", "updated_at", "featured_image_id")),
        "images": list(Image.objects.values_list("file", "renditions")),
        "authors": Author.objects.count(),
        "tags": Tag.objects.count(),
        "users": list(get_user_model().objects.values_list("username", "password")),
        "site": list(SiteSettings.objects.values()),
    }


def test_load_demo_is_idempotent(client, capsys):
    call_command("load_demo")
    out = capsys.readouterr().out
    assert "editor" in out and "moderator" in out and "admin" in out
    first = _snapshot()
    assert len(first["articles"]) >= 4
    User = get_user_model()
    assert User.objects.get(username="editor").groups.filter(name="Editors").exists()
    assert User.objects.get(username="moderator").groups.filter(name="Moderators").exists()
    assert User.objects.get(username="admin").is_superuser
    assert "troll" in SiteSettings.load().comment_policy

    call_command("load_demo")
    assert "nothing changed" in capsys.readouterr().out
    assert _snapshot() == first

    home = client.get("/")
    assert home.status_code == 200
    article = Article.objects.published().exclude(featured_image=None).first()
    page = client.get(article.get_absolute_url()).text
    assert "<figcaption" in page and article.featured_image.credit in page
