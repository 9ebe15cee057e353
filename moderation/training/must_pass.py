"""Our hand-written must-pass cases, read from the test tables in tests/policy, for the blog
model's training report: which of them the chosen cuts would hold. Reported, never used to pick
a cut (a cut moved to clear a named sentence is fitted to that sentence).

A must-pass case is a row the tests expect to be approved, in either of the two ways the tests
write one:

- a table row (a tuple of constants, or the values of a `pytest.param`) whose first string is
  the comment and which names "approve" among its values;
- a row of a plain table (a list of strings, or of (text, lang) tuples) that a test
  parametrises over `text` and whose body, or a helper of its module it calls, asserts that
  nothing holds it: an `approve` compared or passed ("== 'approve'",
  `assert_category_action(text, "approve", ...)`), an `assert not ...`, an `== []` or a
  `not in`, and no "flag", "hold" or "reject" anywhere in it.

The test files are parsed, not imported: training needs no pytest, and a test module's imports
run nothing here.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[2] / "tests" / "policy"
LANGS = ("en", "es")
_HELD = frozenset({"flag", "hold", "reject"})


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


def _approve_rows(tree: ast.AST) -> list[tuple[str, str | None]]:
    """(text, lang) of each row of constants anywhere in the module that names "approve"."""
    out = []
    for node in ast.walk(tree):
        values = _row_values(node)
        if not values or not isinstance(values[0], str) or "approve" not in values[1:]:
            continue
        lang = next((v for v in values[1:] if v in LANGS), None)
        out.append((values[0], lang))
    return out


def _module_tables(tree: ast.Module) -> dict[str, ast.expr]:
    """Module-level names bound to an expression (`NEAR_MISSES = [...]`)."""
    out: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    out[target.id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            out[node.target.id] = node.value
    return out


def _elements(expr: ast.expr, tables: dict[str, ast.expr], depth: int = 0) -> list[ast.expr]:
    """The rows of a table expression: a list or tuple literal, a module-level name bound to
    one, or a sum of them (`PASS_EN + PASS_TROLL_EN`, `[*A, *B]`). Anything else (a call that
    builds the rows) gives none."""
    if depth > 5:
        return []
    if isinstance(expr, ast.Name) and expr.id in tables:
        return _elements(tables[expr.id], tables, depth + 1)
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
        return _elements(expr.left, tables, depth + 1) + _elements(expr.right, tables, depth + 1)
    if isinstance(expr, (ast.List, ast.Tuple)):
        out: list[ast.expr] = []
        for e in expr.elts:
            if isinstance(e, ast.Starred):
                out += _elements(e.value, tables, depth + 1)
            else:
                out.append(e)
        return out
    return []


def _text_table(fn: ast.FunctionDef) -> ast.expr | None:
    """The table a test parametrises with `text` as its first argument name."""
    for d in fn.decorator_list:
        if not (isinstance(d, ast.Call) and getattr(d.func, "attr", "") == "parametrize"):
            continue
        if len(d.args) < 2:
            continue
        names = d.args[0]
        if isinstance(names, (ast.Tuple, ast.List)):
            names = [e.value for e in names.elts if isinstance(e, ast.Constant)]
        elif isinstance(names, ast.Constant) and isinstance(names.value, str):
            names = names.value.replace(" ", "").split(",")
        else:
            continue
        # a row that names its category is approved in that clause only: the comment is held
        # under another one on purpose ("the other clause stays out")
        if names and names[0] == "text" and "category" not in names:
            return d.args[1]
    return None


def _body_nodes(fn: ast.FunctionDef, helpers: dict[str, ast.FunctionDef]) -> list[ast.AST]:
    """Every node of the test's body and of the module's helpers it calls (one level)."""
    nodes = [n for stmt in fn.body for n in ast.walk(stmt)]
    called = {n.func.id for n in nodes if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    for name in sorted(called & helpers.keys()):
        nodes += [n for stmt in helpers[name].body for n in ast.walk(stmt)]
    return nodes


def _expects_approval(nodes: list[ast.AST]) -> bool:
    """The assertions read: nothing holds the row (see the module's docstring). Only what an
    `assert` tests, and the constants passed to a call, count: a helper may filter findings
    with `!= "approve"` without asserting anything of the row."""
    approve = False
    for n in nodes:
        if isinstance(n, ast.Call):
            args = {a.value for a in n.args if isinstance(a, ast.Constant)}
            if args & _HELD:
                return False  # assert_category_action(text, "flag", ...)
            approve = approve or "approve" in args
        if not isinstance(n, ast.Assert):
            continue
        if isinstance(n.test, ast.UnaryOp) and isinstance(n.test.op, ast.Not):
            approve = True  # assert not _libel(text)
        for c in ast.walk(n.test):
            if isinstance(c, ast.Constant) and c.value in _HELD:
                return False  # assert verdict.action in ("hold", "reject")
            if not isinstance(c, ast.Compare):
                continue
            consts = [x.value for x in (c.left, *c.comparators) if isinstance(x, ast.Constant)]
            if "approve" in consts:
                if any(isinstance(op, (ast.NotEq, ast.IsNot)) for op in c.ops):
                    return False  # "!= 'approve'": a row that must be held
                approve = True
            if any(isinstance(op, ast.NotIn) for op in c.ops):
                approve = True  # assert RULE not in rules
            empty = [x for x in c.comparators if isinstance(x, ast.List) and not x.elts]
            if empty and all(isinstance(op, ast.Eq) for op in c.ops):
                approve = True  # assert _hate(text) == []
    return approve


def _lang_of(nodes: list[ast.AST]) -> str | None:
    """The one language constant a test passes, if it passes exactly one."""
    langs = {n.value for n in nodes if isinstance(n, ast.Constant) and n.value in LANGS}
    return langs.pop() if len(langs) == 1 else None


def _table_rows(tree: ast.Module) -> list[tuple[str, str | None]]:
    """(text, lang) of each row of the plain tables that approval tests parametrise."""
    tables = _module_tables(tree)
    helpers = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    out = []
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef) or not fn.name.startswith("test"):
            continue
        table = _text_table(fn)
        if table is None:
            continue
        nodes = _body_nodes(fn, helpers)
        if not _expects_approval(nodes):
            continue
        test_lang = _lang_of(nodes)
        for e in _elements(table, tables):
            if isinstance(e, ast.Constant) and isinstance(e.value, str):
                out.append((e.value, test_lang))
                continue
            values = _row_values(e)
            if not values or not isinstance(values[0], str) or _HELD & set(values[1:]):
                continue
            lang = next((v for v in values[1:] if v in LANGS), test_lang)
            out.append((values[0], lang))
    return out


def must_pass_rows(source: str) -> list[tuple[str, str | None]]:
    """(text, lang) of each row in `source` that the tests expect approved; lang None when
    neither the row nor its test names one."""
    tree = ast.parse(source)
    return _approve_rows(tree) + _table_rows(tree)


def must_pass_cases(tests: Path = TESTS) -> list[tuple[str, str | None]]:
    """Every must-pass row of the test tables, once each, in file order."""
    seen: dict[tuple[str, str | None], None] = {}
    for path in sorted(tests.glob("*.py")):
        for row in must_pass_rows(path.read_text(encoding="utf-8")):
            seen.setdefault(row, None)
    return list(seen)
