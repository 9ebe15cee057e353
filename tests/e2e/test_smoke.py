"""The browser suite itself works: Chromium opens the live site and its styles load."""

import pytest
from playwright.sync_api import expect

from tests.factories import make_article

pytestmark = pytest.mark.e2e


def test_home_and_article_open_in_chromium_with_their_styles(page):
    article = make_article(title="Harbour checks at dawn")
    page.goto("/")
    page.get_by_role("link", name="Harbour checks at dawn", exact=True).click()
    page.wait_for_url(f"**{article.get_absolute_url()}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Harbour checks at dawn")
    # Bootstrap and the theme are both applied (served by the live server, no CDN).
    sheets = page.evaluate("() => [...document.styleSheets].map(s => s.href || '')")
    assert any("bootstrap" in s for s in sheets) and any("stoa.css" in s for s in sheets)
    font = page.locator(".article-body, article").first.evaluate(
        "e => getComputedStyle(e).fontFamily"
    )
    assert "serif" in font
