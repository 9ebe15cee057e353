"""Browser fixtures: Debian's Chromium driven by Playwright against Django's live server.

Every page opened through `new_context` or `page` is watched: a JavaScript error, a console
error or a failed request fails the test. Without /usr/bin/chromium the folder is skipped.
"""

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make between
# browser steps are still synchronous, so Django's "async unsafe" guard must stand down.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from benchmarks.live_site import CHROMIUM, CHROMIUM_ARGS

SKIP_REASON = (
    "browser suite skipped: /usr/bin/chromium is missing (install Debian's chromium, "
    "e.g. `apt-get install chromium`)"
)
E2E_DIR = Path(__file__).resolve().parent


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Mark every test in this folder `e2e`, skip them all when Chromium is absent, and run
    them after the other database tests (pytest-django's stable sort keeps this order).

    Browser tests flush the database after each test; going last, they leave every other test
    the migrated data it expects.
    """
    skip = pytest.mark.skip(reason=SKIP_REASON)
    browser_tests = []
    for item in items:
        if E2E_DIR in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.e2e)
            if not CHROMIUM.exists():
                item.add_marker(skip)
            browser_tests.append(item)
    if browser_tests:
        chosen = set(browser_tests)
        items[:] = [item for item in items if item not in chosen] + browser_tests


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run; tests get fresh contexts from it."""
    if not CHROMIUM.exists():
        pytest.skip(SKIP_REASON)
    from playwright.sync_api import expect, sync_playwright

    # The machines that run this are often busy: give assertions the same patience as actions.
    expect.set_options(timeout=10_000)
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture(autouse=True)
def _browser_settings(settings):
    """Forms can be sent at once by a test, and uploaded media are served by the live server."""
    settings.STOA_COMMENT_MIN_FILL_SECONDS = 0
    settings.ROOT_URLCONF = "tests.e2e.urls"
    # Generous limits: a flow posts several comments from one address within a minute.
    settings.STOA_RATE_LIMIT_IP = (1000, 60)
    settings.STOA_RATE_LIMIT_EMAIL = (1000, 3600)


class BrowserProblems:
    """Console errors, page errors and failed requests seen during one test."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self._allowed: list[re.Pattern[str]] = []

    def allow(self, pattern: str) -> None:
        """Expect a problem (e.g. the 403 page a test asks for on purpose)."""
        self._allowed.append(re.compile(pattern))

    def add(self, text: str) -> None:
        self.items.append(text)

    def unexpected(self) -> list[str]:
        return [t for t in self.items if not any(p.search(t) for p in self._allowed)]

    def watch(self, page) -> None:
        page.on(
            "console",
            lambda msg: (
                self.add(f"console {msg.type}: {msg.text} ({msg.location.get('url') or page.url})")
                if msg.type in {"error", "assert"}
                else None
            ),
        )
        page.on("pageerror", lambda exc: self.add(f"page error: {exc} ({page.url})"))
        page.on(
            "requestfailed",
            lambda req: (
                # ERR_ABORTED: the page moved on before a load finished, which is no fault.
                self.add(f"request failed: {req.method} {req.url} {req.failure}")
                if "ERR_ABORTED" not in (req.failure or "")
                else None
            ),
        )
        page.on(
            "response",
            lambda resp: (
                self.add(f"HTTP {resp.status}: {resp.request.method} {resp.url}")
                if resp.status >= 400
                else None
            ),
        )


@pytest.fixture
def browser_problems() -> BrowserProblems:
    return BrowserProblems()


@pytest.fixture
def new_context(browser, live_server, browser_problems) -> Iterator[Callable]:
    """Make a browser context (a separate reader) whose pages are watched for problems.


    Keyword arguments go to `browser.new_context` (e.g. `java_script_enabled=False`,
    `color_scheme="dark"`, `viewport=...`). The test fails if any page logged a problem.
    """
    from tests.e2e.make import ensure_groups

    ensure_groups()  # see make.ensure_groups for why they can go missing
    contexts = []

    def make(**kwargs):
        kwargs.setdefault("base_url", live_server.url)
        kwargs.setdefault("viewport", {"width": 1280, "height": 900})
        context = browser.new_context(**kwargs)
        context.set_default_timeout(10_000)
        context.on("page", browser_problems.watch)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()
    problems = browser_problems.unexpected()
    if problems:
        pytest.fail("the browser reported problems:\n  " + "\n  ".join(problems), pytrace=False)


@pytest.fixture
def login(live_server):
    """Sign a user in for a browser context (a session cookie, as the login form would set)."""
    from django.conf import settings
    from django.test import Client

    def sign_in(context, user) -> None:
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}]
        )

    return sign_in


@pytest.fixture
def page(new_context):
    """A page in a fresh context with JavaScript on, light theme, desktop width."""
    return new_context().new_page()
