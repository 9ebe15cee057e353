"""The command-line contract: screen_comments (JSON Lines in and out) and evaluate_policy."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.model.make import tiny_datasets


def _run(tmp_path, lines):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    error = None
    try:
        call_command("screen_comments", str(path), stdout=out)
    except CommandError as exc:
        error = exc
    return [json.loads(x) for x in out.getvalue().splitlines() if x.strip()], error


@pytest.mark.django_db
def test_good_lines(tmp_path):
    rows, error = _run(
        tmp_path,
        [
            json.dumps({"id": "a", "text": "Thanks for a careful article."}),
            json.dumps({"id": "b", "text": "Immigrants are vermin.", "lang": "en"}),
        ],
    )
    assert error is None
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0] == {
        "id": "a",
        "action": "approve",
        "categories": [],
        "policy_version": rows[0]["policy_version"],
        "findings": [],
    }
    assert rows[1]["action"] == "reject"
    assert rows[1]["categories"] == ["hate"]
    finding = rows[1]["findings"][0]
    assert set(finding) == {"category", "rule", "clause", "score", "evidence"}
    assert finding["clause"] == "hate"
    s, e = finding["evidence"][0]
    assert "vermin" in "Immigrants are vermin."[s:e]


@pytest.mark.django_db
def test_bad_lines_answered_in_order_and_exit_code(tmp_path):
    rows, error = _run(
        tmp_path,
        [
            "this is not json",
            json.dumps({"id": "no-text"}),
            json.dumps({"id": "ok", "text": "Fine."}),
            json.dumps(["a list"]),
        ],
    )
    assert isinstance(error, CommandError)
    assert error.returncode == 1
    assert "error" in rows[0] and rows[0]["id"] is None
    assert rows[1]["id"] == "no-text" and "text" in rows[1]["error"]
    assert rows[2]["action"] == "approve"
    assert "error" in rows[3]


def test_evaluate_policy_without_shared(settings, tmp_path, monkeypatch):
    monkeypatch.delenv("STOA_DATASETS", raising=False)
    settings.BASE_DIR = tmp_path / "repo"
    with pytest.raises(CommandError) as info:
        call_command("evaluate_policy", "--dataset", "hatecheck", "--no-write")
    assert "../shared/datasets" in str(info.value)
    assert "STOA_DATASETS" in str(info.value)
    assert info.value.returncode == 2


def test_evaluate_policy_reads_datasets_from_environment(settings, tmp_path, monkeypatch):
    """A clone whose datasets live elsewhere names their folder in STOA_DATASETS."""
    settings.BASE_DIR = tmp_path / "repo"  # nothing next to it
    monkeypatch.setenv("STOA_DATASETS", str(tiny_datasets(tmp_path / "elsewhere")))
    out = io.StringIO()
    call_command("evaluate_policy", "--dataset", "hatecheck", "--no-write", stdout=out)
    assert "hatecheck: accuracy" in out.getvalue()
    monkeypatch.setenv("STOA_DATASETS", str(tmp_path / "missing"))
    with pytest.raises(CommandError) as info:
        call_command("evaluate_policy", "--dataset", "hatecheck", "--no-write")
    assert str(tmp_path / "missing") in str(info.value)


def test_evaluate_policy_jsonl(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text(
        json.dumps({"id": 1, "text": "Lovely piece.", "expected": "approve"})
        + "\n"
        + json.dumps({"id": 2, "text": "Muslims are parasites.", "categories": ["hate"]})
        + "\n",
        encoding="utf-8",
    )
    report = tmp_path / "report.md"
    out = io.StringIO()
    call_command("evaluate_policy", "--dataset", str(path), "--output", str(report), stdout=out)
    assert "accuracy 100.0%" in out.getvalue()
    assert "<!-- dataset: mine.jsonl -->" in report.read_text()


def test_evaluate_policy_unknown_name():
    with pytest.raises(CommandError):
        call_command("evaluate_policy", "--dataset", "nope", "--no-write")
