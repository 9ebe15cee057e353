"""A fan's take called silly with laughter, about a game or a season, is banter over a
prediction ("you're delusional lol, they aren't making the playoffs"); without the laughter
or the game the jab at a reader is still held as flame bait (our own sentences)."""

import pytest

from .expect import assert_category_action

BANTER_PASSES = [
    "Carlos you're delusional lol, Spurs aren't making the playoffs.",
    "Mike you're delusional haha, the Cowboys won't win a single playoff game.",
    "Dude you're delusional lmao, the Rams are done this season.",
]

JAB_HELD = [
    "Carlos you're delusional, nobody wants to read your nonsense.",
    "You're so pathetic lol, go read a book before you comment.",
    "You're delusional, the article said the opposite.",
]


@pytest.mark.parametrize("text", BANTER_PASSES)
def test_banter_passes(text: str) -> None:
    assert_category_action(text, "approve", "troll", "en")


@pytest.mark.parametrize("text", JAB_HELD)
def test_jab_held(text: str) -> None:
    assert_category_action(text, "flag", "troll", "en")
