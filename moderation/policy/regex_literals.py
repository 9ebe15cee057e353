"""The strings one of which every match of a regex holds, read from its parse tree.

A prefilter built on them is sound by construction: a text holding none of the strings cannot
be matched, so a costly regex is skipped without changing any answer. It replaces prefilters
copied by hand from a regex, which an edit of the regex could silently make wrong.

Each node of the tree (`re._parser`) is read as `Info`: `exact`, every string the node can
match (when there are few: a word, "refugees?", "[oa]s"), and `need`, strings one of which
every match of it holds (None: nothing proven). A sequence concatenates its exact pieces and
keeps its most telling requirement; an alternation needs one of its branches' requirements, so
it needs nothing when one branch does; repeats, classes and case-insensitive letters are
expanded only while few; anything else (".", "\\w", a negated class, a back reference) proves
nothing and only breaks a run of exact pieces. Zero-width items (anchors, lookarounds) consume
nothing, so the pieces on either side stay adjacent; a positive lookaround's own requirement
holds too. The text is assumed lower-cased: under IGNORECASE a letter stands for its lower case
and the characters the regex engine folds to it (`re._casefix`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

try:
    import re._casefix as _casefix
    import re._constants as _c
    import re._parser as _parser
    from re._compiler import _sre
except ImportError:  # pragma: no cover - a future Python may move them: no prefilters then
    _parser = _c = _casefix = _sre = None

import re

# At most this many strings in a node's exact set (cross products grow fast); past it the run
# of exact pieces is cut and its strings kept as one requirement.
CAP = 64
# Characters per comment and each character's share of comment text, roughly (English and
# Spanish letters, white space, punctuation): only to choose the most telling requirement of a
# sequence, never an answer.
_TEXT_LENGTH = 250
_SHARE = {
    **dict(
        zip(
            "etaoinshrdlcumwfgypbvkjxqz",
            (0.10, 0.075, 0.07, 0.065, 0.06, 0.06, 0.055, 0.045, 0.05, 0.037, 0.035, 0.025,
             0.025, 0.021, 0.015, 0.018, 0.016, 0.016, 0.016, 0.013, 0.009, 0.006, 0.002,
             0.0015, 0.001, 0.001),
            strict=True,
        )
    ),
    " ": 0.17, ".": 0.01, ",": 0.008, "'": 0.004, "?": 0.002, "!": 0.002, "-": 0.002,
    "\n": 0.002, '"': 0.002,
}  # fmt: skip
_RARE_CHAR = 0.0005  # a digit, a symbol, "=", "%"


class Info(NamedTuple):
    """What a node of the tree is known to match (see the module's docstring)."""

    exact: frozenset[str] | None
    need: frozenset[str] | None


_EMPTY = Info(frozenset({""}), None)  # a zero-width item
_UNKNOWN = Info(None, None)


def required_strings(pattern: str | re.Pattern) -> frozenset[str] | None:
    """Strings one of which every match of the regex holds, in a lower-cased text; None when
    nothing is proven (or the regex needs locale rules)."""
    if _parser is None:  # pragma: no cover
        return None
    if isinstance(pattern, re.Pattern):
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    else:
        parsed = _parser.parse(pattern)
    return required_of_tree(parsed, parsed.state.flags)


def required_of_tree(
    items: Iterable, flags: int = 0, known: dict[int, Info] | None = None
) -> frozenset[str] | None:
    """`required_strings` of parsed items; `known`: id of an alternation's argument tuple ->
    its Info, for one shared by many trees (the {G} words spliced into the coded rows), which
    the caller keeps alive."""
    if _parser is None or flags & re.LOCALE:
        return None
    info = _sequence(list(items), bool(flags & re.IGNORECASE), known or {})
    return info.need


def info_of_tree(items: Iterable, flags: int = 0) -> Info:
    """The Info of parsed items (for a caller filling `known`)."""
    return _sequence(list(items), bool(flags & re.IGNORECASE), {})


def chance(strings: frozenset[str]) -> float:
    """The rough share of comments holding one of the strings (lower: a better prefilter)."""
    missing = 1.0
    for s in strings:
        p = float(_TEXT_LENGTH)
        for ch in s:
            p *= _SHARE.get(ch, _RARE_CHAR)
        missing *= 1.0 - min(1.0, p)
    return 1.0 - missing


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """The strings no other of the set is part of: a text holding a longer one holds it."""
    ordered = sorted(strings, key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def _best(pieces: list[frozenset[str]]) -> frozenset[str] | None:
    """The most telling requirement: the least likely to be in a comment, then the fewest
    strings (cheaper to look for)."""
    if not pieces:
        return None
    return min((_minimal(p) for p in pieces), key=lambda p: (chance(p), len(p), sorted(p)))


def _sequence(items: list, ignore: bool, known: dict[int, Info]) -> Info:
    run: frozenset[str] | None = frozenset({""})
    pieces: list[frozenset[str]] = []
    whole = True  # every item exact and the run never cut: the sequence is exact
    for op, av in items:
        info = _node(op, av, ignore, known, pieces)
        exact = info.exact
        if exact is not None and len(run) * len(exact) <= CAP:
            run = frozenset(a + b for a in run for b in exact)
            continue
        whole = False
        if "" not in run:
            pieces.append(run)
        if exact is not None:
            run = exact  # too many with the run: a new run opens with the item
            continue
        if info.need is not None:
            pieces.append(info.need)
        run = frozenset({""})
    if whole:
        return Info(run, _best(pieces + ([run] if "" not in run else [])))
    if "" not in run:
        pieces.append(run)
    return Info(None, _best(pieces))


def _node(op, av, ignore: bool, known: dict[int, Info], pieces: list) -> Info:
    """The Info of one item; a positive lookaround adds its requirement to `pieces`."""
    if op is _c.LITERAL:
        return Info(_letter(av, ignore), None)
    if op is _c.AT:
        return _EMPTY
    if op is _c.SUBPATTERN:
        _group, add, remove, sub = av
        inner = (ignore or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _sequence(list(sub), inner, known)
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av), ignore, known)
    if op is _c.BRANCH:
        found = known.get(id(av))
        return found if found is not None else _branch(av[1], ignore, known)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return _repeat(av, ignore, known)
    if op is _c.IN:
        return Info(_class(av, ignore), None)
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        if op is _c.ASSERT:
            need = _sequence(list(av[1]), ignore, known).need
            if need is not None:
                pieces.append(need)
        return _EMPTY
    return _UNKNOWN  # ".", a category, a negated literal, a back reference, a condition


def _branch(branches, ignore: bool, known: dict[int, Info]) -> Info:
    infos = [_sequence(list(b), ignore, known) for b in branches]
    needs = [i.need for i in infos]
    need = None if any(n is None for n in needs) else frozenset().union(*needs)
    if all(i.exact is not None for i in infos):
        exact = frozenset().union(*(i.exact for i in infos))
        if len(exact) <= CAP:
            return Info(exact, need)
    return Info(None, need)


def _repeat(av, ignore: bool, known: dict[int, Info]) -> Info:
    low, high, sub = av
    inner = _sequence(list(sub), ignore, known)
    if low == 0:
        if high == 1 and inner.exact is not None:
            return Info(inner.exact | {""}, None)  # "s?": present or not
        return _UNKNOWN
    if low == high and inner.exact is not None and len(inner.exact) ** low <= CAP:
        exact = frozenset({""})
        for _ in range(low):
            exact = frozenset(a + b for a in exact for b in inner.exact)
        return Info(exact, inner.need)
    # at least one copy: its requirement holds (so does its exact set, as a requirement)
    if inner.exact is not None and "" not in inner.exact:
        return Info(None, _best([inner.exact] + ([inner.need] if inner.need else [])))
    return Info(None, inner.need)


def _letter(code: int, ignore: bool) -> frozenset[str]:
    """The characters of a lower-cased text a literal matches."""
    if not ignore:
        return frozenset({chr(code)})
    low = _sre.unicode_tolower(code)
    return frozenset(chr(c) for c in (low, *_casefix._EXTRA_CASES.get(low, ())))


def _class(items, ignore: bool) -> frozenset[str] | None:
    """The characters a class matches, when it lists a few ("[oa]", "[a-c]"); None otherwise."""
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars |= _letter(av, ignore)
        elif op is _c.RANGE and av[1] - av[0] < CAP:
            for code in range(av[0], av[1] + 1):
                chars |= _letter(code, ignore)
        else:
            return None  # negated, a category ("\w"), a wide range
        if len(chars) > CAP:
            return None
    return frozenset(chars)
