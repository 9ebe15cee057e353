"""The person a comment is about can find the defamation complaint form from the site."""

import pytest
from django.urls import reverse

from tests.factories import make_article
from tests.moderation.make import make_comment

pytestmark = pytest.mark.django_db


def test_footer_policy_and_report_page_link_to_the_complaint_form(client):
    form_url = reverse("moderation:libel-complaint")
    home = client.get(reverse("blog:home")).text
    assert f'href="{form_url}"' in home
    policy = client.get(reverse("blog:policy")).text
    libel_section = policy.split('id="libel"', 1)[1].split("</section>", 1)[0]
    assert f'href="{form_url}"' in libel_section

    comment = make_comment(article=make_article(), status="published")
    report_page = client.get(reverse("comments:report", kwargs={"pk": comment.pk}))
    assert f'href="{form_url}?comment={comment.pk}"' in report_page.text
    # The link pre-fills which comment the complaint is about.
    complaint_form = client.get(f"{form_url}?comment={comment.pk}")
    assert complaint_form.status_code == 200
    assert f'value="{comment.pk}"' in complaint_form.text
