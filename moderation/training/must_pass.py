"""Our hand-written must-pass cases, read from the test tables in tests/policy, for the blog
model's training report: which of them the chosen cuts would hold. Reported, never used to pick
a cut (a cut moved to clear a named sentence is fitted to that sentence).

A must-pass case is a table row (a tuple of constants, or the values of a `pytest.param`) whose
first string is the comment and which expects "approve". The test files are parsed, not
imported: training needs no pytest, and a test module's imports run nothing here.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[2] / "tests" / "policy"
LANGS = ("en", "es")


def _row_values(node: ast.AST) -> list[object] | None:
    """The constant values of a table row, or None when the node is no row of constants."""
    if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "param":
        elts = node.args
    elif isinstance(node, ast.Tuple):
        elts = node.elts
    else:
        return None
    if not elts or not all(isinstance(e, ast.Constant) for e in elts):
        return None
    return [e.value for e in elts]


def must_pass_rows(source: str) -> list[tuple[str, str | None]]:
    """(text, lang) of each row in `source` that expects "approve"; lang None when the row
    names none."""
    out = []
    for node in ast.walk(ast.parse(source)):
        values = _row_values(node)
        if not values or not isinstance(values[0], str) or "approve" not in values[1:]:
            continue
        lang = next((v for v in values[1:] if v in LANGS), None)
        out.append((values[0], lang))
    return out


def must_pass_cases(tests: Path = TESTS) -> list[tuple[str, str | None]]:
    """Every must-pass row of the test tables, once each, in file order."""
    seen: dict[tuple[str, str | None], None] = {}
    for path in sorted(tests.glob("*.py")):
        for row in must_pass_rows(path.read_text(encoding="utf-8")):
            seen.setdefault(row, None)
    return list(seen)
