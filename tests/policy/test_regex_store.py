"""The start-up store (`regex_store`): what a process reads from it equals what it would build
from the sources (regexes, the strings they need, the coded rows), and a missing, damaged or
unwritable store only means building as before."""

import marshal
import os
import re
from re import _parser

import pytest

from moderation.policy import lexicon, regex_store
from moderation.policy.regex_store import precompiled

pytestmark = pytest.mark.skipif(not regex_store._available, reason="no re._compiler to read")

_PATTERNS = [
    (r"\b(?P<who>you|they)\s+(?:are|r)\s+(?P<what>\w+)", 0),
    (r"(?i)\bfree\s+money\b", 0),
    (r"^spam$", re.MULTILINE),
    (r"[a-z]+(?=\d)", re.IGNORECASE | re.UNICODE),
    (r"(a)(b)?\2", 0),
]


def _sources() -> list[tuple[str, int]]:
    rows = lexicon._rows("spam.tsv") + lexicon._rows("troll.tsv")
    return _PATTERNS + [(cols[2], 0) for cols in rows]


@pytest.fixture
def store(tmp_path, monkeypatch):
    path = tmp_path / "__pycache__" / "regexes.marshal"
    monkeypatch.setattr(regex_store, "PATH", path)
    return path


def test_regexes_from_the_store_equal_re_compile(store, monkeypatch):
    sources = _sources()
    with precompiled():
        cold = [re.compile(p, f) for p, f in sources]
    assert store.exists()
    parsed = []
    real_parse = _parser.parse
    monkeypatch.setattr(_parser, "parse", lambda *a, **k: parsed.append(a) or real_parse(*a, **k))
    re.purge()
    with precompiled():
        warm = [re.compile(p, f) for p, f in sources]
    assert parsed == []  # every one read from the store
    for (p, f), a, b in zip(sources, cold, warm, strict=True):
        fresh = regex_store._state["original"](p, f)
        assert a == b == fresh, p  # source, flags and code
        assert b.groupindex == fresh.groupindex and b.groups == fresh.groups


def test_literals_from_the_store_equal_a_fresh_reading(store):
    sources = [p for p, _ in _sources()]
    for _ in range(2):  # stored, then read
        with precompiled():
            required = [lexicon.required_literals(p) for p in sources]
            alternatives = [lexicon.alternative_literals(p) for p in sources]
        assert required == [lexicon._required_literals(p) for p in sources]
        assert alternatives == [lexicon._alternative_literals(p) for p in sources]


def test_coded_rows_from_the_store_equal_a_fresh_build(store):
    fresh_rows, fresh_search, fresh_needs, fresh_pre, fresh_proven = lexicon._coded_rows()
    for _ in range(2):  # stored, then read (the fresh build above is outside: no store)
        with precompiled():
            rows, search, needs, pre, proven = lexicon._coded_rows()
        assert list(rows) == list(fresh_rows)
        assert needs == fresh_needs
        assert pre == fresh_pre
        assert proven == fresh_proven
        assert len(search) == len(fresh_search)
        for k in range(len(search)):
            (regex, group), (fresh, fresh_group) = search[k], fresh_search[k]
            assert group == fresh_group
            assert regex == fresh  # source, flags and code, word for word


def test_a_damaged_or_missing_store_builds_as_before(store, tmp_path, monkeypatch):
    store.parent.mkdir()
    store.write_bytes(b"\x10\x00\x00\x00\x00\x00\x00\x00not a store at all")
    with precompiled():
        regex = re.compile(r"\bdamaged\s+(store)\b")
        needs = lexicon.required_literals(r"\bdamaged\s+(store)\b")
    assert regex == regex_store._state["original"](r"\bdamaged\s+(store)\b", 0)
    assert needs == lexicon._required_literals(r"\bdamaged\s+(store)\b")
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setattr(regex_store, "PATH", blocked / "__pycache__" / "regexes.marshal")
    with precompiled():  # cannot be written (a read-only deployment): no error
        assert re.compile(r"\bread\s+only\b").search("a read only disk")


def test_only_start_up_goes_through_the_store():
    assert re._compiler.compile is not regex_store._compile


def _needle_fields(needles) -> list:
    out = []
    for n in needles:
        index = n.index
        memo = index.memo
        out.append(
            (
                n.primary,
                dict(n.by_primary),
                dict(n.spelled),
                n.always,
                (index.certain, index.spaced, index.loose),
                None if memo is None else (memo.rx, dict(memo.masks)),
            )
        )
    return out


def test_needle_index_from_the_store_equals_a_fresh_build(store):
    sources = [p for p, _ in _sources()]
    needs, owner = [], []
    for number, p in enumerate(sources):
        for alternative in lexicon._alternative_literals(p):
            needs.append(alternative)
            owner.append(number)
    groups = [(needs, owner), ([lexicon._required_literals(p) for p in sources[:40]], None)]
    fresh = _needle_fields(lexicon.build_needle_group(groups))  # outside: no store
    for _ in range(2):  # stored, then read
        with precompiled():
            built = lexicon.build_needle_group(groups)
        assert _needle_fields(built) == fresh
        text = "free money at my casino, sub4sub and dm me"
        assert built[0].candidates(text) == lexicon.build_needle_group(groups)[0].candidates(text)


