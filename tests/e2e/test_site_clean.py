"""Every page a reader can reach from the home page loads without a console error or a failed
request (the `new_context` fixture fails the test on any), with JavaScript on and off."""

from urllib.parse import urlsplit

import pytest

from tests.e2e.make import make_commented_article
from tests.factories import make_tag

pytestmark = pytest.mark.e2e

# Not pages to read: feeds (XML), actions that need a form, and the admin.
SKIP_PREFIXES = ("/admin/", "/feed", "/comments/", "/moderation/", "/accounts/logout")
SKIP_SUFFIXES = (".xml", ".txt", "/feed/", "/atom/")


def _links(page, origin: str) -> set[str]:
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    found = set()
    for href in hrefs:
        parts = urlsplit(href)
        if f"{parts.scheme}://{parts.netloc}" != origin:
            continue
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if path.startswith(SKIP_PREFIXES) or parts.path.endswith(SKIP_SUFFIXES):
            continue
        found.add(path)
    return found


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_every_page_linked_from_home_and_an_article_loads_cleanly(new_context, javascript):
    tag = make_tag("Harbours")
    article = make_commented_article(comments=4, tags=[tag])
    make_commented_article(comments=0, title="A second piece on the quays", slug="second")
    page = new_context(java_script_enabled=javascript).new_page()
    page.goto("/")
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(page.url))
    to_visit = _links(page, origin)
    page.goto(article.get_absolute_url())
    to_visit |= _links(page, origin)
    assert len(to_visit) >= 8, to_visit
    for path in sorted(to_visit):
        response = page.goto(path)
        assert response is not None and response.status == 200, f"{path}: {response.status}"
        page.wait_for_load_state("load")
