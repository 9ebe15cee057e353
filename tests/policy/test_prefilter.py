"""The substring test in front of the troll and trope regexes never changes what they find."""

import random
import re

import pytest

from moderation.policy.lexicon import (
    AnyPrefiltered,
    Gated,
    Prefiltered,
    alternative_literals,
    build_needles,
    gated,
    literal_alternation,
    load,
    required_literals,
    skipping,
    unanchored,
)
from moderation.policy.normalize import fold_text


def _random_texts(seed: str, alphabet: str, n: int = 20_000):
    """Short random texts over a small alphabet, so that near matches are common."""
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))


_PATTERNS = [
    r"\b(ab|ba)c+(d|e)?\b",
    r"(?:abc|bcd)(?:de|ed)*x",
    r"x(?i:yz)ab",
    r"(?<![a-z])abc(?![a-z])|dcb+a",
    r"(ab(cd|dc)|bad)e{1,3}",
    r"a(?:bc|)de",
    r"(?i)abc",
]


@pytest.mark.parametrize("pattern", _PATTERNS)
def test_same_answers_as_the_regex(pattern):
    regex = re.compile(pattern)
    guarded = Prefiltered(regex)
    for text in _random_texts(pattern, "abcdexyzABYZ "):
        found, expected = guarded.search(text), regex.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_a_text_without_a_required_string_skips_the_regex():
    guarded = Prefiltered(re.compile(r"\b(kill|hurt) (you|him)\b"))
    assert guarded.needs  # both word sets are required
    assert guarded.search("i will find him") is None
    assert guarded.search("i will hurt you").span() == (7, 15)


def test_case_insensitive_patterns_always_run():
    assert Prefiltered(re.compile(r"(?i)viagra")).needs == ()
    assert Prefiltered(re.compile(r"(?i:kill) you")).needs == ()


def test_lexicon_regexes_keep_their_matches():
    lex = load()
    samples = ["the jews control the media", "i know where you live", "i will hurt you",
               "shut up", "te voy a matar", "nothing to see here"]  # fmt: skip
    rows = [rx for *_, rx, _keys in lex.troll] + [rx for *_, rx in lex.tropes]
    for rx in rows:
        assert isinstance(rx, Prefiltered)
        for text in samples:
            found, expected = rx.search(text), rx.regex.search(text)
            assert (found and found.span()) == (expected and expected.span())


def test_each_top_level_alternative_keeps_its_own_requirements():
    alternatives = alternative_literals(r"\b(like|share) (my|our) video\b|\bsub ?4 ?sub\b")
    assert alternatives == (
        (frozenset({"like", "share"}), frozenset({"my", "our"}), frozenset({" video"})),
        (frozenset({"sub"}), frozenset({"sub"})),
    )
    assert alternative_literals(r"\bfollow me\b") == ((frozenset({"follow me"}),),)


def test_a_regex_is_a_candidate_when_any_of_its_alternatives_is():
    needles = build_needles(
        [(frozenset({"like"}), frozenset({"video"})), (frozenset({"sub4sub"}),), ()],
        [0, 0, 1],
    )
    assert needles.candidates("i like this") == [1]  # the second regex always runs
    assert needles.candidates("like my video") == [0, 1]
    assert needles.candidates("sub4sub anyone") == [0, 1]


@pytest.mark.parametrize("pattern", _PATTERNS)
def test_alternative_requirements_never_hide_a_match(pattern):
    regex = re.compile(pattern)
    alternatives = alternative_literals(pattern)
    rng = random.Random(pattern)
    for _ in range(20_000):
        text = "".join(rng.choice("abcdexyzYZ ") for _ in range(rng.randint(0, 14)))
        if regex.search(text):
            assert any(all(any(s in text for s in sets) for sets in alt) for alt in alternatives)


