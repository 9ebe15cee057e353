"""The literal gates of `hate.reread`'s plain-word regexes (`hate_reread/plain.py`): a sentence
a regex matches passes its gate, in any case; a near miss without the gate's words is turned
away; a sentence with a letter outside ASCII always passes (case folding is Unicode's there)."""

import pytest

from moderation.policy.rules.hate_reread.plain import (
    INFIX,
    INFIX_WORDS,
    NO_IDEA,
    NO_IDEA_WORDS,
    NOT_HAVE,
    NOT_HAVE_WORDS,
    PICKED_UP,
    PICKED_UP_END,
    challenged,
    folded,
    may_hold,
)

_WORDS = [
    (INFIX, INFIX_WORDS, "They need to get the FUCK out of here.", "They need to get out of here."),
    (INFIX, INFIX_WORDS, "Who the hell wants them around?", "Who wants them around?"),
    (INFIX, INFIX_WORDS, "They are so Damn lazy.", "They are so lazy."),
    (NOT_HAVE, NOT_HAVE_WORDS, "They Don't have souls.", "They do not care."),
    (NOT_HAVE, NOT_HAVE_WORDS, "They lack any decency.", "They are decent."),
    (NO_IDEA, NO_IDEA_WORDS, "They have no idea how to behave.", "They have no idea."),
]


@pytest.mark.parametrize(("regex", "words", "hit", "miss"), _WORDS)
def test_word_gates(regex, words, hit, miss):
    assert regex.search(hit) and may_hold(folded(hit), words)
    assert not may_hold(folded(miss), words) and not regex.search(miss)


@pytest.mark.parametrize(
    ("hit", "miss"),
    [
        ("I know many of them and I hate EVERY SINGLE ONE.", "I know many of them and I met two."),
        ("They should deport the whole lot of them, and fast.", "They should read a lot more."),
        ("Send them back, all of 'em.", "They all went home."),
    ],
)
def test_picked_up_gate(hit, miss):
    assert PICKED_UP.search(hit) and PICKED_UP_END.search(folded(hit))
    assert not PICKED_UP_END.search(folded(miss)) and not PICKED_UP.search(miss)


def test_none_trusted_gate():
    assert challenged("There's not a single one of them I'd trust.") is not None
    assert challenged("Not a single one of them I'd trust.") is None


def test_outside_ascii_always_passes():
    assert folded("They are so dımn lazy.") is None
    assert may_hold(None, INFIX_WORDS)
