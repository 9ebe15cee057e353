"""The system check fails on a duplicate rule id, a category with no rule, a broken lexicon."""

import shutil

import pytest

from moderation import checks
from moderation.policy import lexicon, rules
from moderation.policy.rules import Rule, all_rules, registry_problems
from moderation.policy.types import Category


def test_check_passes_on_the_shipped_engine():
    assert checks.policy_engine_check() == []


def test_duplicate_rule_id_is_reported():
    rules = all_rules()
    duplicate = Rule(rules[0].id, Category.SPAM, "spam", rules[0].fn)
    problems = registry_problems((*rules, duplicate))
    assert any("duplicate rule id" in p for p in problems)


def test_category_without_rule_is_reported():
    rules = tuple(r for r in all_rules() if r.category != Category.LIBEL)
    assert any("'libel' has no rule" in p for p in registry_problems(rules))


def test_rule_ids_are_unique_and_every_category_covered():
    assert registry_problems() == []


def test_unloadable_lexicon_fails_the_check(monkeypatch, tmp_path):
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    lexicon.load.cache_clear()
    try:
        errors = checks.policy_engine_check()
        assert [e.id for e in errors] == ["moderation.E001"]
    finally:
        lexicon.load.cache_clear()
        monkeypatch.undo()
        lexicon.load()


def test_unloadable_lexicon_fails_the_check_before_the_rules_are_ordered(monkeypatch, tmp_path):
    """In a fresh process (`manage.py check` on a server) the rules are not ordered yet, and
    ordering them loads the lexicon: the check must still report E001, not raise."""
    monkeypatch.setattr(rules, "_ORDERED", [])
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    lexicon.load.cache_clear()
    try:
        errors = checks.policy_engine_check()
        assert [e.id for e in errors] == ["moderation.E001"]
        assert "groups.tsv" in errors[0].msg
    finally:
        lexicon.load.cache_clear()
        monkeypatch.undo()
        lexicon.load()


def test_broken_lexicon_row_raises():
    with pytest.raises(lexicon.LexiconError):
        lexicon._rows("no-such-file.tsv")


def test_no_lexicon_file_repeats_a_row():
    """A repeated row is harmless to the engine but hides which line to edit: keep one."""
    repeated = []
    for path in sorted(lexicon.LEXICON_DIR.glob("*.tsv")):
        seen: set[tuple[str, ...]] = set()
        for cols in lexicon._rows(path.name):
            key = tuple(cols)
            if key in seen:
                repeated.append(f"{path.name}: {' '.join(cols)}")
            seen.add(key)
    assert repeated == []


def test_importing_one_rule_module_first_still_loads_every_rule_in_order():
    """A script or test that imports one rule module before screening gets the whole engine,
    in the same order as everyone else (the order of findings in a verdict)."""
    import subprocess
    import sys

    code = (
        "import moderation.policy.rules.troll\n"
        "from moderation.policy.rules import all_rules\n"
        "print(' '.join(r.id for r in all_rules()))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == [r.id for r in all_rules()]
    assert out[0].startswith("hate.") and any(i.startswith("spam.") for i in out)


@pytest.mark.parametrize(
    ("name", "row"),
    [
        ("troll.tsv", "flame.mind  hold  \\bread the article first\\b"),
        ("coded.tsv", "kids_near.g  en  \\bnot near my kids\\b"),
    ],
)
def test_a_row_id_used_twice_fails_the_check(monkeypatch, tmp_path, name, row):
    """A verdict names the lexicon row that decided it, and the rules pick rows out by id:
    two rows under one id would be one name for two shapes. The check says which file."""
    for path in lexicon.LEXICON_DIR.iterdir():
        if path.is_file():
            shutil.copy(path, tmp_path / path.name)
    with open(tmp_path / name, "a", encoding="utf-8") as f:
        f.write(row + "\n")
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    lexicon.load.cache_clear()
    try:
        errors = checks.policy_engine_check()
        assert [e.id for e in errors] == ["moderation.E001"]
        assert name in errors[0].msg and "used twice" in errors[0].msg
    finally:
        lexicon.load.cache_clear()
        monkeypatch.undo()
        lexicon.load()


def test_one_id_may_name_a_shape_in_each_language():
    """carry_disease_across is one shape written in English and in Spanish: not a repeat."""
    rows = [r for r in lexicon.coded_source_rows() if r[0] == "carry_disease_across"]
    assert sorted(r[1] for r in rows) == ["en", "es"]
    lexicon._check_unique_ids("coded.tsv", rows, by_lang=True)