_SKIP_PATTERNS = [
    r"\b(ab|ba)c+(d|e)?\b",
    r"\b(?:abc|bcd)(?:de|ed)*x|\bz\d{1,2}",
    r"(?<![a-z])abc(?![a-z])|dcb+a",
    r"(a|)?b(?=c)",
    r"\d{1,3}\s+[a-e]+\b",
    r"(a)b\1",
    r"(?:^\W*|[^\w\s])ab",
    r"a*",
]


@pytest.mark.parametrize("pattern", _SKIP_PATTERNS)
def test_skipping_finds_the_same_first_match(pattern):
    regex = re.compile(pattern)
    fast, group = skipping(regex)
    for text in _random_texts(pattern, "abcdexz 12."):
        found, expected = fast.search(text), regex.search(text)
        assert (found and found.span(group)) == (expected and expected.span()), text


def test_skipping_leaves_patterns_it_cannot_read():
    for pattern in (r"(a)b\1", r"(?:^\W*|[^\w\s])ab", r"a*", r"(?i)abc", r".bc"):
        regex = re.compile(pattern)
        assert skipping(regex) == (regex, 0)
    assert skipping(re.compile(r"\b(ab|ba)c"))[1] == 1


def test_skipping_leaves_a_pattern_that_opens_with_a_literal_or_a_class():
    for pattern in (r"abc|abd", r"[xyz]ab", r"\sfoo\b"):
        regex = re.compile(pattern)
        assert skipping(regex) == (regex, 0)


# Patterns with a lead-in that no skip can read (start of text, a mark, a listed word), the
# shape of the self-promotion rows; and ones whose lead-in must stay (quantified, or no group).
_GATED_PATTERNS = [
    r"(?:^\W*|[^\w\s',]\s*|\b(?:please|and)\s)(like|see) (my|our) (page|video)",
    r"(?:^\W*|[.!?]\s*)ab+c\b|\bz(?:ab|ba)\b",
    r"(?:^\W*|[^\w\s]\s*|\b(?:so|and)\s)(dm|pm) (me|us)\b",
]


@pytest.mark.parametrize("pattern", _GATED_PATTERNS)
def test_gated_finds_the_same_first_match(pattern):
    regex = re.compile(pattern)
    fast, group = gated(regex)
    assert isinstance(fast, Gated) and group == 0
    alphabet = ["like ", "see ", "my ", "our ", "page", "video", "please ", "and ", "!", ". ",
                "abbc", "z", "ab", "ba", " ", "dm ", "me", "so ", "x", ","]  # fmt: skip
    rng = random.Random(pattern)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        found, expected = fast.search(text), regex.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_gated_leaves_what_it_cannot_gate():
    for pattern in (r"(?:^\W*)?ab", r"(?:^\W*|[^\w\s])", r"(?:^|x)(a)\1", r"\bsub (me|us)"):
        regex = re.compile(pattern)
        assert not isinstance(gated(regex)[0], Gated)


def test_lexicon_searches_keep_their_matches():
    lex = load()
    samples = ["sub 4 sub anyone", "subscribe to me please", "i will find you at 12 main st apt 3",
               "check out my channel", "visita mi canal", "nothing to see here"]  # fmt: skip
    regexes = [rx for _i, _w, rx, _needs in lex.spam]
    for rx, (fast, group) in zip(regexes, lex.spam_search, strict=True):
        for text in samples:
            found, expected = fast.search(text), rx.search(text)
            assert (found and found.span(group)) == (expected and expected.span())


# Listener rows ("aimed" in troll.tsv), written for these tests: each EN/ES text is meant to
# match a row or to come one word short of one.
_AIMED_TEXTS = [
    ("you teach history? god help your students.", True),
    ("You teach history? Good for you.", False),
    ("@marta you can't even read a chart", True),
    ("@marta you can even read a chart", False),
    ("Somebody should teach @ray a lesson", True),
    ("spend less time posting and more time reading, please", True),
    ("nobody cares what this retired plumber thinks", True),
    ("oh look, the expert is here to lecture us again", True),
    ("oh look, the expert is here to help us again", False),
    ("oh look, Tom is here to tell us again", True),
    ("usted da clases? pobres de sus alumnos.", True),
    ("usted da clases? que suerte la de sus alumnos.", False),
    ("@pepe no sabes ni leer", True),
    ("alguien deberia ir a visitar a @pepe", True),
    ("menos tiempo comentando y mas tiempo leyendo", True),
    ("ahi viene el vecino a quejarse otra vez", True),
    ("ahi viene el vecino a saludar otra vez", False),
]


