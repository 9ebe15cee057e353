"""Admin: decisions are read-only for everyone; comment actions call the queue's services."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from comments.models import Comment
from moderation.models import Decision
from tests.factories import make_user
from tests.moderation.make import make_comment, make_moderator

pytestmark = pytest.mark.django_db
S = Comment.Status


@pytest.fixture
def admin_client_():
    client = Client()
    client.force_login(make_user(is_superuser=True, is_staff=True))
    return client


def test_decisions_cannot_be_added_changed_or_deleted(admin_client_):
    comment = make_comment()
    decision = comment.decisions.get()
    assert admin_client_.get(reverse("admin:moderation_decision_changelist")).status_code == 200
    assert admin_client_.get(reverse("admin:moderation_decision_add")).status_code == 403
    change = reverse("admin:moderation_decision_change", args=[decision.pk])
    page = admin_client_.get(change)
    assert page.status_code == 200 and b'name="action"' not in page.content  # view only
    assert admin_client_.post(change, {"action": "forged"}).status_code == 403
    delete = reverse("admin:moderation_decision_delete", args=[decision.pk])
    assert admin_client_.post(delete, {"post": "yes"}).status_code == 403
    listing = admin_client_.get(reverse("admin:moderation_decision_changelist"))
    assert b"delete_selected" not in listing.content
    decision.refresh_from_db()
    assert decision.action == "hold"


def test_decisions_are_append_only_in_code():
    decision = make_comment().decisions.get()
    decision.note = "tampered"
    with pytest.raises(PermissionDenied):
        decision.save()
    with pytest.raises(PermissionDenied):
        decision.delete()


def test_comment_admin_status_is_read_only_and_actions_use_services(admin_client_):
    comment = make_comment()
    other = make_comment(status=S.PUBLISHED)
    change = admin_client_.get(reverse("admin:comments_comment_change", args=[comment.pk]))
    assert b'name="status"' not in change.content
    changelist = reverse("admin:comments_comment_changelist")
    response = admin_client_.post(
        changelist,
        {"action": "approve", "_selected_action": [comment.pk, other.pk]},
        follow=True,
    )
    assert response.status_code == 200
    comment.refresh_from_db()
    assert comment.status == S.PUBLISHED
    assert comment.decisions.filter(action="approve", actor_kind="moderator").exists()
    assert "is already" in response.content.decode()  # the published one is refused
    third = make_comment()
    admin_client_.post(changelist, {"action": "reject", "_selected_action": [third.pk]})
    third.refresh_from_db()
    assert third.status == S.REJECTED
    assert third.decisions.get(action="reject").clause == "troll"
    fourth = make_comment()
    admin_client_.post(changelist, {"action": "spam", "_selected_action": [fourth.pk]})
    assert Comment.objects.get(pk=fourth.pk).status == S.SPAM


def test_moderators_see_decisions_in_admin_but_cannot_change_them():
    client = Client()
    client.force_login(make_moderator(is_staff=True))
    decision = make_comment().decisions.get()
    assert client.get(reverse("admin:moderation_decision_changelist")).status_code == 200
    assert client.get(reverse("admin:moderation_decision_add")).status_code == 403
    url = reverse("admin:moderation_decision_delete", args=[decision.pk])
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert Decision.objects.filter(pk=decision.pk).exists()


def test_policy_versions_are_not_edited_in_admin(admin_client_):
    from moderation.models import PolicySettings

    policy = PolicySettings.objects.create(version=1, links_to_hold=2)
    url = reverse("admin:moderation_policysettings_change", args=[policy.pk])
    assert admin_client_.get(url).status_code == 200  # view only
    admin_client_.post(url, {"links_to_hold": 9})
    policy.refresh_from_db()
    assert policy.links_to_hold == 2
