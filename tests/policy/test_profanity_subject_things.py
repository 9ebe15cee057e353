"""Whom a swear word said through a copula is about (`profanity_subject`): in Spanish the
subject's head is a thing by the shared `thing_noun` (its list, this reading's list, plurals
and abstract endings), a person by a title, a word for someone or a name; in English by this
reading's closed list, since the shared English test takes any unclassed word as a thing. Our
own examples."""

import pytest

from moderation.policy import Submission, screen
from moderation.policy.analysis import analyse
from moderation.policy.rules.profanity_subject import said_of_a_person, said_of_a_thing


def _readings(text: str, lang: str) -> tuple[bool, bool]:
    an = analyse(text, lang)
    u = next(x for x in an.units if x.has("PROF") or x.has("D"))
    return said_of_a_thing(an, u), said_of_a_person(an, u)


SUBJECTS = [
    # Spanish things: the shared list, this reading's list, a plural, an abstract ending
    ("es", "esa foto es una mierda", (True, False)),
    ("es", "la comida del hospital es una mierda", (True, False)),
    ("es", "la ley es una mierda", (True, False)),
    ("es", "las leyes son una mierda", (True, False)),
    ("es", "la corrupcion es una mierda", (True, False)),
    ("es", "el gas es una mierda", (True, False)),
    # Spanish people: a word for someone, an office
    ("es", "ese guey es una mierda", (False, True)),
    ("es", "el alcalde es una mierda", (False, True)),
    # English things by the closed list ...
    ("en", "that bill is a piece of shit", (True, False)),
    ("en", "the new policy is a piece of shit", (True, False)),
    # ... and no unclassed word taken for one: a name, a word for someone
    ("en", "Mendez is a piece of shit", (False, True)),
    ("en", "mendez is a piece of shit", (False, False)),
    ("en", "the nanny is a piece of shit", (False, False)),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), SUBJECTS)
def test_subject_head(lang, text, expected):
    assert _readings(text, lang) == expected, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Esa foto del puente vacío es una mierda, la tomaron de noche.", "es"),
        ("La ley de aguas es una mierda.", "es"),
        ("That bill is a piece of shit.", "en"),
    ],
)
def test_swearing_at_a_thing_passes(text, lang):
    assert screen(Submission(text=text, lang=lang)).action == "approve", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Ese güey es una mierda.", "es"), ("The nanny is a piece of shit.", "en")],
)
def test_swearing_at_someone_is_held(text, lang):
    assert screen(Submission(text=text, lang=lang)).action != "approve", text
