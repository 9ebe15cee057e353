"""The training report's must-pass cases: the rows of the test tables that expect approve."""

import ast
from pathlib import Path

import pytest

from moderation.training.must_pass import TESTS, must_pass_cases, must_pass_rows

# Plain tables and the tests that parametrise over them, as tests/policy writes them.
_PLAIN = """
NEAR = ["Fine words.", pytest.param("Kind words.", marks=m)]
HITS = ["You idiot."]
PAIRS = [("Buen post.", "es")]


def _passes(text, lang):
    assert screen(Submission(text=text, lang=lang)).action == "approve", text


def _spam(text):
    v = screen(Submission(text=text))
    return v, [f for f in v.findings if f.action != "approve"]


@pytest.mark.parametrize("text", NEAR)
def test_near(text):
    _passes(text, "en")


@pytest.mark.parametrize("text", HITS)
def test_hits(text):
    assert_category_action(text, "flag", "troll", "en")


@pytest.mark.parametrize(("text", "lang"), PAIRS)
def test_pairs(text, lang):
    assert_category_action(text, "approve", "troll", lang)


@pytest.mark.parametrize("text", ["Hola."] + ["Adiós."])
def test_filtered(text):
    verdict, _found = _spam(text)
    assert verdict.action == "approve"


@pytest.mark.parametrize("text", HITS)
def test_not_approved(text):
    assert screen(Submission(text=text)).action != "approve"
"""


@pytest.mark.parametrize(
    ("source", "rows"),
    [
        ('CASES = [("Nice post.", "en", "troll", "approve")]', [("Nice post.", "en")]),
        ('CASES = [("Buen post.", "approve", None)]', [("Buen post.", None)]),
        # a row that must be held, and a two-value row that names no action: not must-pass
        ('CASES = [("You idiot.", "en", "troll", "hold"), ("Hola.", "es")]', []),
        # a pytest.param row counts (an xfail is still a must-pass case)
        (
            'X = [pytest.param("Fine words.", "en", "troll", "approve", marks=m)]',
            [("Fine words.", "en")],
        ),
        # "approve" as the text itself is no expectation
        ('X = [("approve", "en", "flag")]', []),
        # a row with a computed value is not a table row of constants
        ('X = [("a" + "b", "approve")]', []),
        # plain tables: read when their test asserts approval (directly, through a helper,
        # or per (text, lang) row), never when it asserts a hold
        (
            _PLAIN,
            [
                ("Fine words.", "en"),
                ("Kind words.", "en"),
                ("Buen post.", "es"),
                ("Hola.", None),
                ("Adiós.", None),
            ],
        ),
        # a category-level near miss ("assert not _libel(text)") is a must-pass row too
        (
            'NEAR = ["El alcalde habló."]\n'
            '@pytest.mark.parametrize("text", NEAR)\n'
            "def test_near(text):\n"
            "    assert not _libel(text)\n",
            [("El alcalde habló.", None)],
        ),
    ],
)
def test_must_pass_rows(source, rows):
    assert must_pass_rows(source) == rows


def test_must_pass_cases_read_the_policy_tests_once_each():
    cases = must_pass_cases()
    assert len(cases) == len(set(cases)) > 500
    assert all(lang in (None, "en", "es") for _, lang in cases)


def _model_over_holds(source: str) -> list[str]:
    """The comments of the `pytest.param` rows marked as a strict xfail whose reason names
    the blog model: the known model over-holds of the test tables."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "param"):
            continue
        marks = next((k.value for k in node.keywords if k.arg == "marks"), None)
        text = ast.unparse(marks) if marks is not None else ""
        strict = "strict=True" in text or "held_elsewhere" in text
        if strict and "blog" in text and "model" in text and isinstance(node.args[0], ast.Constant):
            out.append(node.args[0].value)
    return out


def test_every_known_model_over_hold_is_a_must_pass_case():
    """The report counts what the tests know: each strict xfail that the blog model holds is
    read as a must-pass case, whatever the shape of its table."""
    texts = {text for text, _lang in must_pass_cases()}
    known = [t for p in sorted(Path(TESTS).glob("*.py")) for t in _model_over_holds(p.read_text())]
    assert known, "no strict xfail names the blog model: the scan of the tables is broken"
    assert [t for t in known if t not in texts] == []
