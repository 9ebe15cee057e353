"""Foul language the lexicon lacked (our own sentences): a "sack of shit" called a person,
a "bag of dicks" to suck, and Mexican sexual vulgarity wished on someone ("que se lo cojan",
"una buena cogida"). Spain's "coger el autobús" (to catch a bus) is an everyday verb, so only
phrases that cannot mean catching or taking are listed.
"""

import pytest

from moderation.policy import Submission, screen

from .expect import assert_category_action

# called a person: held as a personal attack or as foul language, whichever reads it first
CALLED = [
    ("Tony at the county yard is a lying sack of shit.", "en"),
    ("Bullshit, you sorry sack of crap.", "en"),
    ("Haldane and his deputies are sacks of shit.", "en"),
]

CAUGHT = [
    ("Go suck a bag of dicks, Ray.", "en", "reject"),
    ("A la regidora le hace falta una buena cogida, por amargada.", "es", "flag"),
    ("Ojalá se lo cojan en el penal a ese ratero.", "es", "flag"),
    ("Que se los cojan a todos los del cabildo.", "es", "flag"),
    ("El alcalde nos está cogiendo sin condón con el predial.", "es", "flag"),
    ("Nomás de verlo se me quitan las ganas de coger.", "es", "flag"),
]

PASSES = [
    ("A sack of flour costs twice what it did last year.", "en"),
    ("They hauled sacks of sand to the levee all night.", "en"),
    ("Mañana voy a coger el camión de las seis para llegar a la garita.", "es"),
    ("Que se lo coja el que llegue primero, yo ya tengo mi boleto.", "es"),
    ("La mesa está coja y el presupuesto también.", "es"),
    ("Coge tu boleta y fórmate, la fila avanza rápido.", "es"),
]


@pytest.mark.parametrize("text,lang", CALLED)
def test_sack_of_shit_called_a_person(text: str, lang: str) -> None:
    assert screen(Submission(text=text, lang=lang)).action != "approve", text


@pytest.mark.parametrize("text,lang,action", CAUGHT)
def test_foul_language_caught(text: str, lang: str, action: str) -> None:
    assert_category_action(text, action, "profanity", lang)


@pytest.mark.parametrize("text,lang", PASSES)
def test_everyday_words_pass(text: str, lang: str) -> None:
    assert_category_action(text, "approve", "profanity", lang)
