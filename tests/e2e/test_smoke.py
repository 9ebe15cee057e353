"""The browser suite itself works: Chromium opens the live site and styles load."""

import pytest

from tests.factories import make_article

pytestmark = pytest.mark.e2e


def test_home_and_article_open_in_chromium(page):
    article = make_article(title="Harbour checks at dawn")
    page.goto("/")
    page.get_by_role("link", name="Harbour checks at dawn").click()
    page.wait_for_url(f"**{article.get_absolute_url()}")
    assert page.get_by_role("heading", level=1).inner_text() == "Harbour checks at dawn"
