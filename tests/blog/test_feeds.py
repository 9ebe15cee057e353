"""Feeds, sitemap and robots.txt list what is public and nothing else."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from blog.models import Article, SiteSettings
from tests.factories import make_article, make_tag

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _xml(response) -> ET.Element:
    return ET.fromstring(response.content)  # noqa: S314 (our own server's output)


@pytest.fixture
def articles():
    tag = make_tag("Border security")
    return {
        "tagged": make_article(title="Tagged post", tags=[tag], summary="About the fence."),
        "plain": make_article(title="Plain post", published_at=timezone.now() - timedelta(days=1)),
        "draft": make_article(title="Draft post", status=Article.Status.DRAFT),
        "future": make_article(
            title="Future post", published_at=timezone.now() + timedelta(days=1)
        ),
        "tag": tag,
    }


def test_atom_feed_lists_public_articles(client, articles):
    site = SiteSettings.load()
    site.blog_name = "The Crossing Point"
    site.save()
    response = client.get(reverse("blog:feed-atom"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = _xml(response)
    assert root.find(f"{ATOM}title").text == "The Crossing Point"
    entries = root.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == ["Tagged post", "Plain post"]
    first = entries[0]
    link = first.find(f"{ATOM}link").get("href")
    assert link == "http://testserver" + articles["tagged"].get_absolute_url()
    assert first.find(f"{ATOM}summary").text == "About the fence."
    assert first.find(f"{ATOM}author/{ATOM}name").text == articles["tagged"].author.display_name


def test_rss_feed_lists_public_articles(client, articles):
    response = client.get(reverse("blog:feed-rss"))
    root = _xml(response)
    titles = [item.find("title").text for item in root.iter("item")]
    assert titles == ["Tagged post", "Plain post"]


def test_tag_feeds_only_hold_the_tag(client, articles):
    slug = articles["tag"].slug
    atom = _xml(client.get(reverse("blog:tag-feed-atom", kwargs={"slug": slug})))
    assert [e.find(f"{ATOM}title").text for e in atom.findall(f"{ATOM}entry")] == ["Tagged post"]
    rss = _xml(client.get(reverse("blog:tag-feed-rss", kwargs={"slug": slug})))
    assert [item.find("title").text for item in rss.iter("item")] == ["Tagged post"]
    assert client.get(reverse("blog:tag-feed-rss", kwargs={"slug": "missing"})).status_code == 404


def test_sitemap_lists_public_articles_tags_and_pages(client, articles):
    response = client.get(reverse("blog:sitemap"))
    assert response.status_code == 200
    root = _xml(response)
    locations = {loc.text for loc in root.iter(f"{SITEMAP}loc")}
    assert "http://testserver" + articles["tagged"].get_absolute_url() in locations
    assert "http://testserver" + articles["plain"].get_absolute_url() in locations
    assert "http://testserver" + articles["tag"].get_absolute_url() in locations
    assert "http://testserver/" in locations and "http://testserver/policy/" in locations
    hidden = [f"/{articles['draft'].slug}/", f"/{articles['future'].slug}/"]
    assert not any(slug in loc for slug in hidden for loc in locations)


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.text
    assert "Disallow: /admin/" in response.text
