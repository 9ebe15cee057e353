"""What readers see: home, article, scheduling, drafts, previews, archive, tags, authors, search."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from blog.models import Article, SiteSettings
from blog.policy_clauses import POLICY_CLAUSES
from tests.blog.make import make_image
from tests.factories import make_article, make_author, make_tag, make_user

pytestmark = pytest.mark.django_db


def test_home_lists_public_articles_only(client):
    make_article(title="Border talks resume")
    make_article(title="A draft about visas", status=Article.Status.DRAFT)
    make_article(title="Tomorrow's column", published_at=timezone.now() + timedelta(days=1))
    response = client.get(reverse("blog:home"))
    assert response.status_code == 200
    assert "Border talks resume" in response.text
    assert "A draft about visas" not in response.text
    assert "Tomorrow&#x27;s column" not in response.text
    assert "0 comments" in response.text


def test_home_paginates(client):
    for n in range(12):
        make_article(title=f"Post {n:02d}", published_at=timezone.now() - timedelta(hours=n + 1))
    first = client.get(reverse("blog:home"))
    assert "Post 00" in first.text and "Post 11" not in first.text
    second = client.get(reverse("blog:home") + "?page=2")
    assert "Post 11" in second.text
    assert client.get(reverse("blog:home") + "?page=99").status_code == 404


def test_article_page_shows_byline_figure_disclaimer_tags_and_footer(client):
    site = SiteSettings.load()
    site.copyright_line = "© Demo writers 2026"
    site.default_disclaimer = "Opinions are the author's."
    site.save()
    author = make_author(display_name="Mara Velasco", slug="mara-velasco")
    image = make_image(caption="The fence at dusk", credit="Photo: A. Person")
    article = make_article(
        title="A shared border", author=author, featured_image=image, tags=[make_tag("Migration")]
    )
    response = client.get(article.get_absolute_url())
    text = response.text
    assert response.status_code == 200
    assert '<a href="/author/mara-velasco/" rel="author">Mara Velasco</a>' in text
    assert "<figure" in text and "<figcaption" in text
    figcaption = text.split("<figcaption", 1)[1].split("</figcaption>", 1)[0]
    assert "The fence at dusk" in figcaption and "Photo: A. Person" in figcaption
    assert "Opinions are the author&#x27;s." in text
    assert 'href="/tag/migration/"' in text
    assert "© Demo writers 2026" in text
    assert 'id="comments"' in text
    assert '<link rel="canonical" href="http://testserver' + article.get_absolute_url() in text
    assert '<meta property="og:type" content="article">' in text
    assert 'property="og:image"' in text


def test_article_disclaimer_overrides_site_default(client):
    article = make_article(disclaimer="This one is satire.")
    assert "This one is satire." in client.get(article.get_absolute_url()).text


def test_previous_and_next_links(client):
    older = make_article(title="Older one", published_at=timezone.now() - timedelta(days=3))
    middle = make_article(title="Middle one", published_at=timezone.now() - timedelta(days=2))
    newer = make_article(title="Newer one", published_at=timezone.now() - timedelta(days=1))
    text = client.get(middle.get_absolute_url()).text
    assert f'href="{older.get_absolute_url()}" rel="prev"' in text
    assert f'href="{newer.get_absolute_url()}" rel="next"' in text


def test_scheduled_article_goes_live_when_its_time_passes(client):
    article = make_article(
        title="Scheduled piece",
        status=Article.Status.PUBLISHED,
        published_at=timezone.now() + timedelta(hours=2),
    )
    assert article.status == Article.Status.SCHEDULED  # a future date is labelled honestly
    url = article.get_absolute_url()
    assert client.get(url).status_code == 404
    assert "Scheduled piece" not in client.get(reverse("blog:home")).text
    # Time passes: the publication time is now behind us, and nothing else has to run.
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - timedelta(minutes=1))
    article.refresh_from_db()
    assert client.get(article.get_absolute_url()).status_code == 200
    assert "Scheduled piece" in client.get(reverse("blog:home")).text


def test_draft_is_404_for_public_and_staff_without_preview(client):
    draft = make_article(status=Article.Status.DRAFT, title="Unfinished")
    assert draft.published_at is None
    preview = reverse("blog:article-preview", kwargs={"pk": draft.pk})
    response = client.get(preview)
    assert response.status_code == 302 and "/login/" in response["Location"]
    client.force_login(make_user())  # a reader account, not staff
    assert client.get(preview).status_code == 302


def test_staff_can_preview_drafts_and_scheduled_articles(client):
    editor = make_user(is_staff=True, groups=["Editors"])
    client.force_login(editor)
    draft = make_article(status=Article.Status.DRAFT, title="Unfinished thoughts")
    response = client.get(reverse("blog:article-preview", kwargs={"pk": draft.pk}))
    assert response.status_code == 200
    assert "Unfinished thoughts" in response.text
    assert "Preview: this article is a draft" in response.text
    future = make_article(published_at=timezone.now() + timedelta(days=2), title="Later")
    response = client.get(reverse("blog:article-preview", kwargs={"pk": future.pk}))
    assert "scheduled for" in response.text


def test_staff_without_view_permission_cannot_preview(client):
    client.force_login(make_user(is_staff=True))
    draft = make_article(status=Article.Status.DRAFT)
    assert client.get(reverse("blog:article-preview", kwargs={"pk": draft.pk})).status_code == 404


def test_wrong_date_in_article_url_is_404(client):
    article = make_article(published_at=timezone.now() - timedelta(days=10))
    url = reverse(
        "blog:article-detail", kwargs={"year": 1999, "month": 1, "day": 1, "slug": article.slug}
    )
    assert client.get(url).status_code == 404


def test_archive_widget_counts_years_and_months(client):
    def at(year, month):
        return timezone.make_aware(timezone.datetime(year, month, 10, 12))

    make_article(published_at=at(2024, 3))
    make_article(published_at=at(2024, 3))
    make_article(published_at=at(2024, 11))
    make_article(published_at=at(2025, 1))
    make_article(status=Article.Status.DRAFT)
    text = client.get(reverse("blog:home")).text
    widget = text.split('id="archive"', 1)[1].split("</section>", 1)[0]
    assert '2024 <span class="text-body-secondary">(3)</span>' in widget
    assert '<a href="/2024/">All of 2024</a>' in widget
    assert '2025 <span class="text-body-secondary">(1)</span>' in widget
    assert '<a href="/2024/03/">March</a> <span class="text-body-secondary">(2)</span>' in widget
    assert '<a href="/2024/11/">November</a> <span class="text-body-secondary">(1)</span>' in widget
    assert widget.index("2025") < widget.index("2024")  # newest first
    month = client.get(reverse("blog:archive-month", kwargs={"year": 2024, "month": 3}))
    assert month.status_code == 200 and month.text.count('class="article-summary') == 2
    year = client.get(reverse("blog:archive-year", kwargs={"year": 2024}))
    assert year.text.count('class="article-summary') == 3
    assert client.get(reverse("blog:archive-year", kwargs={"year": 1990})).status_code == 404


def test_tag_and_author_pages(client):
    tag = make_tag("Border security")
    author = make_author(display_name="Tobias L", bio="Writes about asylum.")
    make_article(title="Tagged", tags=[tag], author=author)
    make_article(title="Untagged")
    tag_page = client.get(tag.get_absolute_url())
    assert "Tagged" in tag_page.text and "Untagged" not in tag_page.text
    author_page = client.get(author.get_absolute_url())
    assert "Writes about asylum." in author_page.text and "Untagged" not in author_page.text
    assert client.get(reverse("blog:tag-detail", kwargs={"slug": "nope"})).status_code == 404


@pytest.mark.parametrize(
    ("query", "message"),
    [("", "Type a word or two"), ("   ", "Type a word or two"), ("x" * 500, "too long")],
)
def test_search_explains_empty_or_long_queries(client, query, message):
    response = client.get(reverse("blog:search"), {"q": query})
    assert response.status_code == 200
    assert message in response.text


def test_search_finds_words_in_title_and_body(client):
    make_article(title="Asylum hearings", body="<p>Judges and waiting times.</p>")
    make_article(title="Port scanners", body="<p>Trucks at the crossing.</p>")
    make_article(title="Secret draft on judges", status=Article.Status.DRAFT)
    response = client.get(reverse("blog:search"), {"q": "judges"})
    assert "Asylum hearings" in response.text
    assert "Port scanners" not in response.text
    assert "Secret draft" not in response.text
    assert "Port scanners" in client.get(reverse("blog:search"), {"q": "trucks"}).text


def test_search_survives_odd_input(client):
    for query in ["'\"", "a & b | !c", "<script>", "%%", "\\"]:
        assert client.get(reverse("blog:search"), {"q": query}).status_code == 200


def test_policy_page_has_one_anchor_per_category(client):
    from moderation.policy.types import Category

    assert set(POLICY_CLAUSES) == {c.value for c in Category}
    site = SiteSettings.load()
    site.comment_policy = "Debate is welcome here."
    site.save()
    text = client.get(reverse("blog:policy")).text
    assert "Debate is welcome here." in text
    for anchor in ["hate", "profanity", "libel", "troll", "spam"]:
        assert f'id="{anchor}"' in text


def test_policy_page_has_default_text_when_site_text_empty(client):
    assert "We welcome debate" in client.get(reverse("blog:policy")).text


def test_404_page_is_friendly(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "We couldn't find that page" in response.text
    assert "Go to the latest articles" in response.text


def test_500_page_renders_without_context():
    from django.template.loader import get_template

    html = get_template("500.html").render({})
    assert "Something went wrong" in html


def test_login_page_and_logout_form(client):
    response = client.get(reverse("login"))
    assert response.status_code == 200 and 'name="username"' in response.text
    client.force_login(make_user(username="reader"))
    home = client.get(reverse("blog:home"))
    assert 'action="/accounts/logout/"' in home.text and "Log out reader" in home.text


def test_search_uses_full_text_on_postgresql_and_substrings_elsewhere(client):
    from django.db import connection

    make_article(title="Hearings", body="<p>Judges decide asylum claims.</p>")
    make_article(title="Ports", body="<p>Scanners inspect trailers.</p>")
    if connection.vendor == "postgresql":
        # Stemming: "judge" and "deciding" still find "Judges decide"; ranked results.
        text = client.get(reverse("blog:search"), {"q": "judge deciding"}).text
        assert "Hearings" in text and "Ports" not in text
        text = client.get(reverse("blog:search"), {"q": '"asylum claims" -trailers'}).text
        assert "Hearings" in text
    else:
        text = client.get(reverse("blog:search"), {"q": "judges asylum"}).text
        assert "Hearings" in text and "Ports" not in text


def test_home_counts_only_published_comments(client):
    from comments.models import Comment

    article = make_article(title="Talked about")
    for status in ["published", "published", "held", "rejected", "spam"]:
        Comment.objects.create(article=article, author_name="R", text="A view.", status=status)
    text = client.get(reverse("blog:home")).text
    assert "2 comments" in text


def test_pages_need_no_inline_styles_or_scripts(client):
    """The content security policy forbids inline code; the blog's pages carry none."""
    article = make_article(featured_image=make_image(), tags=[make_tag()])
    for url in [
        reverse("blog:home"),
        article.get_absolute_url(),
        reverse("blog:policy"),
        reverse("blog:search") + "?q=x",
        "/missing/",
    ]:
        response = client.get(url)
        assert "Content-Security-Policy" in response.headers
        assert ' style="' not in response.text, url
        assert "<style" not in response.text, url
        # Scripts may only come from files (<script src=...>), never inline.
        assert not re.search(r"<script(?![^>]*\bsrc=)", response.text), url
        assert " onclick=" not in response.text, url
