"""Compile a regex with its long alternations grouped by their first letters (a trie).

Most rules open with a search for one of hundreds of phrases (`\\b(?:no les gusta trabajar|
como conejos|...)`). The standard library's engine tries every alternative, one after the
other, at each position where the search may start: a word boundary before each of a comment's
words, a few hundred alternatives each. Grouped by their first letter (`\\b(?:c(?:omo
conejos|...)|n(?:o les gusta trabajar|...))`), the engine rejects a whole group with one
comparison of a letter, and a search of the whole comment costs a few times less.

The grouped regex finds the same matches with the same groups as the written one, by
construction: at one position only the alternatives that can start with the letter there may
match, and `_grouped` keeps those in their written order (the engine tries alternatives in
order, each with the rest of the regex after it); an alternative that starts with anything but
one fixed letter (a class, an optional part, nothing) keeps its place among the others, which
are grouped only between two such. Case-insensitive regexes are left as written.
tests/policy/test_branch_trie.py compares the matches of both on the training comments' text.
"""

from __future__ import annotations

import re

try:
    import re._compiler as _compiler
    import re._constants as _constants
    import re._parser as _parser
except ImportError:  # pragma: no cover - a future Python may move them; see `compile`
    _compiler = _constants = _parser = None

_MIN_ALTERNATIVES = 4  # fewer: nothing to gain over the engine's own check of each first letter


def _first_literal(alternative) -> int | None:
    """The fixed letter the alternative starts with, or None (a class, a group, nothing)."""
    data = alternative.data
    if not data:
        return None
    op, av = data[0]
    return av if op is _constants.LITERAL else None


def _parts(op, av) -> tuple:
    """The parsed sub-regexes of one item (none for a letter, a class, an anchor)."""
    if op is _constants.SUBPATTERN:
        return (av[3],)
    if op is _constants.BRANCH:
        return tuple(av[1])
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        return (av[2],)
    if op in (_constants.ASSERT, _constants.ASSERT_NOT):
        return (av[1],)
    if op is _constants.ATOMIC_GROUP:
        return (av,)
    if op is _constants.GROUPREF_EXISTS:
        return tuple(p for p in av[1:] if p is not None)
    return ()


_REFERENCES = frozenset(
    {_constants.GROUPREF, _constants.GROUPREF_EXISTS, _constants.GROUPREF_IGNORE}
    if _constants is not None
    else ()
)


def _captures(items) -> bool:
    """Whether the parsed items hold a capturing group or a reference to one."""
    for op, av in items:
        if op in _REFERENCES or (op is _constants.SUBPATTERN and av[0] is not None):
            return True
        if any(_captures(part) for part in _parts(op, av)):
            return True
    return False


def _opened(alternative, state) -> list | None:
    """The alternative as several, in the order the engine tries them, when it opens with a
    choice that holds no group: "(?:es|son) X" is "es X" then "son X", "(?:casi )?siempre" is
    "casi siempre" then "siempre" (greedy; the other way round when lazy). None otherwise."""
    data = alternative.data
    if not data:
        return None
    op, av = data[0]
    rest = list(data[1:])
    if op is _constants.BRANCH:
        choices = [list(a.data) for a in av[1]]
    elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
        choices = [list(av[2].data), []]
        if op is _constants.MIN_REPEAT:
            choices.reverse()
    else:
        return None
    if _captures(alternative):
        return None
    return [_parser.SubPattern(state, c + rest) for c in choices]


_MOST_OPENED = 8  # alternatives one alternative may open into (`_opened`), at most


def _opened_all(alternatives: list, state) -> list:
    """`alternatives` with each that opens with a choice opened into several (`_opened`)."""
    out: list = []
    for alternative in alternatives:
        parts = [alternative]
        while True:
            step: list = []
            changed = False
            for part in parts:
                opened = _opened(part, state) if _first_literal(part) is None else None
                if opened is None:
                    step.append(part)
                else:
                    step.extend(opened)
                    changed = True
            if not changed or len(step) > _MOST_OPENED:
                break
            parts = step
        out.extend(parts)
    return out


def _grouped(alternatives: list, state) -> list:
    """The alternatives, those that start with one fixed letter grouped by it between two that
    do not (which keep their place); within a group, in their written order."""
    alternatives = _opened_all(alternatives, state)
    out: list = []
    run: dict[int, list] = {}  # letter -> alternatives, in the order the letters were met

    def flush() -> None:
        for letter, members in run.items():
            if len(members) == 1:
                out.append(members[0])
                continue
            tails = [_parser.SubPattern(state, list(m.data[1:])) for m in members]
            inner = _tree(tails, state)
            out.append(_parser.SubPattern(state, [(_constants.LITERAL, letter), *inner]))
        run.clear()

    for alternative in alternatives:
        letter = _first_literal(alternative)
        if letter is None:
            flush()
            out.append(alternative)
        else:
            run.setdefault(letter, []).append(alternative)
    flush()
    return out


def _tree(alternatives: list, state) -> list:
    """Items matching the first of `alternatives` (in order) that matches: one alternation,
    grouped (`_grouped`); the alternative itself when there is one."""
    if len(alternatives) == 1:
        return list(alternatives[0].data)
    grouped = _grouped(alternatives, state) if len(alternatives) >= 2 else alternatives
    if len(grouped) == 1:
        return list(grouped[0].data)
    branch = (_constants.BRANCH, (None, grouped))
    return [(_constants.SUBPATTERN, (None, 0, 0, _parser.SubPattern(state, [branch])))]


def _rewrite(items, state) -> None:
    """Group every long alternation in the parsed regex (in place, at every depth)."""
    if isinstance(items, _parser.SubPattern):
        items.width = None
    for k, (op, av) in enumerate(items):
        if op is _constants.BRANCH:
            for alternative in av[1]:
                _rewrite(alternative, state)
            if len(av[1]) >= _MIN_ALTERNATIVES:
                grouped = _grouped(av[1], state)
                if len(grouped) < len(av[1]):
                    items[k] = (op, (av[0], grouped))
        elif op is _constants.SUBPATTERN:
            if av[1] or av[2]:  # local flags ("(?i:...)"): left as written
                continue
            _rewrite(av[3], state)
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            _rewrite(av[2], state)
        elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
            _rewrite(av[1], state)
        elif op is _constants.ATOMIC_GROUP:
            _rewrite(av, state)
        elif op is _constants.GROUPREF_EXISTS:
            _rewrite(av[1], state)
            if av[2] is not None:
                _rewrite(av[2], state)


def compile(pattern: str | re.Pattern, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)` with its long alternations grouped by first letter: the
    same matches, found faster (the module docstring). The standard compile when the regex
    ignores case or the standard library's compiler cannot be reached."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    if _parser is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    parsed = _parser.parse(pattern, flags)
    if (flags | parsed.state.flags) & re.IGNORECASE:
        return re.compile(pattern, flags)
    _rewrite(parsed, parsed.state)
    code = _compiler._code(parsed, flags)
    state = parsed.state
    indexgroup = [None] * state.groups
    for name, number in state.groupdict.items():
        indexgroup[number] = name
    return _compiler._sre.compile(
        pattern, flags | state.flags, code, state.groups - 1, state.groupdict, tuple(indexgroup)
    )
