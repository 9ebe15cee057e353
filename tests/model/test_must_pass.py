"""The training report's must-pass cases: the rows of the test tables that expect approve."""

import pytest

from moderation.training.must_pass import must_pass_cases, must_pass_rows


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
    ],
)
def test_must_pass_rows(source, rows):
    assert must_pass_rows(source) == rows


def test_must_pass_cases_read_the_policy_tests_once_each():
    cases = must_pass_cases()
    assert len(cases) == len(set(cases)) > 500
    assert all(lang in (None, "en", "es") for _, lang in cases)
