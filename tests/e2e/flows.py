"""Steps the browser flows share: sign in through the login form, post a comment like a reader."""

import re

from playwright.sync_api import Page, expect

from tests.e2e.make import PASSWORD


def sign_in(page: Page, username: str, *, next_url: str = "/") -> None:
    """Sign in through the site's login page, as a person would."""
    page.goto(f"/accounts/login/?next={next_url}")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.login-form button[type=submit], form button[type=submit]").last.click()
    page.wait_for_load_state("load")
    expect(page.locator("input[name=password]")).to_have_count(0)


def comment_form(page: Page):
    return page.locator("#comment-form form")


def post_comment(
    page: Page, text: str, *, name: str = "Ana Reader", email: str = "ana@example.com"
) -> None:
    """Fill the "Post a Comment" form (wherever it is on the page) and send it."""
    form = comment_form(page)
    if form.locator("input[name=name]").count():
        form.locator("input[name=name]").fill(name)
        form.locator("input[name=email]").fill(email)
    form.locator("textarea[name=text]").fill(text)
    form.get_by_role("button", name="Post comment").click()
    page.wait_for_url(re.compile(r"#c\d+$"))


def comment_by_text(page: Page, text: str):
    """The comment (an <article class="comment">) whose body holds this text."""
    return page.locator("#comments article.comment").filter(
        has=page.locator(".comment-body", has_text=text)
    )
