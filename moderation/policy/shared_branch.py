"""Compile regexes that share one large parsed alternation, whose code is made once.

The coded rows (coded.tsv) each hold the trie of some 400 group words ({G}). Compiled
whole, a row's code is about 16,000 words, nearly all of them the trie's, and making it in
`re._compiler`'s Python code took 2-4 ms a row: paid by the comment that first met the row,
it was a large share of the engine's slowest comments (p99). The trie's code depends only
on the flags it is compiled under (the engine's jumps are relative, and the trie has no
group), so it is made once per flags value. A row is kept as its own code in pieces, cut
where the trie's goes (`SplitRegex`, about 1 KiB); compiling it joins the pieces and the
trie's code and hands them to the engine (tens of µs), the same list of words as
`re._compiler.compile` makes of the whole row (tests/policy/test_shared_branch.py compares
every row's).
"""

from __future__ import annotations

import re
import threading
import types
from array import array

try:
    import re._compiler as _compiler
    import re._constants as _constants
    import re._parser as _parser
except ImportError:  # pragma: no cover - a future Python may move them; see `available`
    _compiler = _constants = _parser = None

available = (
    _parser is not None
    and hasattr(_compiler, "_compile")
    and hasattr(_compiler, "_code")
    and array("I").itemsize == _compiler._sre.CODESIZE
)
_cuts = threading.local()  # where `_code` copied the shared code in, while it runs


class _Shared(_parser.SubPattern if _parser is not None else object):  # type: ignore[misc]
    """The shared alternation as the body of a group: `_compile` meets it by its class and
    copies its code in (made on first need for each flags value) instead of compiling it."""

    def __init__(self, item: tuple) -> None:
        super().__init__(_parser.State(), [item])
        self.codes: dict[int, list[int]] = {}


def _shared_code(pattern: _Shared, flags: int) -> list[int]:
    made = pattern.codes.get(flags)
    if made is None:  # thread-safe: two threads make the same list, either is kept
        made = []
        _plain_compile(made, pattern.data, flags)
        pattern.codes[flags] = made
    return made


def _compile(code: list[int], pattern, flags: int) -> None:
    if pattern.__class__ is _Shared:
        made = _shared_code(pattern, flags)
        _cuts.found.append((len(code), made))
        code.extend(made)
        return
    _copied_compile(code, pattern, flags)


def _with_globals(function: types.FunctionType, names: dict) -> types.FunctionType:
    return types.FunctionType(
        function.__code__, names, function.__name__, function.__defaults__, function.__closure__
    )


if available:
    # Copies of `_compile` and `_code` that call `_compile` above for their subpatterns;
    # `re._compiler` itself is left as it is.
    _plain_compile = _compiler._compile
    _names = dict(vars(_compiler))
    _names["_compile"] = _compile
    _copied_compile = _with_globals(_compiler._compile, _names)
    _code = _with_globals(_compiler._code, _names)


class SharedBranch:
    """One parsed alternation item (`(BRANCH, ...)` from `re._parser`) to put into many
    parsed regexes: `item` is what to put in, a group with no number around the alternation,
    which matches what the alternation matches and compiles to the same code."""

    __slots__ = ("item",)

    def __init__(self, branch: tuple) -> None:
        self.item = (_constants.SUBPATTERN, (None, 0, 0, _Shared(branch)))


class SplitRegex:
    """A compiled regex's code with the shared alternation's cut out: its own pieces (arrays)
    between references to the shared code lists, and what the engine needs besides."""

    __slots__ = ("_flags", "_groupindex", "_groups", "_indexgroup", "_pieces")

    def __init__(self, parsed) -> None:
        """From a parse that holds `SharedBranch.item`s (`available` must be true)."""
        _cuts.found = []
        try:
            code = _code(parsed, 0)
            cuts = _cuts.found
        finally:
            _cuts.found = None
        pieces: list[array | list[int]] = []
        start = 0
        for at, shared in cuts:
            pieces.append(array("I", code[start:at]))
            pieces.append(shared)
            start = at + len(shared)
        pieces.append(array("I", code[start:]))
        state = parsed.state
        indexgroup = [None] * state.groups
        for name, number in state.groupdict.items():
            indexgroup[number] = name
        self._pieces = tuple(pieces)
        self._flags, self._groups = state.flags, state.groups - 1
        self._groupindex, self._indexgroup = dict(state.groupdict), tuple(indexgroup)

    def parts(self, branch: SharedBranch) -> tuple:
        """What `from_parts` makes this regex again from, in a form marshal stores (the
        lexicon keeps it between processes): its own pieces as bytes, the shared code of
        `branch` as the flags it was made under, and what the engine needs besides."""
        codes = branch.item[1][3].codes
        pieces = tuple(
            piece.tobytes()
            if piece.__class__ is array
            else next(f for f, made in codes.items() if made is piece)
            for piece in self._pieces
        )
        head = (self._flags, self._groups, self._groupindex, self._indexgroup)
        return pieces, tuple(map(int, head[:2])), head[2], head[3]

    @classmethod
    def from_parts(cls, parts: tuple, branch: SharedBranch) -> SplitRegex:
        """The regex `parts` describes, its shared code taken from (or made once for) `branch`."""
        pieces, (flags, groups), groupindex, indexgroup = parts
        self = cls.__new__(cls)
        made: list[array | list[int]] = []
        for piece in pieces:
            if piece.__class__ is bytes:
                own = array("I")
                own.frombytes(piece)
                made.append(own)
            else:
                made.append(_shared_code(branch.item[1][3], piece))
        self._pieces = tuple(made)
        self._flags, self._groups = flags, groups
        self._groupindex, self._indexgroup = dict(groupindex), tuple(indexgroup)
        return self

    def compile(self) -> re.Pattern:
        """The regex `re._compiler.compile(parsed)` makes (its `.pattern` is None)."""
        code: list[int] = []
        for piece in self._pieces:
            code += piece
        return _compiler._sre.compile(
            None, self._flags, code, self._groups, self._groupindex, self._indexgroup
        )
