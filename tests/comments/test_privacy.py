"""`manage.py commenter_data export|erase EMAIL`: a commenter's data out, or gone."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from comments.models import Comment
from moderation.models import Decision, Report
from tests.comments.make import make_comment, post_comment
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _run(*args) -> str:
    out = StringIO()
    call_command("commenter_data", *args, stdout=out)
    return out.getvalue()


def test_export_prints_comments_and_reports_as_json(client):
    article = make_article(title="Ports and tariffs")
    post_comment(client, article, email="Ana@Example.org", text="My exported point.")
    other = make_comment(article=article)
    Report.objects.create(
        comment=other, reporter_key="ip:x", reporter_email="ana@example.org", reason="spam"
    )
    make_comment(article=article, author_email="someone@example.org", text="Not hers")
    data = json.loads(_run("export", "ana@example.org"))
    assert [c["text"] for c in data["comments"]] == ["My exported point."]
    assert data["comments"][0]["article"] == "Ports and tariffs"
    assert data["comments"][0]["status"] == "published"
    assert [r["reason"] for r in data["reports"]] == ["spam"]


def test_erase_blanks_personal_data_and_keeps_thread_and_decisions(client):
    article = make_article()
    post_comment(client, article, name="Ana Reader", url="https://ana.org", text="My own words.")
    mine = Comment.objects.get()
    reply = make_comment(article=article, parent=mine, text="A reply to Ana")
    decisions = Decision.objects.filter(comment=mine).count()
    out = _run("erase", "ana@example.org")
    assert "Erased the personal data of 1 comment" in out
    mine.refresh_from_db()
    assert (mine.author_name, mine.author_email, mine.author_url, mine.ip_hash) == ("", "", "", "")
    assert "My own words." not in mine.text and mine.raw_text == ""
    assert mine.status == Comment.Status.PUBLISHED
    reply.refresh_from_db()
    assert reply.parent == mine
    assert Decision.objects.filter(comment=mine).count() == decisions
    page = Client().get(article.get_absolute_url())
    assert "Ana Reader" not in page.text and "My own words." not in page.text
    assert "A reply to Ana" in page.text
    assert json.loads(_run("export", "ana@example.org"))["comments"] == []


@pytest.mark.parametrize(
    "args", [("export", "not-an-email"), ("destroy", "ana@example.org"), ("export",)]
)
def test_bad_arguments_fail_clearly(args):
    with pytest.raises(CommandError) as excinfo:
        _run(*args)
    assert str(excinfo.value)
