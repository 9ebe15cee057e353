"""The engine's compact tables and bounded memos change no answer: the needle index's token
memo in two generations (`lexicon._MaskMemo`), one int for equal needle masks, and one string
object for each distinct word of the lexicon's phrases."""

import pytest

from moderation.policy import lexicon
from moderation.policy.lexicon import build_needles, load

from .expect import assert_category_action

# (text, expected, category, lang): spam and hate shapes the shared needle index decides
# which regexes to try for, and near misses that hold the same words and must approve
ROWS = [
    (
        "Make easy money from home, check out my channel and subscribe for daily crypto tips",
        "flag",
        "spam",
        "en",
    ),
    ("I checked the channel the article links to and the figures hold up", "approve", "spam", "en"),
    (
        "Gana dinero fácil desde casa, suscríbete a mi canal y escríbeme por dm",
        "flag",
        "spam",
        "es",
    ),
    ("Vi el canal que cita el artículo y los datos cuadran", "approve", "spam", "es"),
    ("All immigrants are vermin and should be thrown out", "flag", "hate", "en"),
    (
        "Calling immigrants vermin is exactly the kind of hate this article warns about",
        "approve",
        "hate",
        "en",
    ),
    ("Los inmigrantes son una plaga y hay que echarlos a todos", "flag", "hate", "es"),
    (
        "Decir que los inmigrantes son una plaga es puro odio y hay que denunciarlo",
        "approve",
        "hate",
        "es",
    ),
    (
        "The senator's border plan is a costly failure and voters should reject it",
        "approve",
        "hate",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "expected", "category", "lang"), ROWS)
def test_verdicts_with_a_token_memo_that_swaps_every_few_tokens(
    monkeypatch, text, expected, category, lang
):
    """With generations of three tokens the memo swaps many times a comment: same verdicts."""
    monkeypatch.setattr(lexicon, "_WORD_MEMO_LIMIT", 3)
    assert_category_action(text, expected, category, lang)
    assert_category_action(text, expected, category, lang)  # now partly from the older one


@pytest.mark.parametrize(("text", "expected", "category", "lang"), ROWS)
def test_verdicts_with_the_usual_memo(text, expected, category, lang):
    assert_category_action(text, expected, category, lang)


def test_the_older_generation_gives_back_the_same_mask(monkeypatch):
    needs = [
        (frozenset({"check"}), frozenset({"channel", "blog"})),
        (frozenset({"casino"}),),
        (frozenset({"canal"}),),
    ]
    fresh = build_needles(needs).index.memo
    words = ("checking", "casinos", "canal", "weblog", "blogger", "plain")
    expected = {w: fresh[w] for w in words}
    monkeypatch.setattr(lexicon, "_WORD_MEMO_LIMIT", 2)
    memo = build_needles(needs).index.memo
    for word in words[:5]:
        assert memo[word] == expected[word]
    assert len(memo) <= 2 and len(memo.older) <= 2
    assert "checking" not in memo and "checking" not in memo.older  # two swaps ago: gone
    assert "canal" in memo.older
    assert memo["canal"] == expected["canal"]  # back from the older generation
    assert "canal" in memo
    assert memo["plain"] == expected["plain"] == 0
    assert memo["checking"] == expected["checking"]  # worked out again


def test_equal_masks_are_one_int():
    needles = load().spam_needles.needles
    seen: dict[int, int] = {}
    for value in needles.index.memo.masks.values():
        if value.__class__ is int:
            assert seen.setdefault(value, value) is value
    for entries in needles.by_primary.values():
        for _result, full in entries:
            assert seen.setdefault(full, full) is full


def test_phrase_words_are_one_string_each():
    seen: dict[str, str] = {}
    for tables in load().phrases.values():
        for _length, table in tables:
            for words in table:
                for word in words:
                    assert seen.setdefault(word, word) is word
