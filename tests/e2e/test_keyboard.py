"""Keyboard only: the comment form and the moderation queue work without a mouse.

Every stop on the way must show where the focus is (an outline or a ring), in a sensible order.
"""

import re

import pytest
from playwright.sync_api import expect

from comments.models import Comment
from tests.e2e.make import HELD_TEXT, make_comment, make_commented_article, make_moderator

pytestmark = pytest.mark.e2e

FOCUS_INFO = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow && style.boxShadow !== 'none';
    return {
        tag: el.tagName.toLowerCase(), name: el.getAttribute('name') || '',
        text: (el.innerText || el.value || '').trim().slice(0, 40),
        cls: el.className || '', visible: outline || ring,
    };
}"""


def _tab_until(page, predicate, limit: int = 250) -> list[dict]:
    """Press Tab until the focused element matches; every stop on the way is returned."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        info = page.evaluate(FOCUS_INFO)
        stops.append(info)
        if predicate(info):
            return stops
    raise AssertionError(f"Tab never reached the target; last stops: {stops[-5:]}")


def test_comment_form_by_keyboard_alone(new_context):
    article = make_commented_article(comments=3)
    page = new_context().new_page()
    page.goto(article.get_absolute_url())

    # The first stop is the skip link, and it shows itself.
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUS_INFO)
    assert first["text"] == "Skip to content" and first["visible"], first
    expect(page.get_by_role("link", name="Skip to content")).to_be_visible()

    stops = _tab_until(page, lambda i: i["name"] == "name")
    hidden = [s for s in stops if not s["visible"]]
    assert not hidden, f"focus is invisible on: {hidden}"

    # Inside the form: name, email, website, comment, the reply-by-email box, then the button;
    # the honeypot is never a stop.
    page.keyboard.type("Kit Keyboard")
    order = []
    for _ in range(5):
        page.keyboard.press("Tab")
        info = page.evaluate(FOCUS_INFO)
        assert info["visible"], f"focus is invisible on {info}"
        order.append(info["name"] or info["text"])
    assert order == ["email", "url", "text", "notify_replies", "Post comment"], order

    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")  # back on email
    page.keyboard.type("kit@example.com")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.type("Typed without a mouse, and posted with the Enter key.")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # tick "email me replies"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"#c\d+$"))

    posted = Comment.objects.get(text__startswith="Typed without a mouse")
    assert posted.author_name == "Kit Keyboard" and posted.notify_replies
    expect(page.locator(f"#c{posted.pk}")).to_be_visible()


def test_moderation_queue_by_keyboard_alone(new_context, login):
    article = make_commented_article(comments=0)
    first = make_comment(article=article, text=HELD_TEXT, status="held", author_name="First")
    second = make_comment(
        article=article, text=HELD_TEXT + " and one more", status="held", author_name="Second"
    )
    third = make_comment(
        article=article, text=HELD_TEXT + " and a third", status="held", author_name="Third"
    )
    page = new_context().new_page()
    login(page.context, make_moderator())
    page.goto("/moderation/")

    # j and k walk the queue, moving a visible focus; Enter opens the item.
    page.keyboard.press("j")
    info = page.evaluate(FOCUS_INFO)
    assert info["cls"] == "queue-link" and info["text"] == f"#{first.pk}", info
    assert info["visible"], info
    page.keyboard.press("j")
    assert page.evaluate(FOCUS_INFO)["text"] == f"#{second.pk}"
    page.keyboard.press("k")
    assert page.evaluate(FOCUS_INFO)["text"] == f"#{first.pk}"
    expect(page.locator(".queue-item.table-active")).to_have_count(1)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/moderation/item/{first.pk}/"))

    # a approves the open item.
    with page.expect_navigation():
        page.keyboard.press("a")
    expect(page.locator(".messages")).to_contain_text("Published")
    first.refresh_from_db()
    assert first.status == Comment.Status.PUBLISHED

    # The decide buttons are reachable with Tab and show their focus too.
    page.goto(f"/moderation/item/{second.pk}/")
    stops = _tab_until(page, lambda i: i["tag"] == "button" and i["text"] == "Approve")
    assert stops[-1]["visible"], stops[-1]
    with page.expect_navigation():
        page.keyboard.press("Enter")
    second.refresh_from_db()
    assert second.status == Comment.Status.PUBLISHED

    # r rejects: with no clause chosen yet it puts the focus on the clause, then Tab reaches
    # the note and the Reject button.
    page.goto(f"/moderation/item/{third.pk}/")
    page.keyboard.press("r")
    info = page.evaluate(FOCUS_INFO)
    assert info["tag"] == "select" and info["name"] == "clause" and info["visible"], info
    page.keyboard.type("spam")
    assert page.evaluate("() => document.activeElement.value") == "spam"
    page.keyboard.press("Tab")
    page.keyboard.type("Three links to the same site.")
    page.keyboard.press("Tab")
    info = page.evaluate(FOCUS_INFO)
    assert info["text"] == "Reject" and info["visible"], info
    with page.expect_navigation():
        page.keyboard.press("Enter")
    third.refresh_from_db()
    assert third.status == Comment.Status.REJECTED
