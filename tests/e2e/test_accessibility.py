"""axe-core on every kind of page, in the light and the dark theme: no serious or critical issue.

Colour contrast (WCAG AA) is one of axe's serious rules, so both palettes are checked too.
"""

import pytest
from django.urls import reverse

from tests.e2e.axe import axe_report, axe_severe
from tests.e2e.make import make_commented_article, make_moderator, make_superuser

pytestmark = pytest.mark.e2e

SCHEMES = ["light", "dark"]


def _scan(page, url: str) -> None:
    response = page.goto(url)
    assert response is not None and response.status == 200, f"{url} answered {response.status}"
    page.wait_for_load_state("load")
    severe = axe_severe(page)
    assert not severe, f"axe found serious or critical issues on {url}:\n{axe_report(severe)}"


@pytest.fixture
def article():
    return make_commented_article()


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize(
    "page_name",
    ["home", "article", "archive", "search", "policy", "login"],
)
def test_public_pages_have_no_serious_axe_violations(new_context, article, page_name, scheme):
    when = article.published_at
    urls = {
        "home": lambda: reverse("blog:home"),
        "article": article.get_absolute_url,
        "archive": lambda: reverse("blog:archive-year", kwargs={"year": when.year}),
        "search": lambda: reverse("blog:search") + "?q=border",
        "policy": lambda: reverse("blog:policy"),
        "login": lambda: reverse("login"),
    }
    page = new_context(color_scheme=scheme).new_page()
    _scan(page, urls[page_name]())
    if page_name == "article":
        # The page under test really shows a thread and the form to join it.
        assert page.locator("#comments").count() == 1
        assert page.locator("#comments form textarea").count() >= 1


@pytest.mark.parametrize("scheme", SCHEMES)
def test_queue_has_no_serious_axe_violations(new_context, login, article, scheme):
    from tests.e2e.make import HELD_TEXT, make_comment

    make_comment(article=article, text=HELD_TEXT, status="held")
    context = new_context(color_scheme=scheme)
    login(context, make_moderator())
    _scan(context.new_page(), reverse("moderation:queue"))


@pytest.mark.parametrize("scheme", SCHEMES)
def test_admin_article_edit_has_no_serious_axe_violations(new_context, login, article, scheme):
    context = new_context(color_scheme=scheme)
    login(context, make_superuser())
    _scan(context.new_page(), reverse("admin:blog_article_change", args=[article.pk]))