@pytest.mark.parametrize(("text", "matches"), _AIMED_TEXTS)
def test_listener_rows_are_candidates_whenever_they_match(text, matches):
    lex = load()
    folded = fold_text(text).text
    found = [k for k, (*_, rx, _group) in enumerate(lex.troll_aimed) if rx.search(folded)]
    assert bool(found) == matches
    assert set(found) <= set(lex.aimed_needles.candidates(folded))


def test_listener_rows_are_searched_only_behind_their_strings():
    lex = load()
    assert lex.aimed_needles.candidates("a quiet comment about the weather") == []
    assert lex.aimed_needles.candidates("un comentario tranquilo sobre el clima") == []


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"G[AY]*C[AY]*P", True),
        (r"(?P<g>G)(?:A|Y)+(?P<p>[XD])", True),
        (r"[^ab]c", True),  # a negated class is no anchor
        (r"(a)\1", True),
        (r"^G", False),
        (r"P$", False),
        (r"\bGC", False),
        (r"(?<=N)G", False),
        (r"G(?!C)", False),
        (r"(?:G|^C)P", False),
    ],
)
def test_unanchored_patterns_read_nothing_outside_their_match(pattern, expected):
    assert unanchored(re.compile(pattern)) is expected


@pytest.mark.parametrize("pattern", [r"G[AY]*C[AY]*P", r"(G|t)C(N)?[XD]+", r"(a)b\1"])
def test_an_unanchored_match_in_a_piece_is_a_match_in_the_whole(pattern):
    regex = re.compile(pattern)
    assert unanchored(regex)
    for text in _random_texts(pattern, "GCPAYtNXDab", 5_000):
        cut = len(text) // 2
        if regex.search(text[:cut]) or regex.search(text[cut:]):
            assert regex.search(text)


@pytest.mark.parametrize(
    "strings",
    [("jew", "judi", "box car", "boxcar", "((("), ("la", "las", "los", "lo"), ("a.b", "a b", "a")],
)
def test_a_literal_alternation_finds_what_any_of_its_strings_finds(strings):
    regex = re.compile(literal_alternation(strings))
    for text in _random_texts(repr(strings), "jewudibox car(.slaj", 5_000):
        found = regex.search(text)
        assert bool(found) == any(s in text for s in strings), text
        if found:
            assert found.group() in strings


_ALTERNATIONS = [
    r"\bab c|\bba+d|(?:^|[.] )cd e|xy(?!z)",
    r"abc|bca|cab|ab|b(?:c|d)a\b",
    r"\b(?:ab|ba) (?:ab|cd)\b[^.]{0,3}\bde\b|dd(?:e|x)|(?:^|[.,] )ea \w+",
    r"a(?:b|)c|xyz",  # an alternative with no certain string: always searched whole
    r"(ab)c|bca",  # groups: searched whole behind the gate
    r"(?i)ab|cd",  # either case: no gate
]


@pytest.mark.parametrize("pattern", _ALTERNATIONS)
def test_any_prefiltered_finds_the_same_first_match(pattern):
    regex = re.compile(pattern)
    guarded = AnyPrefiltered(regex)
    for text in _random_texts(pattern, "abcdexyzABXY .,"):
        found, expected = guarded.search(text), regex.search(text)
        assert (found and found.span()) == (expected and expected.span()), text
        assert (found and found.group()) == (expected and expected.group()), text


