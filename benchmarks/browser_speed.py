"""The article page in Chromium: first contentful paint and bytes of CSS and JavaScript.

Runs the site as in production (DEBUG off, collectstatic with whitenoise's compressed manifest
storage, gunicorn) in a throwaway SQLite database, with one article without comments (the
baseline) and one with 100 comments in threads. Each page is loaded RUNS times in a fresh
browser context (cold cache). Budget: under 200 KB of CSS and JavaScript transferred, and no
render-blocking request to another host. Prints a table; exits 1 when the budget is broken.

    python -m benchmarks.browser_speed [--runs N]
"""

import argparse
import gzip
import json
import statistics
import sys
from urllib.parse import urlsplit

from benchmarks.live_site import LiveSite, chromium_or_exit, launch_chromium

BUDGET_BYTES = 200 * 1024

SETUP_CODE = """
from django.utils import timezone
from datetime import timedelta
from blog.models import Article, Author
from django.contrib.auth import get_user_model
from comments.services import comment_submit

user = get_user_model().objects.create_user("speed", "speed@example.com", "unused-pass-123")
author = Author.objects.create(user=user, display_name="Rosa Field", slug="rosa-field")
body = "".join(
    f"<p>Paragraph {n}: the crossing opens at six, and by seven the queue reaches the "
    "second bend. Officers say the new lanes help; drivers say they have heard that "
    "before. The figures published each week sit somewhere between the two.</p>"
    for n in range(1, 9)
)
ids = {}
for n, (slug, count) in enumerate([("no-comments", 0), ("hundred-comments", 100)]):
    article = Article.objects.create(
        title=f"Queues at the crossing ({count} comments)", slug=slug, author=author,
        summary="A benchmark article.", body=body, status="published",
        published_at=timezone.now() - timedelta(hours=2 + n),
    )
    parent = None
    places = ["the north gate", "the ferry ramp", "lane four", "the rail bridge", "the old quay"]
    for i in range(count):
        c = comment_submit(
            article=article,
            text=f"Comment {i}: at {places[i % 5]} the wait was about {20 + i % 40} minutes "
                 f"on day {i // 5 + 1}, and the new lane {'helped' if i % 2 else 'did not help'}.",
            author_name=f"Reader {i}", author_email=f"reader{i}@example.com",
            parent=parent if i % 4 else None, ip_hash=f"speed-{i}",
        )
        if i % 4 == 0:
            parent = c if c.status == "published" else None
    shown = article.comments.filter(status="published").count()
    print(f"{slug}: {shown} of {count} comments published by the engine")
    ids[slug] = article.get_absolute_url()
print("URLS=" + __import__("json").dumps(ids))
"""

MEASURE_JS = """() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource').map(r => ({
        name: r.name, type: r.initiatorType, transfer: r.transferSize,
        encoded: r.encodedBodySize, decoded: r.decodedBodySize,
        blocking: r.renderBlockingStatus || 'unknown',
    }));
    return {
        fcp: paint ? paint.startTime : null,
        html: {transfer: nav.transferSize, encoded: nav.encodedBodySize,
               decoded: nav.decodedBodySize},
        resources,
    };
}"""


def _kind(url: str) -> str:
    path = urlsplit(url).path
    if path.endswith(".css"):
        return "css"
    if path.endswith(".js"):
        return "js"
    return "other"


