"""Everyday phrases a coded row reads as a hint, said of a thing or named as a stereotype:
"así empiezan las guerras", a grandmother made a stranger at home by rents, "model minority"
called the stereotype it is. The same phrases aimed at a people still hold. All examples are
our own."""

import pytest

from .expect import category_action

ABOUT_A_THING = [
    ("es", "¿Otra vez amenazas entre los dos gobiernos por el agua? Así empiezan las guerras."),
    ("es", "Primero cierran el congreso y luego los periódicos. Así empiezan las dictaduras."),
    (
        "en",
        "The rents doubled and the corner store became a wine bar. My uncle feels like a"
        " stranger in his own neighborhood after the gentrification.",
    ),
    ("en", "The 'model minority' myth hides how many Hmong and Cambodian kids are struggling."),
    ("en", "Calling my daughter a model minority is a backhanded stereotype, not praise."),
]


@pytest.mark.parametrize(("lang", "text"), ABOUT_A_THING)
def test_phrase_about_no_people_passes_the_rules(lang: str, text: str) -> None:
    assert category_action(text, "hate", lang, blog_model=False) == "approve"


AT_A_PEOPLE = [
    ("en", "The Koreans are a model minority for a reason. We should take more of them."),
    ("en", "Since they all moved in I'm a stranger in my own neighborhood."),
]


@pytest.mark.parametrize(("lang", "text"), AT_A_PEOPLE)
def test_phrase_aimed_at_a_people_holds(lang: str, text: str) -> None:
    assert category_action(text, "hate", lang, blog_model=False) in ("hold", "reject")