def test_any_prefiltered_searches_only_the_alternatives_the_text_can_hold():
    guarded = AnyPrefiltered(re.compile(r"\bgo (?:away|home)\b|\bshut up\b|\bget lost\b"))
    assert guarded.pieces is not None and guarded.needs is not None
    assert guarded.search("we went home early") is None
    assert guarded.search("please shut up and go home now").span() == (7, 14)
    assert guarded.search("go home, and get lost").span() == (0, 7)
    assert set(guarded.subsets) == {(0, 1), (0, 2)}


def test_any_prefiltered_leaves_what_it_cannot_split():
    assert AnyPrefiltered(re.compile(r"(?i)ab|cd")).needs is None
    # case-blind by flag, not inline: a substring test would miss "AB"
    blind = AnyPrefiltered(re.compile(r"ab|cd", re.IGNORECASE))
    assert blind.needs is None and blind.search("xx AB").span() == (3, 5)
    assert AnyPrefiltered(re.compile(r"(ab)c|bca")).pieces is None
    assert AnyPrefiltered(re.compile(r"abcd")).pieces is None  # one alternative: the regex


def test_rows_read_once_compile_as_re_compile():
    """The spam, troll and trope rows are parsed once at load (`lexicon._read`): each regex
    equals `re.compile` of its source (same flags, groups and compiled code), and its
    strings and alternatives are those read from a parse of their own."""
    from moderation.policy.lexicon import _alternatives_of, _read, required_literals

    lex = load()
    regexes = [rx for _i, _w, rx, _needs in lex.spam]
    regexes += [rx.regex for *_, rx, _keys in lex.troll] + [rx.regex for *_, rx in lex.tropes]
    for rx in regexes:
        assert rx == re.compile(rx.pattern)
        assert rx.groupindex == re.compile(rx.pattern).groupindex
    for _i, _w, rx, needs in lex.spam:
        assert needs == required_literals(rx.pattern)
    for rx in [rx for *_, rx, _keys in lex.troll] + [rx for *_, rx in lex.tropes]:
        assert rx.needs == Prefiltered(re.compile(rx.pattern)).needs
    for pattern in (r"(?P<a>x)(y)|z", r"(?i)viagra", r"\bsub (me|us)\b", r"a(?=b)"):
        regex, tree = _read(pattern)
        assert regex == re.compile(pattern) and regex.pattern == pattern
        assert regex.groupindex == re.compile(pattern).groupindex
        assert (tree is None) == pattern.startswith("(?i)")
        expected = ((),) if tree is None else _alternatives_of(tree)
        assert alternative_literals(pattern) == expected


def test_a_class_of_pictographs_is_required_and_a_class_of_letters_is_not():
    """A class of symbols ("[🐒🐵]") puts one of its characters in every match, and those are
    rare in comments: a required set. A class holding a letter or punctuation is not read."""
    assert required_literals(r"[🐒🐵][^\n]{0,9}\bmonos\b") == (
        frozenset({"🐒", "🐵"}),
        frozenset({"monos"}),
    )
    assert required_literals(r"[🐒a]bc\b") == (frozenset({"bc"}),)
    assert required_literals(r"[🐒.]bc\b") == (frozenset({"bc"}),)


@pytest.mark.parametrize(
    "pattern", [r"[🐒🐵]\w{0,3}ab|ba[🐵🦍]", r"(?:x|[🐒🐵])ab", r"a[🐒🐵]+b(?:[🦍]c)?"]
)
def test_pictograph_requirements_never_hide_a_match(pattern):
    regex = re.compile(pattern)
    guarded = Prefiltered(regex)
    needles = build_needles(
        list(alternative_literals(pattern)), [0] * len(alternative_literals(pattern))
    )
    for text in _random_texts(pattern, "ab🐒🐵🦍cx "):
        found, expected = guarded.search(text), regex.search(text)
        assert (found and found.span()) == (expected and expected.span()), text
        if expected:
            assert needles.candidates(text) == [0], text
