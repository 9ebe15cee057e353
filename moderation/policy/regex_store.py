"""Compiled regexes kept between processes, as Python keeps compiled modules in `__pycache__`.

The engine compiles some 3,200 regexes before its first verdict (rule modules, lexicon rows,
needle tries), and `re`'s parser and compiler are Python code: about a third of the start-up
time. The compiled code of a regex depends only on its source, its flags and the interpreter,
so it is stored once (`__pycache__/regexes-<interpreter>.marshal` beside this module) and handed
straight to the regex engine (`_sre.compile`, as `re._compiler.compile` does) by later
processes. The regex made is equal to `re.compile`'s (same source, flags and code:
tests/policy/test_regex_store.py). What the lexicon reads from a regex's parse (the strings its
matches need, a coded row's pieces) is kept beside it (`remembered`), under the source of the
code that read it. A missing, unwritable or damaged store only means compiling as before; a
stale entry cannot be met, since an entry is found by its source. The store is rewritten when
a start-up met something new, and without the entries it did not use when those are over a
quarter of the store (regexes the engine no longer compiles); deleting it is always safe.
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
import mmap
import os
import re
import struct
import sys
import threading
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path

try:
    import re._compiler as _compiler
    import re._parser as _parser
except ImportError:  # pragma: no cover - a future Python may move them: nothing is stored
    _compiler = _parser = None

_available = (
    _compiler is not None
    and hasattr(_compiler, "_code")
    and hasattr(_compiler, "_sre")
    and array("I").itemsize == _compiler._sre.CODESIZE
)
_TAG = "-".join(
    map(
        str,
        (
            sys.implementation.cache_tag,
            *sys.version_info[:3],
            getattr(_compiler, "MAGIC", 0),
            sys.byteorder,
        ),
    )
)
PATH = Path(__file__).resolve().parent / "__pycache__" / f"regexes-{_TAG}.marshal"

# The store: an 8-byte length, a marshalled table, then the code of every regex as 4-byte words.
# table: digest of (source, flags) -> (flags, offset and length of its code in words, groups,
# groupindex, indexgroup), `_sre.compile`'s arguments. The code is read through a memory map
# only for the regexes asked for: held as Python objects, 2.3 million words left the process
# 8 MiB larger after start-up.
Entry = tuple[int, int, int, int, dict, tuple]
_HEAD = struct.Struct("<Q")

_LOCK = threading.RLock()
_state: dict = {
    "depth": 0,
    "table": {},
    "code": None,
    "new": {},
    "original": None,
    "derived": {},  # see `remembered`
    "derived_new": {},
    # keys of the regexes and answers this process met, in any block (`precompiled`): the
    # start-up runs in two (the imports, then the rules and the lexicon), so what one block
    # did not meet is stale only when the last one ends
    "used": set(),
    "used_derived": set(),
}
# Stale entries (not met by a whole start-up) more than this share of the store, by count or
# by size, and the start-up's last block writes the store again without them.
_STALE_SHARE = 0.25


def _digest(pattern: str, flags: int) -> bytes:
    data = pattern.encode("utf-8", "surrogatepass") + b"\0" + str(flags).encode()
    return hashlib.blake2b(data, digest_size=16).digest()


def _made(pattern: str, flags: int, code: list[int], groups: int, groupindex, indexgroup):
    return _compiler._sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def _fresh(pattern: str, flags: int, parsed=None) -> tuple[tuple, list[int]]:
    """What `re._compiler.compile(pattern, flags)` hands to the regex engine, as (flags,
    groups, groupindex, indexgroup) and the code; `parsed`: the pattern already parsed."""
    if parsed is None:
        parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    state = parsed.state
    indexgroup = [None] * state.groups
    for name, number in state.groupdict.items():
        indexgroup[number] = name
    groupindex = {str(name): int(number) for name, number in state.groupdict.items()}
    return (int(flags | state.flags), int(state.groups - 1), groupindex, tuple(indexgroup)), code


def _stored(pattern: str, key: bytes) -> re.Pattern | None:
    entry = _state["table"].get(key)
    code = _state["code"]
    if entry is None or code is None:
        return None
    try:
        start, length = entry[1], entry[2]
        words = array("I")
        words.frombytes(code[start * 4 : (start + length) * 4])
        return _made(pattern, entry[0], words.tolist(), entry[3], entry[4], entry[5])
    except (RuntimeError, TypeError, ValueError, IndexError):  # a damaged store: the regex
        return None  # engine's own check refused the code


def _compile(p, flags=0):
    """`re._compiler.compile` through the store (`precompiled`)."""
    if p.__class__ is not str or flags & re.DEBUG:
        return _state["original"](p, flags)
    return _through_store(p, int(flags))


def _through_store(pattern: str, flags: int, parsed=None) -> re.Pattern:
    key = _digest(pattern, flags)
    _state["used"].add(key)
    found = _stored(pattern, key)
    if found is not None:
        return found
    head, words = _fresh(pattern, flags, parsed)
    _state["new"][key] = (head, words)
    return _made(pattern, head[0], words, *head[1:])


def from_parse(pattern: str, parsed) -> re.Pattern:
    """`re.compile(pattern)` of a pattern the caller has parsed (`re._parser.parse(pattern)`)
    for its own reading: the code from the store in `precompiled`, else made from the parse."""
    if not _available:
        return re.compile(pattern)
    with _LOCK:
        if _state["depth"]:
            return _through_store(pattern, 0, parsed)
    head, words = _fresh(pattern, 0, parsed)
    return _made(pattern, head[0], words, *head[1:])


def remembered[T](fn: Callable[..., T], key: str, *args) -> T:
    """`fn(*args)` (default: `fn(key)`) for a pure function whose answer `key` decides (a
    regex's source) and marshal can store (sets, tuples, strings, bytes: the strings a regex's
    matches hold, `lexicon.required_literals`). Kept in the store under a digest of `key` and of
    the source of the modules that define `fn` and the engine's regex readers, so an answer is
    never read after that code changed. Computed as usual outside `precompiled`."""
    args = args or (key,)
    with _LOCK:
        if not _state["depth"] or not _available:
            return fn(*args)
        digest = _digest(key, 0) + _module_digest(fn.__module__) + fn.__qualname__.encode()
        _state["used_derived"].add(digest)
        found = _state["derived"].get(digest)
        data = _state["code"]
        if found is not None and data is not None:
            start, length = found
            with suppress(EOFError, ValueError, TypeError):  # a damaged store: computed
                return marshal.loads(data[start : start + length])  # noqa: S302 (as below)
        value = _state["derived_new"][digest] = fn(*args)
        return value


@cache
def _module_digest(module: str) -> bytes:
    """Of `module`'s source and of the modules that read and build regexes for it."""
    digest = hashlib.blake2b(digest_size=16)
    for name in (module, *_READERS):
        digest.update(Path(importlib.import_module(name).__file__).read_bytes())
    _CURRENT.add(digest.digest())
    return digest.digest()


