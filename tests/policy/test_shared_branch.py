"""A large alternation shared by many regexes is compiled once (`shared_branch`): the coded
rows' code, joined from their pieces and the group trie's, must be word for word what
`re._compiler` makes of each whole row, and `CodedSearch` keeps only a bounded number of
rows compiled."""

import re
from re import _compiler, _parser

import pytest

from moderation.policy import lexicon
from moderation.policy.lexicon import CodedSearch, load
from moderation.policy.shared_branch import SharedBranch, SplitRegex, available

pytestmark = pytest.mark.skipif(not available, reason="no re._compiler to compile in pieces")


def _joined(split: SplitRegex) -> list[int]:
    code: list[int] = []
    for piece in split._pieces:
        code += piece
    return code


def _spliced(source: str, item: tuple):
    parsed = _parser.parse(source)
    lexicon._splice(parsed, item)
    return parsed


def test_every_coded_row_compiles_to_the_whole_rows_code():
    terms = lexicon._group_terms()
    group = lexicon._group_words(terms)
    trie = lexicon._group_trie(terms)
    branch = lexicon._group_branch(group)
    searched = lexicon._trie_branch(trie)
    assert branch is not None and searched is not None
    shared = SharedBranch(searched)
    rows = [cols[2] for cols in lexicon._rows("coded.tsv") if "{G}" in cols[2]]
    assert len(rows) > 100
    # a row with a back-reference ("\\1") is compiled whole, as before: not split
    rows = [rx for rx in rows if not lexicon._GROUP_REFERENCE.search(rx)]
    assert len(rows) > 100
    for rx in rows:
        pattern = rx.replace("{G}", group).replace("{T}", lexicon._THEY_WORDS)
        _tree, (split, number) = lexicon._coded_regex(rx, pattern, branch, shared, trie)
        _tree, (plain, plain_number) = lexicon._coded_regex(rx, pattern, branch, searched, trie)
        assert isinstance(split, SplitRegex), rx
        assert number == plain_number
        whole = _spliced(plain.source, searched)  # as the rows were compiled before
        assert _joined(split) == _compiler._code(whole, 0), rx
        compiled = split.compile()
        assert (compiled.flags, compiled.groups, compiled.groupindex) == (
            whole.state.flags,
            whole.state.groups - 1,
            whole.state.groupdict,
        )


def test_a_shared_branch_under_other_flags_and_twice():
    """Written out in the source, or put in twice, once under (?i): the same code and
    matches as the regex compiled from the whole source."""
    words = "(?:cat|cattle|dog|doge)"
    tree = _parser.parse(words)
    shared = SharedBranch(tree[0])
    stand_in = "(?:\ue000\ue000|\ue001\ue001)"
    source = r"\b(?P<a>X)\s+(?i:X)s?\b|^Xy"
    split = SplitRegex(_spliced(source.replace("X", stand_in), shared.item))
    whole = source.replace("X", words)
    assert _joined(split) == _compiler._code(_parser.parse(whole), 0)
    compiled, plain = split.compile(), re.compile(whole)
    for text in ("a dog DOGE here", "cattle Cats", "dogy", "cat cat", "doge CATTLEs"):
        found, wanted = compiled.search(text), plain.search(text)
        assert (found and found.span("a")) == (wanted and wanted.span("a")), text
    assert compiled.groupindex == plain.groupindex


def test_coded_search_keeps_a_bounded_number_compiled():
    lex = load()
    rows = lex.coded_search._rows
    search = CodedSearch(rows, limit=3)
    split = [k for k, (rx, _g) in enumerate(rows) if not isinstance(rx, re.Pattern)]
    assert len(split) > 5
    first = search[split[0]]
    assert search[split[0]] is first  # kept: read again, not compiled again
    for k in split[1:6]:
        search[k]
    assert search._compiled.cache_info().currsize == 3
    again = search[split[0]]
    assert again is not first and again[1] == first[1]
    assert _compiler._sre.CODESIZE == 4 and again[0].pattern is None
    plain = [k for k, (rx, _g) in enumerate(rows) if isinstance(rx, re.Pattern)]
    size = search._compiled.cache_info().currsize
    assert search[plain[0]] is rows[plain[0]]
    assert search._compiled.cache_info().currsize == size  # a plain row is never cached
