"""Policy versions: create, test on history (the right differences), activate, re-activate."""

import pytest
from django.urls import reverse

from comments.models import Comment
from moderation.active_policy import policy_config_active
from moderation.models import Decision, PolicySettings
from tests.moderation.make import make_comment, verdict

pytestmark = pytest.mark.django_db
S = Comment.Status
ONE_LINK = "The figures are at https://example.org/report if you want to check them."
TWO_LINKS = "Compare https://example.org/a with https://example.org/b and decide."


def new_version(client, **fields):
    data = {
        "extra_blocked_terms": "",
        "extra_allowed_terms": "",
        "links_to_hold": 2,
        "profanity_excessive": 2,
        "trust_threshold": 5,
        "report_threshold": 3,
        "note": "",
        **fields,
    }
    response = client.post(reverse("moderation:policy-create"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return PolicySettings.objects.order_by("-version").first()


def test_create_form_starts_from_active_and_validates(mod_client):
    PolicySettings.objects.create(version=1, is_active=True, links_to_hold=4)
    page = mod_client.get(reverse("moderation:policy-create")).content.decode()
    assert "Starts from v1" in page and 'value="4"' in page
    response = mod_client.post(
        reverse("moderation:policy-create"),
        {
            "links_to_hold": 2,
            "profanity_excessive": 2,
            "trust_threshold": 5,
            "report_threshold": 3,
            "hate_hold": "0.9",
            "hate_reject": "0.5",
        },
    )
    assert response.status_code == 200
    assert "must not be above" in response.content.decode()
    policy = new_version(
        mod_client, hate_hold="0.4", hate_reject="0.8", extra_blocked_terms="zorp\n"
    )
    assert policy.version == 2 and not policy.is_active
    assert policy.thresholds == {"hate": {"hold": 0.4, "reject": 0.8}}


def test_history_replay_shows_the_right_differences(mod_client, moderator):
    one = make_comment(status=S.PUBLISHED, text=ONE_LINK, verdict=verdict("approve"))
    approved_by_moderator = make_comment(text=ONE_LINK)
    mod_client.post(
        reverse("moderation:decide", kwargs={"pk": approved_by_moderator.pk}),
        {"action": "approve", "expected_status": "held"},
    )
    two = make_comment(text=TWO_LINKS)
    plain = make_comment(
        status=S.PUBLISHED, text="No links at all here.", verdict=verdict("approve")
    )

    stricter = new_version(mod_client, links_to_hold=1)
    page = mod_client.get(reverse("moderation:policy-test", kwargs={"version": stricter.version}))
    result = page.context["result"]
    assert {r.comment.pk for r in result.stricter} == {one.pk, approved_by_moderator.pk}
    assert result.looser == []
    assert [r.comment.pk for r in result.disagreements] == [approved_by_moderator.pk]
    text = page.content.decode()
    assert "decided otherwise" in text and f"#{plain.pk}<" not in text

    looser = new_version(mod_client, links_to_hold=3)
    result = mod_client.get(
        reverse("moderation:policy-test", kwargs={"version": looser.version})
    ).context["result"]
    assert [r.comment.pk for r in result.looser] == [two.pk]
    assert result.stricter == []
    # Only the last N are replayed.
    result = mod_client.get(
        reverse("moderation:policy-test", kwargs={"version": looser.version}), {"n": "1"}
    ).context["result"]
    assert result.screened == 1
    assert (
        mod_client.get(
            reverse("moderation:policy-test", kwargs={"version": looser.version}), {"n": "lots"}
        ).status_code
        == 200
    )


def test_activation_is_recorded_and_older_versions_can_return(mod_client, moderator):
    first = new_version(mod_client, links_to_hold=2)
    second = new_version(mod_client, links_to_hold=5)
    assert policy_config_active().version == "default"
    mod_client.post(
        reverse("moderation:policy-activate", kwargs={"version": first.version}),
        {"note": "Start"},
    )
    assert policy_config_active().version == "v1"
    mod_client.post(reverse("moderation:policy-activate", kwargs={"version": second.version}))
    assert policy_config_active().links_to_hold == 5  # the cache was cleared
    mod_client.post(reverse("moderation:policy-activate", kwargs={"version": first.version}))
    assert PolicySettings.objects.get(is_active=True) == first
    activations = Decision.objects.filter(action="policy-activate").order_by("pk")
    assert [d.policy_version for d in activations] == ["v1", "v2", "v1"]
    assert all(d.comment_id is None and d.actor == moderator for d in activations)
    assert activations[0].note == "Start"
    response = mod_client.post(
        reverse("moderation:policy-activate", kwargs={"version": first.version}), follow=True
    )
    assert "already active" in response.content.decode()
    listing = mod_client.get(reverse("moderation:policy-list")).content.decode()
    assert "active" in listing and "was active" in listing
    assert (
        mod_client.get(reverse("moderation:policy-detail", kwargs={"version": 99})).status_code
        == 404
    )
