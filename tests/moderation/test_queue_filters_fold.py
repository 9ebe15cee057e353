"""On a phone the filter form would push the queue off the screen: it stays folded until used."""

from django.urls import reverse


def test_filters_are_folded_until_a_filter_is_active(mod_client):
    plain = mod_client.get(reverse("moderation:queue")).text
    assert '<details class="queue-filter-box mb-2">' in plain
    filtered = mod_client.get(reverse("moderation:queue") + "?q=border").text
    assert '<details class="queue-filter-box mb-2" open>' in filtered


def test_moderation_pages_use_the_full_width_without_the_blog_sidebar(mod_client, client):
    queue = mod_client.get(reverse("moderation:queue")).text
    assert '<main id="main" class="col-12">' in queue
    assert 'aria-label="Archive and tags"' not in queue
    home = client.get(reverse("blog:home")).text
    assert 'aria-label="Archive and tags"' in home
