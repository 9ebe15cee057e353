""" "We know where they live and we'll bring ..." passes when what is brought is a gift (soup, a
casserole, a welcome basket) and rejects when it is a weapon or the means of arson (bats, rope,
gas cans): the gift exception used to look only at the verb (our own sentences)."""

import pytest

from .expect import assert_category_action

HITS = [
    ("We know where they live and we'll bring the bats.", "en"),
    ("We know where they live, so we'll bring the gas cans", "en"),
    ("I know where he lives and I will bring a couple of baseball bats.", "en"),
    ("We know where she works, so we'll bring the rifles next time.", "en"),
]

PASSES = [
    ("We know where they live, so we'll bring soup tomorrow.", "en"),
    ("I know where he lives, I'll bring the casserole over Sunday.", "en"),
    ("We know where they live and we will bring a welcome basket.", "en"),
    ("We know where they live and we'll bring the boys over to play.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), HITS)
def test_weapon_brought_is_a_threat(text, lang):
    assert_category_action(text, "reject", "troll", lang)


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_gift_brought_passes(text, lang):
    assert_category_action(text, "approve", "troll", lang)
