"""Comment tests post through the real form: no fill-time wait and generous rate limits unless a
test is about those very rules."""

import pytest


@pytest.fixture(autouse=True)
def _comment_settings(settings):
    settings.STOA_COMMENT_MIN_FILL_SECONDS = 0
    settings.STOA_RATE_LIMIT_IP = (1000, 60)
    settings.STOA_RATE_LIMIT_EMAIL = (1000, 60)


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
