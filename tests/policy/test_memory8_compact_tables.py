"""The memory8 tables answer as before: hateful phrases' places held flat
(`phrase_slips.places`), each regex's other needle sets without its rarest set's bit
(`Needles.by_primary`), and the lexicon's phrase table emptied once its indexes are made."""

import pytest

from moderation.policy.analysis.phrase_slips import _phrase_slip_index, phrase_pairs, places
from moderation.policy.lexicon import build_needles, load

from .expect import assert_category_action

# (text, expected, category, lang): words of hateful phrases read through a slip or a missing
# space, and neighbours with the same words and no phrase around them
ROWS = [
    ("Immigrants should go bak to where they came from.", "flag", "hate", "en"),
    ("I drove bak to where we parked the car.", "approve", "hate", "en"),
    ("Deaht to all the migrants.", "flag", "hate", "en"),
    ("Deaht Valley is lovely in spring.", "approve", "hate", "en"),
    ("Refugees are adisease.", "flag", "hate", "en"),
    ("Los inmigrantes me dan aco.", "flag", "hate", "es"),
    ("Me dan asco las cebollas crudas.", "approve", "hate", "es"),
    ("Hay que acabarcon los inmigrantes.", "flag", "hate", "es"),
    ("Hay que acabar con la burocracia del ayuntamiento.", "approve", "hate", "es"),
    ("Muerte alos gitanos.", "flag", "hate", "es"),
    ("La muerte de los gitanos en el incendio fue una tragedia.", "approve", "hate", "es"),
]


@pytest.mark.parametrize(("text", "expected", "category", "lang"), ROWS)
def test_slips_and_glued_words_of_hateful_phrases(text, expected, category, lang):
    assert_category_action(text, expected, category, lang)


def test_flat_places_read_back_in_pairs():
    lex = load()
    index = _phrase_slip_index(lex)
    for word, flat in index.phrases.items():
        assert len(flat) % 2 == 0
        assert all(words[k] == word for words, k in places(flat))
    for pair, flat in phrase_pairs(lex).items():
        assert all(words[k : k + 2] == pair for words, k in places(flat))


def test_by_primary_leaves_the_rarest_bit_out():
    needles = load().spam_needles.needles
    for top, entries in needles.by_primary.items():
        for _result, rest in entries:
            assert not rest >> (top - 1) & 1


# sets of required strings: plain strings, strings with a space (looked for only when their
# letters are in the text) and a string without letters, so the rarest set is sometimes
# certain and sometimes only hopeful
_NEEDS = [
    (frozenset({"casino"}), frozenset({"bonus", "free"})),
    (frozenset({" dm "}), frozenset({"follow"})),
    (frozenset({"sub4sub"}),),
    (frozenset({"por dm", "al md"}), frozenset({"escribe"}), frozenset({"ya"})),
    (frozenset({"!!"}), frozenset({"gana"})),
    (),
]
_TEXTS = [
    "casino bonus tonight",
    "the casino closed",
    "follow me and dm for more",
    "follow the dmv rules",
    "sub4sub anyone",
    "escribe ya por dm",
    "escribe ya pordm",
    "gana dinero!!",
    "gana el partido",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_candidates_are_the_regexes_whose_every_set_is_in_the_text(text):
    expected = [
        number
        for number, sets in enumerate(_NEEDS)
        if all(any(s in text for s in strings) for strings in sets)
    ]
    assert build_needles(_NEEDS).candidates(text) == expected


def test_the_phrase_count_survives_the_emptied_table():
    lex = load()
    total = sum(len(table) for tables in lex.phrases.values() for _n, table in tables)
    assert lex.counts["phrases"] == total > 20_000
    assert lex.fuzzy_index and lex.by_length
