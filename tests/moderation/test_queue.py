"""The queue list: what is in it, in which order, filters, search, and a constant query count."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment
from moderation.models import Appeal, LibelComplaint
from tests.moderation.make import finding, make_comment, make_report, verdict

pytestmark = pytest.mark.django_db
S = Comment.Status


def ids_in(page: str, comments) -> list[int]:
    """The comments' ids in the order the page shows them."""
    found = [(page.index(f">#{c.pk}</a>"), c.pk) for c in comments if f">#{c.pk}</a>" in page]
    return [pk for _, pk in sorted(found)]


def age(comment, minutes):
    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - timedelta(minutes=minutes)
    )


def test_queue_holds_the_right_items_in_priority_order(mod_client):
    old_held = make_comment()
    age(old_held, 60)
    new_held = make_comment()
    reject_level = make_comment(verdict=verdict("reject", finding("hate", "reject", 0.95)))
    age(reject_level, 1)
    reported = make_comment(status=S.PUBLISHED)
    age(reported, 30)
    for _ in range(3):
        make_report(comment=reported)
    appealed = make_comment(status=S.REJECTED)
    Appeal.objects.create(comment=appealed, message="Please")
    quiet = make_comment(status=S.PUBLISHED)
    rejected = make_comment(status=S.REJECTED)
    page = mod_client.get(reverse("moderation:queue")).content.decode()
    order = ids_in(page, [old_held, new_held, reject_level, reported, appealed, quiet, rejected])
    assert order[:3] == [reject_level.pk, reported.pk, old_held.pk]
    assert set(order) == {old_held.pk, new_held.pk, reject_level.pk, reported.pk, appealed.pk}
    assert "3 reports" in page and "Appeal" in page


def test_filters_and_search(mod_client):
    hate = make_comment(verdict=verdict("hold", finding("hate")), text="about tribes")
    spam = make_comment(verdict=verdict("hold", finding("spam")), author_name="Linkmonger")
    reported = make_comment(status=S.PUBLISHED)
    make_report(comment=reported, reason="libel")
    libel = make_comment(status=S.PUBLISHED)
    LibelComplaint.objects.create(comment=libel, name="N", contact="c", step="incomplete")
    everything = [hate, spam, reported, libel]
    url = reverse("moderation:queue")

    def shown(**params):
        return set(ids_in(mod_client.get(url, params).content.decode(), everything))

    assert shown(category="hate") == {hate.pk}
    assert shown(category="libel") == {reported.pk, libel.pk}
    assert shown(reason="reported") == {reported.pk}
    assert shown(reason="libel") == {libel.pk}
    assert shown(reason="held") == {hate.pk, spam.pk}
    assert shown(author="linkmonger") == {spam.pk}
    assert shown(author=hate.author_email) == {hate.pk}
    assert shown(q="tribes") == {hate.pk}
    assert shown(q=spam.author_email[:8]) == {spam.pk}
    assert shown(article=hate.article_id) == {hate.pk}
    today = timezone.now().date()
    assert shown(since=today.isoformat()) == set(c.pk for c in everything)
    assert shown(until=(today - timedelta(days=2)).isoformat()) == set()
    # Bad filter input is ignored with the form's errors, never a 500.
    assert mod_client.get(url, {"since": "yesterday", "article": "x"}).status_code == 200


def test_queue_query_count_is_constant(mod_client):
    def count_queries() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as ctx:
            assert mod_client.get(reverse("moderation:queue")).status_code == 200
        return len(ctx.captured_queries)

    for _ in range(3):
        c = make_comment()
        make_report(comment=c)
    count_queries()  # warm up: the site settings row is created on the first page
    small = count_queries()
    for _ in range(30):
        c = make_comment(status=S.PUBLISHED)
        make_report(comment=c)
        Appeal.objects.create(comment=make_comment(status=S.REJECTED), message="m")
    assert count_queries() == small


def test_empty_queue(mod_client):
    assert "Nothing waits" in mod_client.get(reverse("moderation:queue")).content.decode()


def test_item_links_to_next_and_previous(mod_client):
    first = make_comment()
    age(first, 10)
    second = make_comment()
    page = mod_client.get(reverse("moderation:item", kwargs={"pk": first.pk})).content.decode()
    assert f'id="item-next" rel="next" href="/moderation/item/{second.pk}/"' in page
    # Filters carry over from item to item.
    url = reverse("moderation:item", kwargs={"pk": first.pk}) + "?reason=held"
    page = mod_client.get(url).content.decode()
    assert f'href="/moderation/item/{second.pk}/?reason=held"' in page
    # Deciding goes on to the next item.
    response = mod_client.post(
        reverse("moderation:decide", kwargs={"pk": first.pk}),
        {"action": "approve", "expected_status": "held"},
    )
    assert response["Location"] == reverse("moderation:item", kwargs={"pk": second.pk})


def test_queue_page_loads_shortcuts_script_without_inline_js(mod_client):
    make_comment()
    page = mod_client.get(reverse("moderation:queue")).content.decode()
    assert 'src="/static/js/queue.js"' in page
    assert "onclick" not in page and "<script>" not in page
    assert 'style="' not in page


def test_anonymous_client_cannot_see_queue():
    assert Client().get(reverse("moderation:queue")).status_code == 302
