"""On a phone the filter form would push the queue off the screen: it stays folded until used."""

from django.urls import reverse


def test_filters_are_folded_until_a_filter_is_active(mod_client):
    plain = mod_client.get(reverse("moderation:queue")).text
    assert '<details class="queue-filter-box mb-2">' in plain
    filtered = mod_client.get(reverse("moderation:queue") + "?q=border").text
    assert '<details class="queue-filter-box mb-2" open>' in filtered