def _stored_keys(path) -> tuple[set, set]:
    data = path.read_bytes()
    (size,) = regex_store._HEAD.unpack_from(data, 0)
    head = data[regex_store._HEAD.size : regex_store._HEAD.size + size]
    table, derived = marshal.loads(head)  # noqa: S302 (the test's own store)
    return set(table), set(derived)


def _new_process(monkeypatch) -> None:
    """What a fresh process starts with: nothing met yet, no regex in `re`'s own cache."""
    monkeypatch.setitem(regex_store._state, "used", set())
    monkeypatch.setitem(regex_store._state, "used_derived", set())
    re.purge()


_STALE = [(rf"\bno\s+longer\s+compiled\s+(number\s+{n})\b", 0) for n in range(30)]
_KEPT = [p for p, _ in _PATTERNS]


def _start_up(**kwargs) -> tuple[list, list]:
    """The engine's start-up in small: the imports' block, then the last one (the rules')."""
    with precompiled():
        first = [re.compile(p, f) for p, f in _PATTERNS[:2]]
    with precompiled(**kwargs):
        rest = [re.compile(p, f) for p, f in _PATTERNS[2:]]
        needs = [lexicon.required_literals(p) for p in _KEPT]
    return first + rest, needs


def _with_stale_entries(store, monkeypatch) -> None:
    _new_process(monkeypatch)
    with precompiled():  # an older engine's start-up, which compiled more
        for p, f in _STALE + _PATTERNS:
            re.compile(p, f)
            lexicon.required_literals(p)


def test_a_start_up_prunes_what_it_never_met(store, monkeypatch):
    _with_stale_entries(store, monkeypatch)
    size = store.stat().st_size
    _new_process(monkeypatch)
    _start_up(ends_start_up=True)
    assert store.stat().st_size < size
    kept, kept_answers = _stored_keys(store)
    assert {regex_store._digest(p, int(f)) for p, f in _PATTERNS} <= kept  # met in either block
    assert not {regex_store._digest(p, int(f)) for p, f in _STALE} & kept
    assert len(kept_answers) < 2 * len(_PATTERNS)  # not the stale patterns' answers
    # the smaller store gives the same answers, with no pattern parsed again
    parsed = []
    real_parse = _parser.parse
    monkeypatch.setattr(_parser, "parse", lambda *a, **k: parsed.append(a) or real_parse(*a, **k))
    _new_process(monkeypatch)
    regexes, needs = _start_up(ends_start_up=True)
    assert parsed == []
    assert regexes == [regex_store._state["original"](p, f) for p, f in _PATTERNS]
    assert needs == [lexicon._required_literals(p) for p in _KEPT]


def test_a_few_stale_entries_or_an_unfinished_start_up_leave_the_store(store, monkeypatch):
    _new_process(monkeypatch)
    with precompiled():
        for p, f in [*_STALE[:1], *_PATTERNS, *[(rf"\bkept\s+{n}\b", 0) for n in range(30)]]:
            re.compile(p, f)
    before = store.read_bytes()
    _new_process(monkeypatch)
    with precompiled(ends_start_up=True):  # all but one met: a quarter is not reached
        for p, f in [*_PATTERNS, *[(rf"\bkept\s+{n}\b", 0) for n in range(30)]]:
            re.compile(p, f)
    assert store.read_bytes() == before
    _with_stale_entries(store, monkeypatch)
    before = store.read_bytes()
    _new_process(monkeypatch)
    _start_up()  # a block that does not end the start-up never prunes
    assert store.read_bytes() == before
    _new_process(monkeypatch)
    with pytest.raises(RuntimeError), precompiled(ends_start_up=True):
        raise RuntimeError("the start-up failed")  # nor one that ended in an error
    assert store.read_bytes() == before


def test_a_read_only_store_is_left_alone(store, monkeypatch):
    _with_stale_entries(store, monkeypatch)
    before = store.read_bytes()
    mode = store.parent.stat().st_mode
    store.parent.chmod(0o555)
    if os.geteuid() == 0:  # root may write anywhere: the directory's mode bits decide here
        monkeypatch.setattr(
            regex_store.os, "access", lambda path, how: not store.parent.samefile(path)
        )
    try:
        _new_process(monkeypatch)
        regexes, needs = _start_up(ends_start_up=True)
    finally:
        store.parent.chmod(mode)
    assert store.read_bytes() == before
    assert regexes == [regex_store._state["original"](p, f) for p, f in _PATTERNS]
    assert needs == [lexicon._required_literals(p) for p in _KEPT]
