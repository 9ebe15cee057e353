"""Spanish words: real words are never read as misspelt slurs or insults; derived insults are."""

import pytest

from moderation.policy.analysis import canonical
from moderation.policy.lexicon import load
from moderation.policy.lexicons.build_vocab import _forms, inflection


@pytest.mark.parametrize(
    "word",
    ["tarde", "tardes", "marca", "guerra", "punta", "pauta", "hemos", "julio", "isla", "golfo",
     "zorro", "perrita", "pesadilla", "raton", "cerdito", "pollito", "mezquita", "sociedad"],
)  # fmt: skip
def test_real_spanish_words_stay_themselves(word):
    assert canonical(word, load(), "es") == word


@pytest.mark.parametrize(
    ("word", "insult"),
    [("pendejazo", "pendejazo"), ("imbecilote", "imbecil"), ("payason", "payaso"),
     ("idiotaza", "idiota"), ("cabroncete", "cabron"), ("subnormalazo", "subnormal")],
)  # fmt: skip
def test_diminutives_and_augmentatives_read_as_the_insult(word, insult):
    assert canonical(word, load(), "es") == insult


def test_english_misspellings_are_not_read_as_spanish_insults():
    assert canonical("meow", load(), "en") != "memo"


def test_inflections_of_a_spanish_term_stay_fuzzy_but_other_words_do_not():
    lex = load()
    assert inflection("indio", "indios", lex)
    assert inflection("ejecutar", "ejecutara", lex)
    assert not inflection("golfo", "golfa", lex)  # a gulf, not a slur
    assert not inflection("tarde", "tards", lex)  # an English slur
    assert not inflection("mezquita", "mezquina", lex)


def test_word_forms_cover_plurals_genders_and_verbs():
    assert {"marcas"} <= _forms("marca")
    assert {"gorda", "gordos", "gordas"} <= _forms("gordo")
    assert {"marcamos", "marcaron", "marcado"} <= _forms("marcar")
