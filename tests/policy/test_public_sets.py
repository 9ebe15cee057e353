"""Floors on the public evaluation sets (skipped when ../shared is absent). Aggregates only:
no assertion looks at a single case of an evaluate-only set."""

import pytest

from moderation.policy.evaluation import evaluate, load_cases, macro_f1

pytestmark = pytest.mark.shared


def test_hatecheck_floor(datasets):
    res = evaluate("hatecheck", load_cases("hatecheck", datasets))
    assert res.cases == 3728
    assert res.accuracy() >= 0.65


def test_hatecheck_es_floor(datasets):
    res = evaluate("hatecheck-es", load_cases("hatecheck-es", datasets))
    assert res.accuracy() >= 0.5


def test_youtube_spam_floor(datasets):
    res = evaluate("youtube-spam-test", load_cases("youtube-spam-test", datasets))
    assert macro_f1(res.binary) >= 0.5
