"""The skeleton serves the home page and a published article."""

import pytest

from tests.factories import make_article


@pytest.mark.django_db
def test_home_lists_published_article(client):
    article = make_article(title="Border talks resume")
    response = client.get("/")
    assert response.status_code == 200
    assert "Border talks resume" in response.text
    assert client.get(article.get_absolute_url()).status_code == 200
