"""The editors' admin: bulk actions, scheduled state, preview link and who may change what."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from blog.models import Article, SiteSettings
from tests.blog.make import make_image
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/blog/article/"


@pytest.fixture
def editor_client(client):
    client.force_login(make_user(username="ed", is_staff=True, groups=["Editors"]))
    return client


def test_bulk_publish_and_unpublish(editor_client):
    draft = make_article(status=Article.Status.DRAFT, title="Ready to go")
    future = make_article(
        status=Article.Status.DRAFT,
        title="Embargoed",
        published_at=timezone.now() + timedelta(days=3),
    )
    response = editor_client.post(
        CHANGELIST, {"action": "publish", "_selected_action": [draft.pk, future.pk]}, follow=True
    )
    assert "1 article published. 1 scheduled for later." in response.text
    draft.refresh_from_db()
    future.refresh_from_db()
    assert draft.status == Article.Status.PUBLISHED and draft.is_public
    assert future.status == Article.Status.SCHEDULED and not future.is_public
    assert editor_client.get(draft.get_absolute_url()).status_code == 200

    response = editor_client.post(
        CHANGELIST, {"action": "unpublish", "_selected_action": [draft.pk]}, follow=True
    )
    assert "1 article moved back to draft." in response.text
    draft.refresh_from_db()
    assert draft.status == Article.Status.DRAFT
    assert editor_client.get(draft.get_absolute_url()).status_code == 404


def test_changelist_shows_scheduled_state_thumbnail_and_preview(editor_client):
    when = timezone.now() + timedelta(days=2)
    article = make_article(title="Coming soon", published_at=when, featured_image=make_image())
    make_article(title="Still a draft", status=Article.Status.DRAFT)
    text = editor_client.get(CHANGELIST).text
    assert f"Scheduled for {timezone.localtime(when):%Y-%m-%d %H:%M}" in text
    assert "Draft" in text
    assert reverse("blog:article-preview", kwargs={"pk": article.pk}) in text
    assert '<img src="/media/images/r/' in text


def test_changelist_filters_and_search(editor_client):
    make_article(title="Fence budget")
    make_article(title="Visa queues", status=Article.Status.DRAFT)
    assert "Visa queues" not in editor_client.get(CHANGELIST + "?status__exact=published").text
    found = editor_client.get(CHANGELIST + "?q=fence").text
    assert "Fence budget" in found and "Visa queues" not in found


def test_editor_can_add_articles_but_not_change_site_settings(editor_client):
    assert editor_client.get("/admin/blog/article/add/").status_code == 200
    site = SiteSettings.load()
    change = reverse("admin:blog_sitesettings_change", args=[site.pk])
    assert editor_client.get(change).status_code == 403
    assert editor_client.post(change, {"blog_name": "Hijacked"}).status_code == 403
    assert SiteSettings.load().blog_name != "Hijacked"


def test_editor_with_the_permission_can_change_site_settings(client):
    user = make_user(is_staff=True, groups=["Editors"])
    user.user_permissions.add(Permission.objects.get(codename="change_sitesettings"))
    client.force_login(user)
    site = SiteSettings.load()
    response = client.get(reverse("admin:blog_sitesettings_changelist"))
    assert response.status_code == 302 and response["Location"].endswith(f"/{site.pk}/change/")
    assert client.get(response["Location"]).status_code == 200


def test_moderator_cannot_add_articles(client):
    client.force_login(make_user(is_staff=True, groups=["Moderators"]))
    assert client.get("/admin/blog/article/add/").status_code == 403


def test_site_settings_is_a_singleton_in_the_admin(client):
    client.force_login(make_user(is_staff=True, is_superuser=True))
    site = SiteSettings.load()
    assert client.get(reverse("admin:blog_sitesettings_add")).status_code == 403
    assert client.get(reverse("admin:blog_sitesettings_delete", args=[site.pk])).status_code == 403
    response = client.post(
        reverse("admin:blog_sitesettings_change", args=[site.pk]),
        {
            "blog_name": "The Crossing Point",
            "tagline": "Borders",
            "copyright_line": "© Us",
            "default_disclaimer": "Ours.",
            "comment_policy": "Be civil.",
            "comment_max_depth": 3,
            "comments_per_page": 50,
        },
    )
    assert response.status_code == 302
    assert SiteSettings.objects.get().blog_name == "The Crossing Point"


def test_article_add_form_saves_a_sanitised_article(editor_client):
    author = make_article().author
    response = editor_client.post(
        "/admin/blog/article/add/",
        {
            "title": "New piece",
            "slug": "new-piece",
            "author": author.pk,
            "summary": "",
            "body": "<p>Text</p><script>bad()</script>",
            "status": "published",
            "published_at_0": timezone.localtime().strftime("%Y-%m-%d"),
            "published_at_1": "00:00:00",
            "disclaimer": "",
            "comments_open": "on",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Article.objects.get(slug="new-piece").body == "<p>Text</p>"
