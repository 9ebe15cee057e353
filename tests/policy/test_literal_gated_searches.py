"""Four searches put behind `LiteralGate` (the strings one of which every match holds): the
people-from-across-the-border stand-in (`hate.proxies`), the refutation words of
`hate_everyday.counter_speech.condemns`, the vague group stand-ins of `coded`, and the evidence
set against a claim (`context.condemnation`). A gate must never turn away a text its regex
matches, and must find what the regex finds; each gate holds strings, so it does skip texts."""

import pytest

from moderation.policy.literal_gate import LiteralGate
from moderation.policy.rules.coded import _VAGUE_GROUP, _VAGUE_GROUP_SEARCH
from moderation.policy.rules.context.condemnation import _SET_AGAINST_RX
from moderation.policy.rules.hate.proxies import _ACROSS, _STAND_IN_SEARCHES, stand_ins
from moderation.policy.rules.hate_everyday.counter_speech import _REFUTED, _REFUTED_GATE

_GATES = [
    ("across", LiteralGate(_ACROSS), _STAND_IN_SEARCHES[0]),
    ("refuted", LiteralGate(_REFUTED), _REFUTED_GATE),
    ("vague", LiteralGate(_VAGUE_GROUP), _VAGUE_GROUP_SEARCH),
    ("set_against", LiteralGate(_SET_AGAINST_RX.regex), _SET_AGAINST_RX),
]

# Matches and near misses of the four regexes, English and Spanish, folded as the rules read
# them, with odd spacing, accents and case.
_TEXTS = [
    "the people from across the border are fine neighbours",
    "those folks from over the river keep to themselves",
    "people from the other side of the rio grande",
    "people from across town came to the fair",
    "people across the border",
    "that claim is false and the data show the opposite",
    "the numbers say otherwise",
    "esto es falso, los datos dicen otra cosa",
    "eso no es cierto y es racista",
    "i am not a liar but that is a lie",
    "i believe the client earlier",
    "these people again, what a surprise",
    "those people on the council voted no",
    "a new mosque next to the school",
    "esa gente siempre igual",
    "las sinagogas del centro",
    "the peoples of these lands",
    "statistics show crime fell",
    "studies show nothing of the kind",
    "los datos muestran que bajó",
    "Statistics SHOW it",
    "ésa gente",
    "",
    "   ",
]


@pytest.mark.parametrize("name, fresh, used", _GATES, ids=[g[0] for g in _GATES])
def test_gate_holds_strings(name, fresh, used):
    assert fresh.strings, name
    assert used.strings == fresh.strings


@pytest.mark.parametrize("name, fresh, used", _GATES, ids=[g[0] for g in _GATES])
@pytest.mark.parametrize("text", _TEXTS)
def test_gate_never_turns_away_a_match(name, fresh, used, text):
    del fresh
    m = used.regex.search(text)
    found = used.search(text)
    if m is not None:
        assert used.may_match(text), (name, text)
        assert found is not None and found.span() == m.span()
    else:
        assert found is None


@pytest.mark.parametrize(
    "words, expected",
    [
        ("the people from across the border steal", "GRP steal"),
        ("people from across town came", "people from across town came"),
        ("kids with autism are welcome", "GRP are welcome"),
        ("my kids love the autism walk", "my kids love the autism walk"),
    ],
)
def test_stand_ins_masked_as_before(words, expected):
    split = words.split()
    text, index = stand_ins((), split, list(range(len(split))))
    assert text == expected
    assert len(index) == len(text.split())