_CURRENT: set[bytes] = set()  # `_module_digest`s of this process: answers under others are stale


_READERS = (
    "moderation.policy.shared_branch",
    "moderation.policy.branch_trie",
    "moderation.policy.regex_literals",
    __name__,
)


def _open_store() -> None:
    """Map the store and read its table (left empty when there is none or it is unreadable)."""
    try:
        with PATH.open("rb") as f:
            code = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return
    try:
        (size,) = _HEAD.unpack_from(code, 0)
        # written by `_write_store` in the package's own `__pycache__`, as trusted as its .pyc
        table, derived = marshal.loads(code[_HEAD.size : _HEAD.size + size])  # noqa: S302
        if not isinstance(table, dict) or not isinstance(derived, dict):
            raise ValueError(PATH)
        _state["table"], _state["derived"] = table, derived  # derived: digest -> byte span
        _state["code"] = memoryview(code)[_HEAD.size + size :]
        _state["map"] = code
    except (struct.error, EOFError, ValueError, TypeError):
        code.close()


def _close_store(prune: bool = False) -> None:
    """Add the regexes compiled anew to the store (written whole, atomically: a reader sees the
    old store or the new one; not at all where it cannot be written), and unmap it. `prune`:
    the start-up is over, so the entries it never met are dropped if there are enough of them
    (`_stale`)."""
    table, code, new = _state["table"], _state["code"], _state["new"]
    derived = _state["derived"]
    try:
        keep = _stale(table, derived, len(code)) if prune and code is not None else None
        if new or _state["derived_new"] or keep is not None:
            _write_store(table, code, new, derived, _state["derived_new"], keep)
    finally:
        if code is not None:
            code.release()
            _state.pop("map").close()
        _state["table"], _state["code"], _state["new"] = {}, None, {}
        _state["derived"], _state["derived_new"] = {}, {}


