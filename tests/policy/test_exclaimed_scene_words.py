"""`troll.thing_exclaimed` reads a scene word ("sol", "día", "juego") and its plural in "-s"
as a thing, never the word with any one letter added: "sola", "solo" are no "sol". Our own
examples."""

import pytest

from moderation.policy import Submission, screen
from moderation.policy.analysis import analyse
from moderation.policy.rules.troll.thing_exclaimed import adjective_of_a_thing, interjection_closing


def _closing(text: str) -> bool:
    an = analyse(text, "es")
    u = next(x for x in an.units if x.text == "cabron")
    return interjection_closing(an, u)


INTERJECTIONS = [
    # a scene word or its plural: the exclamation is about a thing
    ("Qué sol, cabrón.", True),
    ("Qué días, cabrón.", True),
    ("Qué juegos, cabrón, ni en el mundial.", True),
    ("Qué calor hace hoy, cabrón.", True),
    # a scene word with a letter added is another word, maybe said of someone
    ("Qué sola, cabrón.", False),
    ("Qué solo, cabrón.", False),
    ("Qué diaz, cabrón.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), INTERJECTIONS)
def test_interjection_after_a_scene_word(text, expected):
    assert _closing(text) is expected, text


def test_adjective_of_a_scene_word():
    an = analyse("qué menso se ve el sol hoy", "es")
    u = next(x for x in an.units if x.text == "menso")
    assert adjective_of_a_thing(an, u)


@pytest.mark.parametrize(
    "text",
    [
        "Qué sol, cabrón.",
        "Qué días, cabrón.",
        "Qué calor hace hoy, cabrón.",
        "qué menso se ve el sol hoy",
    ],
)
def test_exclaimed_scene_words_pass(text):
    assert screen(Submission(text=text, lang="es")).action == "approve", text
