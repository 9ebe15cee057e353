"""The labelled blog comments in tests/policy/data: well formed, split evenly, and measurable
through `evaluate_policy` on a clone that has no ../shared next to it."""

import io
import json
from collections import Counter

import pytest
from django.core.management import call_command

from moderation.policy.evaluation import BLOG_COMMENTS, load_blog_comments

CATEGORIES = {"hate", "profanity", "libel", "troll", "spam"}


def _rows() -> list[dict]:
    lines = BLOG_COMMENTS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_every_row_has_valid_fields():
    rows = _rows()
    assert len(rows) >= 400
    for row in rows:
        assert set(row) == {"text", "lang", "expected", "category", "split"}, row
        assert isinstance(row["text"], str) and row["text"].strip()
        assert row["lang"] in {"en", "es"}
        assert row["split"] in {"dev", "test"}
        if row["expected"] == "approve":
            assert row["category"] is None, row
        else:
            assert row["expected"] == "flag" and row["category"] in CATEGORIES, row
    assert len({row["text"] for row in rows}) == len(rows), "duplicate comments"


def test_both_splits_cover_each_language_and_category():
    counts = Counter((r["split"], r["lang"], r["category"]) for r in _rows())
    for split in ("dev", "test"):
        for lang in ("en", "es"):
            for category in (None, *CATEGORIES):
                assert counts[(split, lang, category)] > 0, (split, lang, category)


def test_loader_reads_each_split_once():
    dev, test = load_blog_comments("dev"), load_blog_comments("test")
    assert dev and test
    assert len(dev) + len(test) == len(_rows())
    assert not {c.text for c in dev} & {c.text for c in test}
    # The language is left for the engine to detect, as on the site.
    assert all(c.lang is None for c in dev)
    assert {c.group for c in dev} >= {"en harmless", "es harmless", "en libel", "es spam"}


def test_loader_rejects_a_malformed_row(tmp_path):
    path = tmp_path / "bad.jsonl"
    row = {"text": "Buy pills", "lang": "en", "expected": "approve", "category": "spam"}
    path.write_text(json.dumps({**row, "split": "dev"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        load_blog_comments("dev", path)


def test_evaluate_policy_blog_dev_without_shared(settings, tmp_path):
    settings.BASE_DIR = tmp_path / "repo"  # no ../shared/datasets next to it
    out = io.StringIO()
    call_command("evaluate_policy", "--dataset", "blog-dev", "--no-write", stdout=out)
    text = out.getvalue()
    assert "## blog-dev" in text
    assert f"{len(load_blog_comments('dev'))} cases" in text
    assert "| en libel |" in text and "| es harmless |" in text
    assert "blog-dev: accuracy " in text
    assert not (tmp_path / "repo" / "docs").exists()
