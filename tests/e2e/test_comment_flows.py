"""Readers and moderators in real browsers: post, hold, approve, reply, delete, report, appeal.

Each reader is a separate browser context (their own cookies), all against one live server.
"""

import re

import pytest
from playwright.sync_api import expect

from comments.models import Comment
from moderation.models import Appeal
from tests.e2e.axe import axe_report, axe_severe
from tests.e2e.flows import comment_by_text, comment_form, post_comment, sign_in
from tests.e2e.make import (
    APPROVED_TEXT,
    HELD_TEXT,
    make_active_policy,
    make_comment,
    make_commented_article,
    make_moderator,
)
from tests.factories import make_user

pytestmark = pytest.mark.e2e


def test_reader_posts_approved_and_held_comments_and_a_moderator_approves(new_context):
    article = make_commented_article(comments=2, title="Night shifts at the ferry port")
    moderator = make_moderator()

    # A reader finds the article from the home page and reads it.
    reader = new_context().new_page()
    reader.goto("/")
    reader.get_by_role("link", name="Night shifts at the ferry port", exact=True).first.click()
    expect(reader.get_by_role("heading", level=1)).to_have_text("Night shifts at the ferry port")

    # A comment the engine approves is there at once, for everyone.
    post_comment(reader, APPROVED_TEXT)
    expect(reader.get_by_text("your comment is published")).to_be_visible()
    expect(comment_by_text(reader, APPROVED_TEXT)).to_be_visible()

    # A comment the engine holds: its author sees it, marked as awaiting moderation.
    post_comment(reader, HELD_TEXT)
    held = comment_by_text(reader, "Three sources worth reading")
    expect(held).to_be_visible()
    expect(held).to_contain_text("Awaiting moderation")
    expect(reader.get_by_text("awaiting review by a moderator")).to_be_visible()
    held_comment = Comment.objects.get(article=article, status=Comment.Status.HELD)

    # A second reader sees the approved comment and not the held one.
    other = new_context().new_page()
    other.goto(article.get_absolute_url())
    expect(comment_by_text(other, APPROVED_TEXT)).to_be_visible()
    expect(other.get_by_text("Three sources worth reading")).to_have_count(0)

    # A moderator signs in, finds it in the queue and approves it.
    mod = new_context().new_page()
    sign_in(mod, moderator.username, next_url="/moderation/")
    expect(mod.get_by_role("heading", level=1)).to_contain_text("Moderation queue")
    mod.locator(f"a.queue-link[href*='/item/{held_comment.pk}/']").click()
    expect(mod.locator(".comment-text")).to_contain_text("Three sources worth reading")
    with mod.expect_navigation():
        mod.locator('.decide-form[data-action="approve"] button[type=submit]').click()
    held_comment.refresh_from_db()
    assert held_comment.status == Comment.Status.PUBLISHED

    # The second reader now sees it, without any "awaiting" mark.
    other.reload()
    now_public = comment_by_text(other, "Three sources worth reading")
    expect(now_public).to_be_visible()
    expect(now_public).not_to_contain_text("Awaiting moderation")


def _parent_and_children(page, parent_pk: int):
    return page.locator(f"li.comment-item:has(> #c{parent_pk}) > ol.comment-children")


def test_reply_in_place_with_javascript(new_context):
    article = make_commented_article(comments=1)
    parent = article.comments.get()
    page = new_context().new_page()
    page.goto(article.get_absolute_url())
    url_before = page.url

    page.locator(f"#c{parent.pk} a.comment-reply").click()
    # The form moved under the comment, without a page load.
    assert page.url == url_before
    expect(comment_form(page).locator("textarea[name=text]")).to_be_focused()
    box = page.locator(f"#c{parent.pk} + #comment-form")
    expect(box).to_be_visible()
    expect(box).to_contain_text("Replying to")

    post_comment(page, "Answering in place: the staffing figures are in annex two.")
    reply = Comment.objects.get(text__startswith="Answering in place")
    assert reply.parent_id == parent.pk
    expect(_parent_and_children(page, parent.pk).locator(f"#c{reply.pk}")).to_be_visible()


def test_reply_through_the_plain_form_without_javascript(new_context):
    article = make_commented_article(comments=1)
    parent = article.comments.get()
    page = new_context(java_script_enabled=False).new_page()
    page.goto(article.get_absolute_url())

    page.locator(f"#c{parent.pk} a.comment-reply").click()
    page.wait_for_url(re.compile(rf"reply_to={parent.pk}"))
    expect(page.locator("#comment-form")).to_contain_text("Replying to")

    post_comment(page, "Without scripts: the reply form still knows whom I answer.")
    reply = Comment.objects.get(text__startswith="Without scripts")
    assert reply.parent_id == parent.pk
    expect(_parent_and_children(page, parent.pk).locator(f"#c{reply.pk}")).to_be_visible()


