"""The strings every match of a regex holds, read from its parse (`regex_literals`): small
patterns of each shape, and for each a check that the strings are sound (every match of the
regex over a set of texts holds one)."""

import re

import pytest

from moderation.policy.regex_literals import required_strings

# (pattern, the strings derived: a set, or None when nothing can be proven)
_CASES = [
    # plain words and sequences
    (r"refugee", {"refugee"}),
    (r"\bvalue life\b", {"value life"}),
    # alternation: the union of each branch's requirement; nothing when a branch needs nothing
    (r"fuera|out", {"fuera", "out"}),
    (r"\b(?:drug mule|mule)s?\b", {"mule"}),
    (r"fuera|\w+", None),
    (r"again|(?:otra vez)?", None),
    # optional pieces: expanded while few, so the strings around them join
    (r"refugees?", {"refugee"}),
    (r"don'?t hate", {"don't hate", "dont hate"}),
    (r"a(?:b|c)?d", {"ad", "abd", "acd"}),
    # classes: a few characters expanded, a category or a negated class proves nothing
    (r"robad[oa]s", {"robados", "robadas"}),
    (r"r[a-c]t", {"rat", "rbt", "rct"}),
    (r"\w+ismo", {"ismo"}),
    (r"[^x]+ismo", {"ismo"}),
    (r"\d+%", {"%"}),
    # repeats: a fixed count joins, "one or more" keeps one copy's strings, "none or more" none
    (r"(?:ab){2}c", {"ababc"}),
    (r"(?:la )+mitad", {"mitad"}),
    (r"x(?:ab)*", {"x"}),
    (r"(?:ab)*", None),
    # anything between: the best piece on either side
    (r"thirteen.{0,20}fifty", {"thirteen"}),
    # lookarounds consume nothing: the pieces on either side stay adjacent; a positive
    # lookaround's own strings are needed too, a negative one's never
    (r"back(?=[.!?]|$)", {"back"}),
    (r"en su\b(?! de) lugar", {"en su lugar"}),
    (r"(?<=\bmr\. )smithson", {"smithson"}),
    (r"(?=.*\bzyx\b)\w+", {"zyx"}),
    # case-insensitivity: the lower case of a letter, and what the engine folds to it
    (r"(?i)Hola", {"hola"}),
    (r"(?i:Kiss)", {"kiss", "kisſ", "kiſs", "kiſſ", "kıss", "kısſ", "kıſs", "kıſſ"}),
    (r"(?i)ab(?-i:C)", {"abC"}),
    # back references and conditions prove nothing of their own
    (r"(a+)\1", {"a"}),
    (r"(x)?(?(1)yes|no)", None),
]  # fmt: skip


@pytest.mark.parametrize(("pattern", "expected"), _CASES)
def test_derived_strings(pattern, expected):
    found = required_strings(pattern)
    assert (None if found is None else set(found)) == expected


_TEXTS = [
    "",
    "refugee refugees robados robadas ad abd acd abababc la la mitad x xab",
    "fuera out again otra vez don't hate dont hate thirteen of them fifty",
    "back. go back en su lugar en su lugar de mr. smithson zyx hola kiss abc aa aaaa yes no",
    "value life 13% 20 % mules drug mule ismo realismo r[a-c]t rat",
]


@pytest.mark.parametrize(("pattern", "expected"), [c for c in _CASES if c[1] is not None])
def test_a_text_without_the_strings_is_never_matched(pattern, expected):
    """Sound: each text matches the regex only if it holds one of the strings, and with every
    one of them cut out (each occurrence replaced by "#") the regex finds nothing."""
    regex, strings = re.compile(pattern), required_strings(pattern)
    for text in _TEXTS:
        if regex.search(text):
            assert any(s in text for s in strings), (pattern, text)
        while any(s in text for s in strings):
            for s in strings:
                text = text.replace(s, "#")
        assert regex.search(text) is None, (pattern, text)


def test_a_compiled_pattern_keeps_its_flags():
    assert required_strings(re.compile("Hola", re.IGNORECASE)) == {"hola"}
    assert required_strings(re.compile("Hola")) == {"Hola"}
