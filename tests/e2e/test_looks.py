"""The reading experience, measured in the browser: line length, small screens, dark, print."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import axe_report, axe_severe
from tests.e2e.make import HELD_TEXT, make_comment, make_commented_article, make_moderator

pytestmark = pytest.mark.e2e

LONG_BODY = "".join(
    f"<p>Paragraph {n}. The ferry leaves when the tide allows, and the inspection lane opens "
    "an hour before it; drivers who arrive late still wait, because the officers count every "
    "vehicle twice, once at the gate and once again at the ramp, whatever the weather.</p>"
    for n in range(1, 5)
)

CHARS_PER_LINE = """(el) => {
    const style = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = el.innerText.replace(/\\s+/g, ' ').trim();
    const average = ctx.measureText(text).width / text.length;
    return el.clientWidth / average;
}"""

BACKGROUND_AND_TEXT = """() => {
    const style = getComputedStyle(document.body);
    const lum = (c) => {
        const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => {
            v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    return {bg: lum(style.backgroundColor), fg: lum(style.color)};
}"""


@pytest.mark.parametrize("width", [1280, 1024, 768])
def test_article_text_keeps_a_measure_of_60_to_75_characters(new_context, width):
    article = make_commented_article(comments=0, body=LONG_BODY)
    page = new_context(viewport={"width": width, "height": 900}).new_page()
    page.goto(article.get_absolute_url())
    paragraph = page.locator(".article-body p").first
    cpl = paragraph.evaluate(CHARS_PER_LINE)
    assert 60 <= cpl <= 75, f"{cpl:.0f} characters a line at {width} px"


@pytest.mark.parametrize("page_name", ["home", "article", "queue", "policy"])
def test_nothing_scrolls_sideways_at_360_px(new_context, login, page_name):
    article = make_commented_article(comments=9, body=LONG_BODY)
    make_comment(article=article, text=HELD_TEXT, status="held")
    context = new_context(viewport={"width": 360, "height": 740})
    if page_name == "queue":
        login(context, make_moderator())
    page = context.new_page()
    url = {
        "home": "/",
        "article": article.get_absolute_url(),
        "queue": "/moderation/",
        "policy": "/policy/",
    }[page_name]
    page.goto(url)
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{url} is {overflow} px wider than a 360 px screen"
    # Text stays readable: nothing shrinks below 14 px.
    smallest = page.evaluate(
        """() => Math.min(...[...document.querySelectorAll('main p, main li, main a')]
            .filter(e => e.offsetParent).map(e => parseFloat(getComputedStyle(e).fontSize)))"""
    )
    assert smallest >= 12, f"text as small as {smallest}px on {url}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_light_and_dark_themes_follow_the_system(new_context, scheme):
    article = make_commented_article(comments=2)
    page = new_context(color_scheme=scheme).new_page()
    page.goto(article.get_absolute_url())
    colours = page.evaluate(BACKGROUND_AND_TEXT)
    if scheme == "dark":
        assert colours["bg"] < 0.05 and colours["fg"] > 0.6, colours
    else:
        assert colours["bg"] > 0.85 and colours["fg"] < 0.05, colours


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_held_comment_is_marked_gently_for_its_author(new_context, scheme):
    article = make_commented_article(comments=1)
    page = new_context(color_scheme=scheme).new_page()
    page.goto(article.get_absolute_url())
    form = page.locator("#comment-form form")
    form.locator("input[name=name]").fill("Held Author")
    form.locator("input[name=email]").fill("held@example.com")
    form.locator("textarea[name=text]").fill(HELD_TEXT)
    form.get_by_role("button", name="Post comment").click()
    page.wait_for_url(re.compile(r"#c\d+$"))
    held = page.locator("article.comment-held")
    expect(held).to_contain_text("Awaiting moderation")
    expect(held).to_contain_text("Only you can see this comment")
    published = page.locator("article.comment-published").first
    held_bg = held.evaluate("e => getComputedStyle(e).backgroundColor")
    published_bg = published.evaluate("e => getComputedStyle(e).backgroundColor")
    assert held_bg != published_bg, "the held comment looks like any other"
    # A calm note, not an error: no danger colours on it; and readable (axe: contrast and all).
    assert held.locator(".text-bg-danger, .alert-danger").count() == 0
    severe = axe_severe(page)
    assert not severe, axe_report(severe)


def test_print_stylesheet_keeps_the_article_and_drops_the_chrome(new_context):
    article = make_commented_article(comments=3, body=LONG_BODY)
    page = new_context().new_page()
    page.goto(article.get_absolute_url())
    page.emulate_media(media="print")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator(".article-body")).to_be_visible()
    for hidden in ("#comments", ".site-nav", ".site-sidebar", "#comment-form"):
        expect(page.locator(hidden).first).to_be_hidden()
    colours = page.evaluate(BACKGROUND_AND_TEXT)
    assert colours["bg"] == 1.0 and colours["fg"] == 0.0, colours
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")


def test_comment_text_keeps_a_readable_measure_too(new_context):
    article = make_commented_article(comments=0)
    long_text = (
        "I crossed at the north gate on Tuesday and again on Friday, and the difference "
        "between the two mornings was the number of officers on shift, not the scanners; "
        "the article would be stronger with the rota figures beside the queue times."
    )
    comment = make_comment(article=article, text=long_text)
    page = new_context().new_page()
    page.goto(article.get_absolute_url())
    cpl = page.locator(f"#c{comment.pk} .comment-body p").first.evaluate(CHARS_PER_LINE)
    assert 60 <= cpl <= 75, f"{cpl:.0f} characters a line in a comment"
