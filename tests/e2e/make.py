"""Test data for the browser suite: people, a commented article, and policy rows.

Comments are written straight to the database here (the flows themselves post through the
browser); the texts are our own.
"""

import importlib

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from blog.models import Article
from comments.models import Comment
from moderation.active_policy import policy_cache_clear
from moderation.models import PolicySettings
from tests.factories import make_article, make_author, make_user

PASSWORD = "pw-Stoa-123"
# A made-up word the active policy blocks, so the engine rejects a comment on purpose.
BLOCKED_WORD = "zorblax"
# Three links: the engine holds a comment with two or more.
HELD_TEXT = (
    "Three sources worth reading on the asylum backlog: https://example.org/a "
    "https://example.org/b and https://example.org/c"
)
APPROVED_TEXT = "The figures on processing times are clearer than last year's report."


def make_moderator(**kw):
    kw.setdefault("groups", ("Moderators",))
    return make_user(**kw)


def make_editor(**kw):
    kw.setdefault("groups", ("Editors",))
    kw.setdefault("is_staff", True)
    user = make_user(**kw)
    make_author(user=user, display_name=kw.get("first_name") or user.username.title())
    return user


def make_superuser(username: str = "admin"):
    return get_user_model().objects.create_superuser(
        username=username, email=f"{username}@example.com", password=PASSWORD
    )


def make_comment(*, article: Article, text: str = APPROVED_TEXT, parent=None, **kw) -> Comment:
    kw.setdefault("author_name", "Ana Reader")
    kw.setdefault("author_email", "ana@example.com")
    kw.setdefault("status", Comment.Status.PUBLISHED)
    depth = parent.depth + 1 if parent else 0
    return Comment.objects.create(
        article=article, parent=parent, depth=depth, text=text, raw_text=text, **kw
    )


def make_commented_article(*, comments: int = 6, **kw) -> Article:
    """An article with a short discussion: threads two levels deep."""
    kw.setdefault("title", "What a fair border inspection looks like")
    kw.setdefault(
        "body",
        "<p>Inspections at the crossing have doubled since spring. Officers say the new "
        "scanners save time; drivers waiting four hours in the heat disagree.</p>"
        "<h2>What the numbers say</h2><p>The ministry publishes weekly counts. They show "
        "more vehicles searched and fewer seizures, which reads as either deterrence or "
        "waste depending on who is reading.</p>",
    )
    article = make_article(**kw)
    names = ["Ana Reader", "Ben Okafor", "Chiara Rossi", "Dev Patel"]
    top = None
    for n in range(comments):
        parent = top if n % 3 else None
        comment = make_comment(
            article=article,
            parent=parent,
            author_name=names[n % len(names)],
            author_email=f"reader{n}@example.com",
            text=f"Point {n + 1}: the scanners help only if the staff to read them are there.",
        )
        if parent is None:
            top = comment
    return article


def make_active_policy(**kw) -> PolicySettings:
    """An active PolicySettings row that blocks BLOCKED_WORD (plus any overrides)."""
    PolicySettings.objects.filter(is_active=True).update(is_active=False)
    kw.setdefault("extra_blocked_terms", BLOCKED_WORD)
    version = (
        PolicySettings.objects.order_by("-version").values_list("version", flat=True).first() or 0
    ) + 1
    row = PolicySettings.objects.create(version=version, is_active=True, **kw)
    policy_cache_clear()
    return row


def ensure_groups() -> None:
    """The Editors and Moderators groups, as the data migration makes them.

    Browser tests run on a transactional database, whose flush after each test drops rows that
    data migrations made (permissions come back through post_migrate; groups do not).
    """
    spec = importlib.import_module("moderation.migrations.0002_groups")
    for name, perms in (("Editors", spec.EDITOR_PERMS), ("Moderators", spec.MODERATOR_PERMS)):
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, model, actions in perms:
            for action in actions:
                group.permissions.add(
                    Permission.objects.get(
                        content_type__app_label=app_label, codename=spec._codename(action, model)
                    )
                )
