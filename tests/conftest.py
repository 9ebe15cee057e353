"""Shared fixtures: isolated media and cache per test, and the path to ../shared when present."""

from pathlib import Path

import pytest
from django.core.cache import cache

from moderation.policy.evaluation import shared_dir

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DATASETS = shared_dir(REPO)  # $STOA_DATASETS or ../shared/datasets


@pytest.fixture(autouse=True)
def _isolated_media_and_cache(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def datasets() -> Path:
    """The shared datasets folder; tests that need it skip cleanly in a user's clone."""
    if not DATASETS.is_dir():
        pytest.skip("../shared/datasets is not present in this clone")
    return DATASETS
