"""The sentences a masking family may find a group in, worked out once a comment from the
analysis (`masked_words.group_sentences`, `hate_en_kept.named_sentences`, `hate_habits.
_may_name`): a sentence left out is neither masked nor searched, so it must be one whose masked
words hold no group token. Hits that need a stand-in, a pronoun or a group in a later sentence
still hold; the same shapes about people who are no group still pass. Our own examples."""

import pytest

from moderation.policy.analysis import analyse
from moderation.policy.rules import hate_en_belittled, hate_en_kept, hate_habits
from moderation.policy.rules.masked_words import group_sentences
from tests.policy.expect import assert_category_action

# (lang, text): groups named or not, stand-ins, pronouns, quotes, several sentences.
_TEXTS = [
    ("en", "The bridge opens on Monday. The mayor cut the ribbon."),
    ("en", "We had a long meeting today. Immigrants are not welcome here."),
    ("en", "The folks from across the river always leave trash wherever they settle."),
    ("en", "Our school is small. Kids with Down syndrome slow the whole class down."),
    ("en", "I like this article. Those people are always drunk."),
    ("en", "Refugees came last year. They are lovely, and they cook well."),
    ("en", 'He said "Mexicans" twice. The ballot was late.'),
    ("en", "Mexican cartels run the port. The city shrugs."),
    ("en", "The budget is a mess. Putting a woman in charge is a recipe for disaster."),
    ("en", "Why do people from the barrio always shout? Nobody knows."),
    ("es", "Hoy llovió mucho. Esa gente siempre está borracha."),
    ("es", "El puente abre el lunes. Los gitanos viven cerca del río."),
]


@pytest.mark.parametrize(("lang", "text"), _TEXTS)
def test_a_sentence_left_out_holds_no_group_token_once_masked(lang, text):
    an = analyse(text, lang)
    kept = hate_en_kept.named_sentences(an)
    for s, (_base, codes) in enumerate(an.sentences):
        if not codes:
            continue
        if s not in kept:
            assert not hate_en_kept._TOKEN.search(hate_en_kept._masked(an, s)[0]), (text, s)
            assert not hate_en_kept._TOKEN.search(hate_en_belittled.masked(an, s)[0]), (text, s)
        if not hate_habits._may_name(an, s):
            assert not hate_habits._names_group(hate_habits._masked(an, s)[0]), (text, s)


@pytest.mark.parametrize(("lang", "text"), _TEXTS)
def test_the_sentences_are_worked_out_once_a_comment(lang, text):
    an = analyse(text, lang)
    assert hate_en_kept.named_sentences(an) is hate_en_kept.named_sentences(an)
    assert group_sentences(an) is group_sentences(an)
    assert group_sentences(an) <= hate_en_kept.named_sentences(an)


def test_a_comment_without_a_group_has_no_named_sentence():
    an = analyse("The bridge opens on Monday. The mayor cut the ribbon.", "en")
    assert not hate_en_kept.named_sentences(an)
    assert not group_sentences(an)


def test_a_border_stand_in_lets_every_sentence_be_read():
    an = analyse("Trash everywhere. The folks from across the river did it.", "en")
    assert hate_en_kept.named_sentences(an) == frozenset(range(len(an.sentences)))


# (text, expected hate action, lang): a group, stand-in or pronoun after a sentence without one
# still holds; the same shapes said of people who are no group pass.
CASES = [
    ("We had a long meeting today. Immigrants are not welcome here.", "flag", "en"),
    ("We had a long meeting today. Spam callers are not welcome here.", "approve", "en"),
    ("The budget is a mess. Putting a woman in charge is a recipe for disaster.", "flag", "en"),
    ("The budget is a mess. Putting the intern in charge is a recipe for disaster.", "approve",
     "en"),
    ("Our school is small. Kids with Down syndrome slow the whole class down.", "flag", "en"),
    ("Our school is small. The new software slows the whole class down.", "approve", "en"),
    ("The folks from across the river always leave trash wherever they settle.", "flag", "en"),
    ("The guys from accounting always leave trash wherever they settle.", "approve", "en"),
    ("What else would you expect from a Mexican?", "flag", "en"),
    ("What else would you expect from a politician?", "approve", "en"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "lang"), CASES)
def test_hits_after_a_sentence_without_a_group_still_hold(text, expected, lang):
    assert_category_action(text, expected, "hate", lang)
