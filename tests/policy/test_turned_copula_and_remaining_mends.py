"""Review mends of the turned-round Spanish copula and of a relative of whoever remains: the
people after "son" end the sentence (a quoted or reported sentence is counter-speech, a long
run of spaces is read at once), only a real denial answers it, "que hayan cometido" and
"que sobre todo" name no remaining member, and an English "remain" counts only where its
clause ends with it."""

import pytest

from moderation.policy import Submission, screen

from .expect import assert_category_action

# The copula turned round (or the people pointed at) as the whole sentence is held; a quoted
# sentence judged, a reported one, and a next sentence that only starts with "No" are not the
# same thing as a denial.
TURNED = [
    ("El cáncer de este país son los inmigrantes.", "es", "hate", "flag"),
    ("La plaga de este barrio eran los gitanos!!", "es", "hate", "flag"),
    ("El cáncer de este país son los inmigrantes que no se integran.", "es", "hate", "flag"),
    ("Cucarachas, eso son los inmigrantes.", "es", "hate", "flag"),
    (
        "El cáncer de este país son los gitanos. No hay más que ver las noticias.",
        "es",
        "hate",
        "flag",
    ),
    (
        '"El cáncer de este país son los inmigrantes" es una frase racista.',
        "es",
        "hate",
        "approve",
    ),
    (
        "La plaga de este barrio eran los gitanos, decían los racistas del pueblo.",
        "es",
        "hate",
        "approve",
    ),
    (
        '"Cucarachas, eso son los inmigrantes", dijo el concejal, y lo denunciamos.',
        "es",
        "hate",
        "approve",
    ),
    ("El cáncer de este país son los gitanos. No son el problema.", "es", "hate", "approve"),
    ("El cáncer de este país es la corrupción.", "es", "hate", "approve"),
]

# A relative of whoever remains keeps the whole group; offenders ("que hayan cometido"),
# "above all", and an English "remain" that takes a place or a manner pick out members.
REMAINING = [
    ("Les daré caza a los judíos que queden.", "es", "hate", "reject"),
    ("Les daré caza a los judíos que haya.", "es", "hate", "reject"),
    ("Mataremos a los gitanos que sobren.", "es", "hate", "reject"),
    ("We will kill the Jews that remain.", "en", "hate", "reject"),
    ("We will kill the Jews that remain, all of them.", "en", "hate", "reject"),
    ("Los inmigrantes que hayan cometido delitos deben ser deportados.", "es", "hate", "approve"),
    ("Los extranjeros que hayan cometido delitos deben ser expulsados.", "es", "hate", "approve"),
    (
        "Los inmigrantes que sobre todo trabajan en el campo merecen respeto.",
        "es",
        "hate",
        "approve",
    ),
    ("Immigrants who remain here illegally should be deported.", "en", "hate", "approve"),
    ("Let's help the immigrants that remain in the shelter.", "en", "hate", "approve"),
]


@pytest.mark.parametrize("text,lang,category,expected", TURNED + REMAINING)
def test_mended_shape_and_its_neighbours(
    text: str, lang: str, category: str, expected: str
) -> None:
    assert_category_action(text, expected, category, lang)


def test_refugees_remaining_in_camps_are_not_rejected() -> None:
    verdict = screen(Submission(text="Refugees who remain in camps are suffering.", lang="en"))
    assert verdict.action != "reject"


# A long run of spaces after the turned-round copula (about 5,000 characters) is screened
# like the short sentence; the lazy tail once took minutes over it.
LONG = [
    "El cáncer de este país son los gitanos" + " " * 4950 + "y ya",
    "La plaga de este barrio eran los gitanos" + " ." * 2450,
]


@pytest.mark.parametrize("text", LONG)
def test_a_long_run_after_the_copula_is_screened(text: str) -> None:
    short = " ".join(text.split())
    verdict = screen(Submission(text=text, lang="es"), blog_model=False)
    assert verdict.action == screen(Submission(text=short, lang="es"), blog_model=False).action
