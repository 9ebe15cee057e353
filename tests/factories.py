"""Plain factory functions for tests: make_<thing>(**overrides) returns a saved object."""

import itertools
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from blog.models import Article, Author, Tag

_seq = itertools.count(1)


def make_user(*, username: str | None = None, password: str = "pw-Stoa-123", groups=(), **kw):
    n = next(_seq)
    user = get_user_model().objects.create_user(
        username=username or f"user{n}",
        email=kw.pop("email", f"user{n}@example.com"),
        password=password,
        **kw,
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def make_author(**kw) -> Author:
    n = next(_seq)
    user = kw.pop("user", None) or make_user()
    return Author.objects.create(
        user=user,
        display_name=kw.pop("display_name", f"Author {n}"),
        slug=kw.pop("slug", f"author-{n}"),
        **kw,
    )


def make_tag(name: str | None = None) -> Tag:
    n = next(_seq)
    name = name or f"tag{n}"
    return Tag.objects.create(name=name, slug=name.lower().replace(" ", "-"))


def make_article(**kw) -> Article:
    n = next(_seq)
    tags = kw.pop("tags", ())
    kw.setdefault("author", make_author())
    kw.setdefault("title", f"Article {n}")
    kw.setdefault("slug", f"article-{n}")
    kw.setdefault("body", "<p>Body text.</p>")
    kw.setdefault("status", Article.Status.PUBLISHED)
    if kw["status"] != Article.Status.DRAFT:
        kw.setdefault("published_at", timezone.now() - timedelta(hours=1))
    article = Article.objects.create(**kw)
    if tags:
        article.tags.set(tags)
    return article
