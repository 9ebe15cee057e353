"""The start-up store (`regex_store`): what a process reads from it equals what it would build
from the sources (regexes, the strings they need, the coded rows), and a missing, damaged or
unwritable store only means building as before."""

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
    fresh_rows, fresh_search, fresh_needs = lexicon._coded_rows()  # outside: no store
    for _ in range(2):  # stored, then read
        with precompiled():
            rows, search, needs = lexicon._coded_rows()
        assert list(rows) == list(fresh_rows)
        assert needs == fresh_needs
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