def _stale(table: dict, derived: dict, size: int) -> tuple[set, set] | None:
    """The keys to keep (regexes, answers) when the entries this process never met are over
    `_STALE_SHARE` of the store, by count or by `size` (its bytes after the table), and the
    store can be written; else None. Two set differences of a few thousand digests and a sum
    over the stale ones: nothing next to the start-up."""
    used, used_derived = _state["used"], _state["used_derived"]
    stale = table.keys() - used
    stale_derived = derived.keys() - used_derived
    count = len(stale) + len(stale_derived)
    if not count:
        return None
    unused = 4 * sum(table[k][2] for k in stale) + sum(derived[k][1] for k in stale_derived)
    if count <= _STALE_SHARE * (len(table) + len(derived)) and unused <= _STALE_SHARE * size:
        return None
    if not os.access(PATH.parent, os.W_OK):
        return None  # a read-only deployment: left as it is
    return table.keys() - stale, derived.keys() - stale_derived


def _write_store(
    table: dict, code, new: dict, derived: dict, derived_new: dict, keep: tuple | None = None
) -> None:
    """The code of every regex as words, then each `remembered` answer marshalled on its own
    (read only when asked for: the answers held at once were 20 MiB more after start-up).
    `keep`: the keys of the stored regexes and answers to write again (default: all)."""
    keep_table, keep_derived = keep or (table.keys(), derived.keys())
    out_table: dict = {}
    blob = array("I")
    for key, (flags, start, length, *rest) in table.items():
        if key not in new and key in keep_table:
            out_table[key] = (flags, len(blob), length, *rest)
            blob.frombytes(code[start * 4 : (start + length) * 4])
    for key, ((flags, *rest), words) in new.items():
        out_table[key] = (flags, len(blob), len(words), *rest)
        blob.extend(words)
    answers = bytearray()
    out_derived: dict = {}
    for key, (start, length) in derived.items():
        current = not _CURRENT or key[16:32] in _CURRENT
        if key not in derived_new and current and key in keep_derived:
            out_derived[key] = (len(blob) * 4 + len(answers), length)
            answers += code[start : start + length]
    for key, value in derived_new.items():
        made = marshal.dumps(value)
        out_derived[key] = (len(blob) * 4 + len(answers), len(made))
        answers += made
    head = marshal.dumps((out_table, out_derived))
    tmp = PATH.with_name(f"{PATH.name}.{os.getpid()}.tmp")
    try:
        PATH.parent.mkdir(exist_ok=True)
        with tmp.open("wb") as f:
            f.write(_HEAD.pack(len(head)))
            f.write(head)
            blob.tofile(f)
            f.write(answers)
        os.replace(tmp, PATH)
    except (OSError, ValueError):  # a read-only deployment: compile as before
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


@contextmanager
def precompiled(*, ends_start_up: bool = False) -> Iterator[None]:
    """Within it, `re.compile` of a string takes the code from the store (new regexes are
    compiled as usual and added when the outermost block ends). Only the engine's start-up
    runs in it (imports, the lexicon, the rule registry): a comment's own compiles are left as
    they are, and the store is not kept open after. `ends_start_up`: the block that completes
    the start-up (the rules' ordering), after which what was never met is stale; it prunes
    only when it ends without an error."""
    if not _available:
        yield
        return
    with _LOCK:
        if _state["depth"] == 0:
            _open_store()
            _state["original"] = _compiler.compile
            _compiler.compile = _compile
        _state["depth"] += 1
    try:
        yield
        if ends_start_up:
            _state["ended"] = True  # pruned when the outermost block closes the store
    finally:
        with _LOCK:
            _state["depth"] -= 1
            if _state["depth"] == 0:
                _compiler.compile = _state["original"]
                _close_store(prune=_state.pop("ended", False))