def test_reader_deletes_own_comment_and_cannot_delete_anothers(new_context, browser_problems):
    article = make_commented_article(comments=0)
    author = new_context().new_page()
    author.goto(article.get_absolute_url())
    post_comment(author, "A first thought on the inspection queues, open to correction.")
    mine = Comment.objects.get(text__startswith="A first thought")
    post_comment(author, "A second thought that I will take back before anyone answers.")
    lonely = Comment.objects.get(text__startswith="A second thought")

    other = new_context().new_page()
    other.goto(article.get_absolute_url())
    other.locator(f"#c{mine.pk} a.comment-reply").click()
    post_comment(other, "A reply that keeps the thread alive.", name="Ben Okafor", email="b@ex.org")

    # Nobody else gets a Delete control, and the delete URL refuses them.
    other.goto(article.get_absolute_url())
    expect(other.locator(f"#c{mine.pk} a.comment-delete")).to_have_count(0)
    browser_problems.allow(rf"HTTP 403: GET .*/comments/{mine.pk}/delete/")
    browser_problems.allow(r"status of 403")
    response = other.goto(f"/comments/{mine.pk}/delete/")
    assert response.status == 403
    mine.refresh_from_db()
    assert mine.status == Comment.Status.PUBLISHED

    # The author deletes both: the one with a reply leaves a placeholder, the other goes.
    author.goto(article.get_absolute_url())
    for comment in (mine, lonely):
        author.locator(f"#c{comment.pk} a.comment-delete").click()
        author.get_by_role("button", name="Delete comment").click()
        expect(author.get_by_text("Your comment is deleted.")).to_be_visible()
    expect(author.locator(f"#c{mine.pk}")).to_contain_text("removed by the author")
    expect(author.get_by_text("A first thought")).to_have_count(0)
    expect(author.locator(f"#c{lonely.pk}")).to_have_count(0)
    expect(author.get_by_text("A reply that keeps the thread alive.")).to_be_visible()


def test_reports_past_the_threshold_hide_a_comment_and_queue_it(new_context, login):
    article = make_commented_article(comments=0)
    target = make_comment(article=article, text="You lot never read past the headline, do you.")
    moderator = make_moderator()

    for n in range(3):  # the default report threshold
        page = new_context().new_page()
        login(page.context, make_user(username=f"reporter{n}"))
        page.goto(article.get_absolute_url())
        page.locator(f"#c{target.pk} a.comment-report").click()
        page.get_by_label("Trolling or personal attack").check()
        page.get_by_role("button", name="Send report").click()
        expect(page.get_by_text("moderators will look at your report")).to_be_visible()

    target.refresh_from_db()
    assert target.status == Comment.Status.HELD
    stranger = new_context().new_page()
    stranger.goto(article.get_absolute_url())
    expect(stranger.get_by_text("never read past the headline")).to_have_count(0)

    mod = new_context().new_page()
    login(mod.context, moderator)
    mod.goto("/moderation/")
    row = mod.locator(".queue-item", has=mod.locator(f"a[href*='/item/{target.pk}/']"))
    expect(row).to_contain_text("3 reports")


def test_rejected_comment_shows_its_clause_and_the_appeal_reaches_the_queue(new_context, login):
    make_active_policy()
    article = make_commented_article(comments=1)
    page = new_context().new_page()
    page.goto(article.get_absolute_url())
    post_comment(page, "Only a zorblax would defend this inspection regime.")

    rejected = Comment.objects.get(text__contains="zorblax")
    assert rejected.status == Comment.Status.REJECTED
    expect(page.get_by_text("Your comment was not published")).to_be_visible()
    mine = page.locator(f"#c{rejected.pk}")
    expect(mine).to_contain_text("Not published")
    expect(mine.locator(".comment-reasons a[href$='#troll']")).to_be_visible()
    severe = axe_severe(page)  # the rejected state is readable too
    assert not severe, axe_report(severe)

    # Nobody else sees it.
    other = new_context().new_page()
    other.goto(article.get_absolute_url())
    expect(other.get_by_text("Only a zorblax")).to_have_count(0)

    mine.get_by_role("link", name="Appeal this decision").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Appeal a moderation decision")
    page.locator("textarea[name=message]").fill(
        "It was a private joke word, not an insult; please read it again."
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Send the appeal").click()
    assert Appeal.objects.filter(comment=rejected).exists()

    mod = new_context().new_page()
    login(mod.context, make_moderator())
    mod.goto("/moderation/")
    row = mod.locator(".queue-item", has=mod.locator(f"a[href*='/item/{rejected.pk}/']"))
    expect(row).to_contain_text("Appeal")
    row.locator("a.queue-link").click()
    expect(mod.locator("section.appeal")).to_contain_text("private joke word")
