"""Every moderation page: anonymous -> login, readers and editors -> 403, moderators and
superusers in. The two public pages (appeal, libel complaint) are open to everyone."""

import pytest
from django.test import Client
from django.urls import reverse

from moderation.models import Appeal, LibelComplaint, PolicySettings
from tests.factories import make_user
from tests.moderation.make import make_comment, make_moderator

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    comment = make_comment()
    appeal = Appeal.objects.create(comment=comment, message="Please look again.")
    complaint = LibelComplaint.objects.create(
        comment=comment, name="A", contact="a@example.com", untrue_statement="x", why_untrue="y"
    )
    policy = PolicySettings.objects.create(version=1)
    return {"comment": comment, "appeal": appeal, "policy": policy, "complaint": complaint}


def _urls(world):
    pk, version = world["comment"].pk, world["policy"].version
    get = [
        reverse("moderation:queue"),
        reverse("moderation:item", kwargs={"pk": pk}),
        reverse("moderation:decisions"),
        reverse("moderation:decisions-csv"),
        reverse("moderation:policy-list"),
        reverse("moderation:policy-create"),
        reverse("moderation:policy-detail", kwargs={"version": version}),
        reverse("moderation:policy-test", kwargs={"version": version}),
        reverse("moderation:stats"),
        reverse("moderation:preferences"),
    ]
    post = [
        (
            reverse("moderation:decide", kwargs={"pk": pk}),
            {"action": "approve", "expected_status": "held"},
        ),
        (reverse("moderation:bulk"), {"action": "approve", "ids": [pk]}),
        (reverse("moderation:claim-next"), {}),
        (reverse("moderation:ban", kwargs={"pk": pk}), {"reason": "abuse"}),
        (reverse("moderation:trust", kwargs={"pk": pk}), {}),
        (reverse("moderation:release", kwargs={"pk": pk}), {}),
        (
            reverse("moderation:libel-step", kwargs={"pk": pk}),
            {"step": "notify", "complaint": world["complaint"].pk},
        ),
        (
            reverse("moderation:appeal-decide", kwargs={"pk": world["appeal"].pk}),
            {"outcome": "deny"},
        ),
        (reverse("moderation:policy-activate", kwargs={"version": version}), {}),
    ]
    return get, post


def _client(role: str) -> Client:
    client = Client()
    if role == "reader":
        client.force_login(make_user())
    elif role == "editor":
        client.force_login(make_user(groups=["Editors"]))
    elif role == "moderator":
        client.force_login(make_moderator())
    elif role == "superuser":
        client.force_login(make_user(is_superuser=True, is_staff=True))
    return client


def test_anonymous_goes_to_login(world):
    client = _client("anonymous")
    get, post = _urls(world)
    for url in get:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url
    for url, data in post:
        response = client.post(url, data)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url
    assert world["comment"].decisions.count() == 1  # only the engine's


@pytest.mark.parametrize("role", ["reader", "editor"])
def test_readers_and_editors_are_forbidden(world, role):
    client = _client(role)
    get, post = _urls(world)
    for url in get:
        assert client.get(url).status_code == 403, url
    for url, data in post:
        assert client.post(url, data).status_code == 403, url
    assert world["comment"].decisions.count() == 1


@pytest.mark.parametrize("role", ["moderator", "superuser"])
def test_moderators_and_superusers_get_in(world, role):
    client = _client(role)
    get, post = _urls(world)
    for url in get:
        assert client.get(url).status_code == 200, url
    for url, data in post:
        assert client.post(url, data).status_code == 302, url


@pytest.mark.parametrize("role", ["moderator", "reader"])
def test_decision_pages_refuse_get_for_posts(world, role):
    client = _client(role)
    _get, post = _urls(world)
    for url, _data in post:
        assert client.get(url).status_code in (403, 405), url


def test_public_pages_are_open(world):
    client = Client()
    assert client.get(reverse("moderation:libel-complaint")).status_code == 200
    # A forged appeal link is refused with a readable page, never a 500.
    response = client.get(reverse("moderation:appeal", kwargs={"token": "forged"}))
    assert response.status_code == 400
    assert b"not valid" in response.content
