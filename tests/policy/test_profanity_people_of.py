""" "Los del cabildo", "el de la tienda": an article with no noun, then "de", names the people of
a body or a place, though the body alone is a thing. Calling them foul names in the plural
("son unos hijos de puta") is profanity aimed at people, as the singular is; swearing at the
body itself stays vulgar opinion about a thing.
"""

import pytest

from moderation.policy import Submission, screen

HELD = [
    "Los del cabildo son unos hijos de la chingada.",
    "Los de la aduana son unos hijos de puta, todos.",
    "El del taller es un hijo de puta.",
    "Los de migración son unos pedazos de mierda.",
]

PASSES = [
    "El cabildo es una mierda, no sirve para nada.",
    "Los del cabildo no son unos hijos de puta, solo son lentos.",
    "La ley del cabildo es una mierda.",
    "Los del cabildo son unos flojos, pero esta vez cumplieron.",
]


def _rules(text: str) -> set[str]:
    verdict = screen(Submission(text=text, lang="es"), blog_model=False)
    return {f.rule for f in verdict.findings if f.action != "approve"}


@pytest.mark.parametrize("text", HELD)
def test_people_of_a_body_called_foul_names(text: str) -> None:
    assert "profanity.aimed" in _rules(text), text


@pytest.mark.parametrize("text", PASSES)
def test_body_sworn_at_or_denied_passes(text: str) -> None:
    assert "profanity.aimed" not in _rules(text), text
