"""`troll.wits_mocked` reads a third-person jab as aimed when a handle opens the comment, or
opens the jab's sentence, the one before it or a clause of theirs (read as typed: the folded
text reads "@" as "a"); a handle in a later sentence, or inside a sentence as a source, points
at no one mocked. Our own examples."""

import time

import pytest

from moderation.policy import Submission, screen
from moderation.policy.rules.troll.wits_mocked import _HANDLE_OPENS


def _rules(text: str) -> set[str]:
    verdict = screen(Submission(text=text, lang="es"))
    return {f.rule for f in verdict.findings if str(f.action) != "approve"}


AIMED = [
    "@beto no sabe ni leer.",
    "Buen punto. @beto no sabe ni leer, por eso repite lo mismo.",
    "Gracias por la nota. @beto ni siquiera sabe leer la tabla.",
    "Gracias por la nota.\n@beto ni siquiera sabe leer la tabla.",
    "Ya vi la tabla. @beto, con ese nivel de comprensión no sé para qué opina.",
    "Oye, @beto, no sabe ni leer el que escribió eso.",
]


@pytest.mark.parametrize("text", AIMED)
def test_handle_at_a_sentence_start_aims_the_jab(text):
    assert "troll.wits_mocked" in _rules(text), text


NOT_AIMED = [
    # the handle speaks to someone else, after the jab about someone out in the world
    "Mi vecino no sabe ni leer, pobre. @beto ¿conoces una escuela para adultos?",
    # the writer's family, whoever is called
    "Mi abuela no sabe ni leer. @beto, la tuya tampoco?",
    # a handle inside a sentence, a source; an office as the jab's subject
    "Según @ElUniversal el dato es falso y el alcalde no sabe ni sumar.",
]


@pytest.mark.parametrize("text", NOT_AIMED)
def test_handle_elsewhere_aims_nothing(text):
    assert "troll.wits_mocked" not in _rules(text), text


@pytest.mark.parametrize(
    "text", [" " * 5000, "\n" * 5000, ", " * 2500, "," + " " * 4999, ". @" * 1666]
)
def test_handle_pattern_on_hostile_input(text):
    t0 = time.perf_counter()
    _HANDLE_OPENS.search(text)
    assert time.perf_counter() - t0 < 0.05
