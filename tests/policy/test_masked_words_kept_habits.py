"""`rules/masked_words.py`: one walk over a sentence's units for the rule families that read
shapes over masked group nouns, each family with its own masking. `hate_en_kept` (and
`hate_en_written_off`, which reads its words) masks women `WMN`, immigrants `MIG`, a pronoun
read as the group `THEY` and its stand-ins `GRP`, with no commas; `hate_habits` masks every
group word `GRP`, "those people" `PRX`, and keeps clause marks as `,`. Our own examples."""

import pytest

from moderation.policy.analysis import analyse
from moderation.policy.rules import hate_en_kept, hate_habits
from moderation.policy.rules.masked_words import unit_at

# (lang, text, sentence, hate_en_kept's words, hate_habits' words)
CASES = [
    ("en", "Women, as usual, are not built for patrol work.", 0,
     "WMN as usual are not built for patrol work",
     "GRP , as usual , are not built for patrol work"),
    ("en", "The Roma always do that, you know how they are.", 0,
     "the GRP always do that you know how THEY are",
     "the GRP always do that , you know how they are"),
    ("en", "My neighbours are loud; those people are always drunk.", 1,
     "those people are always drunk",
     "PRX are always drunk"),
    ("es", "Pero bueno, así son los gitanos: siempre en algo.", 0,
     "pero bueno asi son los GRP siempre en algo",
     "pero bueno , asi son los GRP , siempre en algo"),
    ("en", "Those families from across the border always leave a mess wherever they go.", 0,
     "GRP always leave a mess wherever they go",
     "those families from across the border always leave a mess wherever they go"),
    ("en", "Immigrants keep it to themselves.", 0,
     "MIG keep it to themselves",
     "GRP keep it to themselves"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "s", "kept", "habits"), CASES)
def test_each_family_masks_the_sentence_its_own_way(lang, text, s, kept, habits):
    an = analyse(text, lang)
    assert hate_en_kept._masked(an, s)[0] == kept
    assert hate_habits._masked(an, s)[0] == habits


@pytest.mark.parametrize(("lang", "text", "s", "kept", "habits"), CASES)
def test_each_family_is_remembered_apart(lang, text, s, kept, habits):
    del kept, habits
    an = analyse(text, lang)
    first_kept, first_habits = hate_en_kept._masked(an, s), hate_habits._masked(an, s)
    assert hate_en_kept._masked(an, s) is first_kept
    assert hate_habits._masked(an, s) is first_habits
    fresh = analyse(text, lang)  # worked out anew, in the other order: the same words
    assert hate_habits._masked(fresh, s) == first_habits
    assert hate_en_kept._masked(fresh, s) == first_kept


@pytest.mark.parametrize(("lang", "text", "s", "kept", "habits"), CASES)
def test_every_masked_word_maps_back_to_a_unit_of_its_sentence(lang, text, s, kept, habits):
    del kept, habits
    an = analyse(text, lang)
    base, codes = an.sentences[s]
    for words, index in (hate_en_kept._masked(an, s), hate_habits._masked(an, s)):
        assert len(words.split(" ")) == len(index)
        offset = 0
        for k, word in zip(index, words.split(" "), strict=True):
            assert unit_at(index, words, offset) == k
            assert base <= k < base + len(codes)
            offset += len(word) + 1
