"""The spam patterns' prefilter (required strings, one trie pass) must never hide a match."""

import random
import re

import pytest

from moderation.policy.lexicon import build_needles, load, required_literals
from moderation.policy.normalize import fold_text, normalize
from moderation.policy.rules import all_rules

from . import cases


def _all_case_texts() -> list[str]:
    texts = []
    for name in dir(cases):
        table = getattr(cases, name)
        if isinstance(table, list) and table and isinstance(table[0], tuple):
            # a row is a tuple, or a pytest.param whose `values` hold it
            texts += [getattr(row, "values", row)[0] for row in table]
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


@pytest.mark.parametrize(
    "text",
    [
        "check my blog, my channel and my casino",
        "visita mi canal y mi blog",
        "nothing to see here",  # a near miss: no string at all
        "rechecking the weblog",
    ],
)
def test_a_full_token_memo_starts_again_with_the_same_answers(monkeypatch, text):
    import moderation.policy.lexicon as lexicon

    needs = [
        (frozenset({"check"}), frozenset({"channel", "blog"})),
        (frozenset({"casino"}),),
        (frozenset({"canal"}),),
    ]
    needles = build_needles(needs)
    expected = needles.candidates(text)
    monkeypatch.setattr(lexicon, "_WORD_MEMO_LIMIT", 2)
    fresh = build_needles(needs)
    for word in ("one", "two", "three", "four"):
        fresh.index.memo[word]
    assert len(fresh.index.memo) <= 2
    assert fresh.candidates(text) == expected
    assert len(fresh.index.memo) <= 2
    # the comment's last token is remembered: a full memo that stopped growing would not
    assert text.split()[-1] in fresh.index.memo


def test_the_prefilter_never_hides_a_match_on_the_case_tables():
    lex = load()
    for text in _all_case_texts():
        for form in {fold_text(text).text, normalize(text).text}:
            candidates = set(lex.spam_needles.candidates(form))
            for number, (ident, _w, rx, _needs) in enumerate(lex.spam):
                if rx.search(form):
                    assert number in candidates, (ident, text)


def _spam():
    """The spam rule module, imported after the registry has loaded every rule module (a rule
    module imported first would leave the others unregistered)."""
    all_rules()
    from moderation.policy.rules import spam

    return spam


# Written for these tests, in both cases of letters: links and link-like text, EN and ES.
_LINK_TEXTS = [
    "Check BIT.LY/3xYz for the Deal",
    "Sign up: https://Example.com/signup?REF=ab12 now",
    "see https://www.YouTube.com/channel/UCabc and Instagram.com/Someone",
    "Mira mi tienda en Etsy.com/shop/MiTienda y en T.ME/micanal",
    "La fuente: https://www.inegi.org.mx/temas/ (datos oficiales)",
    "Visit examplesite DOT com or example (dot) NET",
    "escribe a mi sitio punto com ]com )Org *biz",
    "Nothing here, just a COMMENT about the NETWORK.",
]


@pytest.mark.parametrize("text", _LINK_TEXTS)
def test_link_cues_read_lower_cased_ascii_as_the_case_insensitive_regex(text):
    spam = _spam()
    lower = text.lower()
    for _ident, _weight, rx, fast, group in spam._LINK_CUES:
        found, expected = fast.search(lower), rx.search(text)
        assert (found and found.span(group)) == (expected and expected.span())
    assert bool(spam._HIDDEN_HINT_LOWER.search(lower)) == bool(spam._HIDDEN_HINT.search(text))


def test_only_case_insensitive_patterns_of_lower_case_letters_are_converted():
    spam = _spam()
    for pattern in (r"Bit\.ly/", r"(?-i:com)\b"):
        with pytest.raises(ValueError):
            spam._case_sensitive(re.compile(pattern, re.IGNORECASE))
    with pytest.raises(ValueError):
        spam._case_sensitive(re.compile(r"bit\.ly/"))


def test_link_cues_agree_on_random_mixed_case_text():
    spam = _spam()
    rng = random.Random("link cues")
    pieces = ["bit.ly/", "BIT.ly/", "x.com/", "youtube.com/c/", "YouTube.COM/@", "?ref=a1",
              "/Invite/x", " com", " NET", "]org", "t.me/", "www.", "Etsy.com/shop/", "a", "B",
              "-", ".", " ", "/", "ab1"]  # fmt: skip
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        lower = text.lower()
        for _ident, _weight, rx, fast, group in spam._LINK_CUES:
            found, expected = fast.search(lower), rx.search(text)
            assert (found and found.span(group)) == (expected and expected.span()), text
        assert bool(spam._HIDDEN_HINT_LOWER.search(lower)) == bool(spam._HIDDEN_HINT.search(text))
