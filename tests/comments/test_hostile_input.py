"""Hostile input from public lists (evaluate-only: read at test time, never copied): the Big List
of Naughty Strings and XSS payload lists. Nothing a reader sends may give a 500 or run."""

import json
import random
from html.parser import HTMLParser

import pytest

from blog.sanitize import comment_html, strip_markup
from comments.models import Comment
from moderation.policy import Submission, screen
from tests.comments.make import post_comment
from tests.factories import make_article

ALLOWED = {"p": set(), "br": set(), "a": {"href", "rel"}}


class _Inert(HTMLParser):
    """Collects anything in rendered comment HTML that is not plain paragraphs and safe links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED:
            self.problems.append(f"<{tag}>")
            return
        for name, value in attrs:
            if name not in ALLOWED[tag]:
                self.problems.append(f"{tag}[{name}]")
            elif name == "href" and not (value or "").startswith(("http://", "https://")):
                self.problems.append(f"href={value!r}")


def _payloads(datasets) -> list[str]:
    lines: list[str] = []
    for path in sorted((datasets / "xss-payloads").glob("*.txt")):
        lines += [ln for ln in path.read_text(errors="replace").splitlines() if ln.strip()]
    return lines


def _naughty(datasets) -> list[str]:
    return [s for s in json.loads((datasets / "blns" / "blns.json").read_text()) if s.strip()]


def test_every_xss_payload_renders_inert(datasets):
    payloads = _payloads(datasets)
    assert len(payloads) > 2000
    for payload in payloads:
        parser = _Inert()
        parser.feed(comment_html(strip_markup(payload)))
        assert not parser.problems, (payload, parser.problems)


def test_every_naughty_string_is_screened_without_error(datasets):
    for text in _naughty(datasets):
        verdict = screen(Submission(text))
        assert verdict.action in {"approve", "hold", "reject"}
        for finding in verdict.findings:
            for start, end in finding.evidence:
                assert 0 <= start < end <= len(text), (text, finding)


@pytest.mark.django_db
def test_hostile_comments_through_the_form_never_500_and_stay_inert(client, datasets):
    article = make_article()
    rng = random.Random(7)  # a fixed sample keeps the run short and repeatable
    sample = rng.sample(_payloads(datasets), 40) + rng.sample(_naughty(datasets), 40)
    for i, text in enumerate(sample):
        response = post_comment(client, article, text=f"{text} #{i}", email=f"r{i}@example.org")
        assert response.status_code in {200, 302}, (text, response.status_code)
    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    section = page.text.split('id="comments"', 1)[1]
    for comment in Comment.objects.filter(article=article, status=Comment.Status.PUBLISHED):
        parser = _Inert()
        parser.feed(comment_html(comment.text))
        assert not parser.problems, (comment.text, parser.problems)
    assert "<script" not in section.split("</main>", 1)[0].lower().replace(
        '<script src="/static/', ""
    )