def measure(browser, base: str, path: str, runs: int) -> dict:
    host = urlsplit(base).netloc
    fcps, samples = [], []
    encodings: set[str] = set()
    for _ in range(runs):
        context = browser.new_context(base_url=base, viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.on(
            "response",
            lambda r: (
                encodings.add(f"{_kind(r.url)}:{r.headers.get('content-encoding', 'none')}")
                if _kind(r.url) != "other"
                else None
            ),
        )
        response = page.goto(path, wait_until="load")
        assert response is not None and response.ok, f"{path} answered {response.status}"
        page.wait_for_timeout(200)  # let the paint entry land
        data = page.evaluate(MEASURE_JS)
        data["html_gzip"] = len(gzip.compress(response.body(), compresslevel=6))
        context.close()
        fcps.append(data["fcp"])
        samples.append(data)
    last = samples[-1]
    static = [r for r in last["resources"] if _kind(r["name"]) in {"css", "js"}]
    other_host_blocking = [
        r["name"]
        for r in last["resources"]
        if urlsplit(r["name"]).netloc != host and r["blocking"] == "blocking"
    ]
    other_host = [r["name"] for r in last["resources"] if urlsplit(r["name"]).netloc != host]
    return {
        "fcp_ms": statistics.median(fcps),
        "fcp_all": fcps,
        "html_transfer": last["html"]["transfer"],
        "html_decoded": last["html"]["decoded"],
        "html_gzip": last["html_gzip"],
        "cssjs_transfer": sum(r["transfer"] for r in static),
        "cssjs_decoded": sum(r["decoded"] for r in static),
        "total_transfer": last["html"]["transfer"] + sum(r["transfer"] for r in last["resources"]),
        "files": sorted(
            (urlsplit(r["name"]).path, r["transfer"], r["decoded"], r["blocking"]) for r in static
        ),
        "other_host": other_host,
        "other_host_blocking": other_host_blocking,
        "encodings": sorted(encodings),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    chromium_or_exit()
    from playwright.sync_api import sync_playwright

    with LiveSite(production=True) as site:
        print("preparing a production-like site (collectstatic, migrate, 100 comments) ...")
        site.manage("collectstatic", "--noinput")
        site.manage("migrate", "--noinput")
        out = site.python(SETUP_CODE)
        print("\n".join(line for line in out.splitlines() if "published by the engine" in line))
        urls = json.loads(next(line for line in out.splitlines() if line.startswith("URLS="))[5:])
        site.start()
        with sync_playwright() as pw:
            browser = launch_chromium(pw)
            # One warm-up load so the first measured run does not pay for process start-up.
            warm = browser.new_context(base_url=site.url)
            warm.new_page().goto(urls["no-comments"])
            warm.close()
            results = {
                label: measure(browser, site.url, urls[slug], args.runs)
                for label, slug in (
                    ("0 comments", "no-comments"),
                    ("100 comments", "hundred-comments"),
                )
            }
            browser.close()

    base = results["0 comments"]
    print(f"\nArticle page in headless Chromium, median of {args.runs} cold loads")
    print(
        f"{'page':<14}{'FCP ms':>9}{'ratio':>7}{'HTML KB':>10}{'CSS+JS KB':>11}"
        f"{'(uncompr.)':>12}{'total KB':>10}"
    )
    for label, r in results.items():
        print(
            f"{label:<14}{r['fcp_ms']:>9.0f}{r['fcp_ms'] / base['fcp_ms']:>7.2f}"
            f"{r['html_transfer'] / 1024:>10.1f}{r['cssjs_transfer'] / 1024:>11.1f}"
            f"{r['cssjs_decoded'] / 1024:>12.1f}{r['total_transfer'] / 1024:>10.1f}"
        )
    worst = results["100 comments"]
    print("\nCSS and JavaScript files (transferred / uncompressed bytes, render blocking):")
    for path, transfer, decoded, blocking in worst["files"]:
        print(f"  {path:<58}{transfer:>8}{decoded:>9}  {blocking}")
    print(f"content encodings seen: {', '.join(worst['encodings'])}")
    print(
        f"HTML of the 100-comment page: {worst['html_decoded'] / 1024:.1f} KB as sent, "
        f"{worst['html_gzip'] / 1024:.1f} KB if a proxy gzipped it"
    )
    print(f"requests to other hosts: {len(worst['other_host'])}")
    print(f"render-blocking requests to other hosts: {len(worst['other_host_blocking'])}")
    ok = worst["cssjs_transfer"] < BUDGET_BYTES and not worst["other_host_blocking"]
    print(
        f"budget (< {BUDGET_BYTES // 1024} KB CSS+JS, no blocking request elsewhere): "
        + ("met" if ok else "BROKEN")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
