"""An editor's day in the admin: upload a picture, write an article, schedule, preview, publish."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from PIL import Image as PILImage
from playwright.sync_api import expect

from blog.models import Article, Image
from tests.e2e.make import PASSWORD, make_editor

pytestmark = pytest.mark.e2e

TITLE = "Tide tables and the night crossing"
BODY = (
    "<p>The night crossing runs on the tide, not the timetable. Skippers check the tables "
    "before they check the weather, and the coastguard log shows why.</p>"
)


def _photo(path) -> str:
    picture = PILImage.new("RGB", (1200, 800), (40, 90, 140))
    for x in range(0, 1200, 40):  # some detail, so the renditions are real JPEGs
        picture.paste((200, 170, 90), (x, 500, x + 20, 800))
    picture.save(path, "JPEG", quality=85)
    return str(path)


def _set_publication(page, when) -> None:
    local = timezone.localtime(when)
    page.locator("#id_published_at_0").fill(local.strftime("%Y-%m-%d"))
    page.locator("#id_published_at_1").fill(local.strftime("%H:%M:%S"))


def test_editor_uploads_writes_schedules_previews_and_publishes(new_context, tmp_path):
    editor = make_editor(username="editor1")
    page = new_context().new_page()

    # Sign in to the admin.
    page.goto("/admin/")
    page.locator("#id_username").fill(editor.username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("log in", re.I)).click()
    expect(page.locator("#user-tools")).to_contain_text("Welcome")

    # Upload an image with its alt text, caption and credit.
    page.goto("/admin/blog/image/add/")
    page.locator("input[name=file]").set_input_files(_photo(tmp_path / "harbour.jpg"))
    page.locator("#id_alt_text").fill("Fishing boats moored at low tide")
    page.locator("#id_caption").fill("Low water at the east quay.")
    page.locator("#id_credit").fill("Photo: Stoa staff")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    image = Image.objects.get()
    assert image.renditions, "renditions are made on upload"

    # Write the article and schedule it for tomorrow.
    page.goto("/admin/blog/article/add/")
    page.locator("#id_title").press_sequentially(TITLE)  # the slug follows as one types
    expect(page.locator("#id_slug")).to_have_value("tide-tables-and-the-night-crossing")
    page.locator("#id_summary").fill("Why the night crossing keeps the tide's hours.")
    page.locator("#id_body").fill(BODY)
    page.locator("#id_featured_image").select_option(label="Fishing boats moored at low tide")
    page.locator("#id_status").select_option("scheduled")
    _set_publication(page, timezone.now() + timedelta(days=1))
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    article = Article.objects.get(title=TITLE)
    assert article.is_scheduled

    # Readers cannot see it yet.
    reader = new_context().new_page()
    reader.goto("/")
    expect(reader.get_by_text(TITLE)).to_have_count(0)

    # The preview shows it as readers will see it, marked as scheduled.
    with page.context.expect_page() as preview_info:
        page.get_by_role("link", name="Preview").click()
    preview = preview_info.value
    preview.wait_for_load_state("load")
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(preview.get_by_text("Preview: this article is scheduled")).to_be_visible()
    figure = preview.locator("figure")
    expect(figure.locator("img")).to_have_attribute("alt", "Fishing boats moored at low tide")
    expect(figure.locator("figcaption")).to_contain_text("Low water at the east quay.")
    expect(figure.locator("figcaption")).to_contain_text("Photo: Stoa staff")
    assert preview.locator("figure img").evaluate("img => img.complete && img.naturalWidth > 0")
    preview.close()

    # Publish it now.
    page.locator("#id_status").select_option("published")
    _set_publication(page, timezone.now() - timedelta(minutes=1))
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    article.refresh_from_db()
    assert article.is_public

    # Home page, feed and sitemap list it.
    reader.goto("/")
    reader.get_by_role("link", name=TITLE, exact=True).first.click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(reader.locator("figure figcaption")).to_contain_text("Photo: Stoa staff")
    atom = reader.context.request.get("/feed/atom/")
    assert atom.ok and TITLE in atom.text()
    rss = reader.context.request.get("/feed/")
    assert rss.ok and TITLE in rss.text()
    sitemap = reader.context.request.get("/sitemap.xml")
    assert sitemap.ok and article.get_absolute_url() in sitemap.text()
