"""Screenshots of the demo site for the README: `make screenshots`.

Builds the demo blog (with its comment thread, screened by the engine) in a throwaway SQLite
database, serves it, and saves the home, article and queue pages at 390 px and 1280 px to
docs/screenshots/ in the light theme, plus the home and article pages in dark.
"""

import sys

from benchmarks.live_site import REPO, LiveSite, chromium_or_exit, launch_chromium

OUT = REPO / "docs" / "screenshots"
WIDTHS = {390: 844, 1280: 860}

# load_demo posts the demo thread (one comment held) on the newest article.
ARTICLE_CODE = """
from blog.models import Article

print(Article.objects.published().order_by("-published_at").first().get_absolute_url())
"""


def main() -> int:
    chromium_or_exit()
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    with LiveSite() as site:
        print("building the demo site in a temporary database ...")
        site.manage("migrate", "--noinput")
        site.manage("load_demo")
        article_url = site.python(ARTICLE_CODE).strip().splitlines()[-1]
        site.start()
        with sync_playwright() as pw:
            browser = launch_chromium(pw)
            saved = []
            for scheme in ("light", "dark"):
                for width, height in WIDTHS.items():
                    if scheme == "dark" and width != 390:
                        continue
                    context = browser.new_context(
                        base_url=site.url,
                        viewport={"width": width, "height": height},
                        device_scale_factor=1,
                        reduced_motion="reduce",  # no smooth scrolling mid-shot
                        color_scheme=scheme,
                    )
                    page = context.new_page()
                    suffix = f"{width}" + ("-dark" if scheme == "dark" else "")
                    shots = [("home", "/"), ("article", article_url)]
                    for name, url in shots:
                        page.goto(url)
                        page.wait_for_load_state("networkidle")
                        path = OUT / f"{name}-{suffix}.png"
                        page.screenshot(path=str(path))
                        saved.append(path)
                    if scheme == "light":
                        page.goto(article_url)
                        page.wait_for_load_state("networkidle")
                        page.evaluate("document.getElementById('comments').scrollIntoView()")
                        path = OUT / f"comments-{suffix}.png"
                        page.screenshot(path=str(path))
                        saved.append(path)
                        # The queue, as the demo moderator.
                        page.goto("/accounts/login/?next=/moderation/")
                        page.fill("input[name=username]", "moderator")
                        page.fill("input[name=password]", "moderator-demo-pass")
                        with page.expect_navigation():
                            page.click("form.login-form button[type=submit]")
                        page.wait_for_load_state("networkidle")
                        path = OUT / f"queue-{suffix}.png"
                        page.screenshot(path=str(path))
                        saved.append(path)
                    context.close()
            browser.close()
    for path in saved:
        print(f"saved {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
