"""Fixtures for the moderation tests: a moderator logged in to a test client."""

import pytest
from django.test import Client

from tests.moderation.make import make_moderator


@pytest.fixture
def moderator(db):
    return make_moderator()


@pytest.fixture
def mod_client(moderator) -> Client:
    client = Client()
    client.force_login(moderator)
    return client
