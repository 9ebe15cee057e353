"""Factories and helpers for comment tests: saved comments, and posting through the form."""

import itertools

from django.urls import reverse

from comments.forms import fill_token_make
from comments.models import Comment
from moderation.models import PolicySettings

_seq = itertools.count(1)

# Texts the engine's contract lets us predict: three links hold (links_to_hold defaults to 2),
# a moderator-added blocked term rejects, plain debate is approved.
CLEAN = "I disagree with the tariff argument; the numbers from last year point the other way."
HOLDING = "Sources: https://a.example/1 https://b.example/2 https://c.example/3"
BLOCKED_TERM = "zorblax"
REJECTING = f"You are nothing but a {BLOCKED_TERM} and everyone knows it."


def make_comment(*, article, **kw) -> Comment:
    n = next(_seq)
    parent = kw.get("parent")
    kw.setdefault("author_name", f"Reader {n}")
    kw.setdefault("author_email", f"reader{n}@example.org")
    kw.setdefault("text", f"Comment number {n} on the policy.")
    kw.setdefault("status", Comment.Status.PUBLISHED)
    kw.setdefault("depth", parent.depth + 1 if parent else 0)
    return Comment.objects.create(article=article, **kw)


def make_blocking_policy(term: str = BLOCKED_TERM) -> PolicySettings:
    from moderation.active_policy import policy_cache_clear

    row = PolicySettings.objects.create(
        version=900 + next(_seq), is_active=True, extra_blocked_terms=term
    )
    policy_cache_clear()
    return row


def form_data(**kw) -> dict:
    data = {
        "name": "Ana Reader",
        "email": "ana@example.org",
        "url": "",
        "text": CLEAN,
        "started": fill_token_make(),
        "homepage": "",
    }
    data.update(kw)
    return {k: v for k, v in data.items() if v is not None}


def post_comment(client, article, **kw):
    """POST the comment form as a browser would; returns the response (not followed)."""
    follow = kw.pop("follow", False)
    return client.post(
        reverse("comments:post", kwargs={"article_pk": article.pk}), form_data(**kw), follow=follow
    )
