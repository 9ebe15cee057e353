"""The spam patterns' prefilter (required strings, one trie pass) must never hide a match."""

import re

import pytest

from moderation.policy.lexicon import build_needles, load, required_literals
from moderation.policy.normalize import fold_text, normalize

from . import cases


def _all_case_texts() -> list[str]:
    texts = []
    for name in dir(cases):
        table = getattr(cases, name)
        if isinstance(table, list) and table and isinstance(table[0], tuple):
            texts += [row[0] for row in table]
    return texts


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\b(make|earn) (easy|quick) (money|cash)\b", "you can earn quick cash"),
        (r"\b(subscribe|subscrib\w*|sub) back\b", "i will subscribe back"),
        (r"\bhome[- ]based (job|work)\b", "a home-based job"),
        (r"(?:^\W*|\bplease\s)(check|chek) (me|us) out\b", "please check us out"),
        (r"\bdm me\b", "just dm me"),
    ],
)
def test_every_match_holds_a_string_of_each_required_set(pattern, text):
    m = re.search(pattern, text)
    assert m is not None
    for strings in required_literals(pattern):
        assert any(s in m.group() for s in strings), strings


def test_optional_parts_are_never_required():
    needs = required_literals(r"\b(new )?(videos?|vids) (every|each) day\b")
    assert all("new " not in strings for strings in needs)


def test_a_regex_with_no_certain_string_always_runs():
    needles = build_needles([(), (frozenset({"casino"}),)])
    assert needles.candidates("nothing here") == [0]
    assert needles.candidates("an online casino") == [0, 1]


def test_a_regex_needs_every_set():
    needles = build_needles([(frozenset({"check"}), frozenset({"channel", "blog"}))])
    assert needles.candidates("check this") == []
    assert needles.candidates("check my blog") == [0]
    assert needles.candidates("rechecking the weblog") == [0]  # strings, not words


def test_overlapping_and_nested_strings_are_all_found():
    needles = build_needles(
        [(frozenset({"chan"}),), (frozenset({"channel"}),), (frozenset({"hannel x"}),)]
    )
    assert needles.candidates("my channel x") == [0, 1, 2]


def test_the_prefilter_never_hides_a_match_on_the_case_tables():
    lex = load()
    for text in _all_case_texts():
        for form in {fold_text(text).text, normalize(text).text}:
            candidates = set(lex.spam_needles.candidates(form))
            for number, (ident, _w, rx, _needs) in enumerate(lex.spam):
                if rx.search(form):
                    assert number in candidates, (ident, text)
