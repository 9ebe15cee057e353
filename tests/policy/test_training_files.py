"""The blog model's training comments: well formed, and none of them a blog-set test comment
(the test split measures comments the model never saw; a leaked row would flatter it)."""

import json
from pathlib import Path

import pytest

from moderation.policy.evaluation import BLOG_COMMENTS
from moderation.training.data import dedup_key

DATA = Path(__file__).resolve().parents[2] / "moderation" / "training" / "data"
FILES = ("blog_comments_train.jsonl", "blog_comments_pending.jsonl")
CATEGORIES = {"hate", "profanity", "libel", "troll", "spam"}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("name", FILES)
def test_every_training_row_has_valid_fields(name):
    rows = _rows(DATA / name)
    assert len(rows) >= 300
    for row in rows:
        assert set(row) == {"text", "lang", "expected", "category", "writer"}, row
        assert row["text"].strip() and row["lang"] in {"en", "es"}
        assert row["writer"].startswith("writer-"), row
        if row["expected"] == "approve":
            assert row["category"] is None, row
        else:
            assert row["expected"] == "flag" and row["category"] in CATEGORIES, row


def test_no_training_row_repeats_a_blog_set_test_comment_or_another_row():
    test = {dedup_key(r["text"]) for r in _rows(BLOG_COMMENTS) if r["split"] == "test"}
    seen: set[str] = set()
    for name in FILES:
        for row in _rows(DATA / name):
            key = dedup_key(row["text"])
            assert key not in test, (name, row["text"])
            assert key not in seen, (name, row["text"])
            seen.add(key)


def test_the_pending_writers_are_not_in_the_training_file():
    trained = {r["writer"] for r in _rows(DATA / FILES[0])}
    pending = {r["writer"] for r in _rows(DATA / FILES[1])}
    assert pending and not trained & pending
