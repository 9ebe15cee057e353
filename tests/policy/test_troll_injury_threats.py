"""Bodily harm promised to a person (`troll.tsv` row `threat.injury`): teeth knocked in, a wired
jaw, stomped flat, the ICU "in real life", not walking out on one's own legs, "taken out, not
voted out", not making it home that night, "easy to find, easier to hurt". It holds (another
threat row may reject the same words).

Near misses that must pass: a warning about ice, a dentist, jaw surgery, a hospital stay, the
trash taken out, an official voted out. All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action

HITS = [
    "Keep talking, Rita. You won't be walking out on your own two legs next time.",
    "Bet you'd be quieter with a wired jaw, pal.",
    "Councilwoman Pardo needs to be taken out. Not voted out. Taken out.",
    "Lucky for you this is a comment box, Hal. In real life you'd be in the ICU by now.",
    "Keep posting photos of your yard, Bea. Easy to find. Easier to hurt.",
    "Reply once more and I'll drive out there and stomp you flat.",
]

PASSES = [
    "Careful on those icy steps, you'll break your neck.",
    "My dentist is knocking my wisdom teeth out on Friday.",
    "The jaw surgery went fine, she'll have a wired jaw for six weeks.",
    "Grandpa spent three days in the ICU; you'd be in the ICU too after a fall like that.",
    "The trash needs to be taken out before the truck comes.",
    "Vote him out in November; the ballot is how a mayor gets taken out of office.",
]


@pytest.mark.parametrize("text", HITS)
def test_injury_threats_flag(text):
    assert_category_action(text, "flag", "troll", "en")


@pytest.mark.parametrize("text", PASSES)
def test_near_misses_pass(text):
    assert_category_action(text, "approve", "troll", "en")
