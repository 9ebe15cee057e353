"""Whom a swear word said through a copula is about (our own sentences): a person called a foul
name is profanity aimed at them, officials included ("el alcalde es un pinche pendejo"); one
swear word about a thing is vulgar opinion ("that bill is a piece of shit", "el presupuesto del
alcalde es un pedazo de mierda"). And curses wished on someone in the third person: "que le den
por el culo al concejo", "que se la chupen los de la Corte", "shove that sermon up his ass".
"""

import pytest

from moderation.policy import Submission, screen

from .expect import assert_category_action

# a person (an official, someone named by a word or a name) called a foul name: held
CALLED = [
    ("El alcalde es un pinche pendejo.", "es"),
    ("El alcalde es una mierda.", "es"),
    ("La regidora es un pedazo de mierda.", "es"),
    ("Ese güey de la tienda es una verdadera mierda.", "es"),
    ("Pérez es una mierda y lo sabe todo el barrio.", "es"),
    ("The mayor is a piece of shit.", "en"),
    ("That ref was a blind motherfucker all night.", "en"),
    ("El pinche pendejo del alcalde no ha tapado un solo bache.", "es"),
]

# curses wished on someone in the third person, and ordered ones
CURSED = [
    ("Que le den por el culo al concejo.", "es"),
    ("Que les den por donde no les da el sol a los del cabildo.", "es"),
    ("Que se la chupen los magistrados, es lo único que hacen bien.", "es"),
    ("El tesorero que me la mame, él y su contador.", "es"),
    ("Que se la metan por el culo su reforma fiscal.", "es"),
    ("Chinguen su madre los del predial.", "es"),
    ("The chairman can shove that resolution up his ass.", "en"),
    ("They can shove their proclamation where the sun don't shine.", "en"),
    ("Fuck off, Gerald.", "en"),
]

# one swear word about a thing, negation, reported or emphatic swearing: approved
PASSES = [
    ("That bill is a piece of shit.", "en"),
    ("The mayor's budget is a piece of shit.", "en"),
    ("That wall is a fucking disgrace.", "en"),
    ("This is a piece of shit, honestly.", "en"),
    ("El presupuesto del alcalde es un pedazo de mierda.", "es"),
    ("Esa reforma del gobernador es una mierda.", "es"),
    ("El muro es una mierda, no sirve para nada.", "es"),
    ("Esto es una mierda.", "es"),
    ("El alcalde no es una mierda, solo es lento.", "es"),
    ("Decir que el alcalde es una mierda no ayuda a nadie.", "es"),
    ("Mi perra Lola es una cabrona: se comió el periódico.", "es"),
    ("El vato de la tienda es bien mamón, pero tiene las chelas más frías.", "es"),
    ("Carajo, otra vez subieron la luz.", "es"),
    ("Pinche calor, no se aguanta.", "es"),
    ("Damn, the bridge is closed again.", "en"),
    ("I told him to fuck off and he laughed.", "en"),
    ("Bugger off, I'm busy with the harvest.", "en"),
    ("Que le den el premio a la escuela del barrio.", "es"),
    ("Se la chupó el perro: la paleta entera.", "es"),
]


@pytest.mark.parametrize("text,lang", CALLED)
def test_person_called_a_foul_name(text: str, lang: str) -> None:
    verdict = screen(Submission(text=text, lang=lang))
    # held by the rules for the foul name (profanity.aimed, or the insult read by the trolling
    # rules), not by the blog model alone
    assert verdict.action == "hold", (text, verdict.findings)
    assert {"profanity", "troll"} & set(verdict.categories), (text, verdict.findings)


@pytest.mark.parametrize("text,lang", CURSED)
def test_curse_on_someone(text: str, lang: str) -> None:
    assert_category_action(text, "flag", "profanity", lang)


@pytest.mark.parametrize("text,lang", PASSES)
def test_thing_sworn_at_passes(text: str, lang: str) -> None:
    assert_category_action(text, "approve", "profanity", lang)
