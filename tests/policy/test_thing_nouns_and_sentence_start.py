"""The shared readers the last tidy gathered in `rules.context`: `thing_nouns.thing_noun` (one
test of "a noun for a thing, not a person" behind `troll.things`, `troll.thing_exclaimed` and
`troll.aim`), `sentence_bounds.sentence_start`, and the readings that call them. Our own
examples."""

import pytest

from moderation.policy import Submission, screen
from moderation.policy.analysis import analyse
from moderation.policy.rules.context.sentence_bounds import sentence_end, sentence_start
from moderation.policy.rules.context.thing_nouns import thing_noun
from moderation.policy.rules.troll.words import PERSON_ENDINGS, PERSON_NOUNS


def _unit(text: str, lang: str, word: str):
    an = analyse(text, lang)
    return next(u for u in an.units if u.text == word)


NOUNS = [
    # Spanish: listed things, their plurals, abstract endings, a word of condemnation
    ("es", "esa ley es absurda", "ley", True),
    ("es", "esas cifras son falsas", "cifras", True),
    ("es", "la situacion es ridicula", "situacion", True),
    ("es", "el racismo es asqueroso", "racismo", True),
    # ... not a person noun, a person ending, or a noun not known as a thing
    ("es", "ese tio es ridiculo", "tio", False),
    ("es", "esos tios son ridiculos", "tios", False),
    ("es", "ese periodista es ridiculo", "periodista", False),
    ("es", "ese chamaco es ridiculo", "chamaco", False),
    # English: an open class, minus words for people and agent nouns
    ("en", "that logo looks so dumb", "logo", True),
    ("en", "those rules are so dumb", "rules", True),
    ("en", "that guy looks so dumb", "guy", False),
    ("en", "that writer looks so dumb", "writer", False),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "word", "expected"), NOUNS)
def test_thing_noun(lang, text, word, expected):
    x = _unit(text, lang, word)
    got = thing_noun(x, lang, people=PERSON_NOUNS, person_endings=PERSON_ENDINGS)
    assert got is expected, (text, word)


def test_thing_noun_people_and_known_widen_per_reading():
    """A reading may judge a reader's word in person ("qué tonto el argumento") or know more
    things ("el comercial"): its own `people` and `known`, not the shared lists."""
    argument = _unit("ese argumento es tonto", "es", "argumento")
    assert thing_noun(argument)
    assert not thing_noun(argument, people={"argumento"})
    advert = _unit("ese comercial es tonto", "es", "comercial")
    assert not thing_noun(advert)
    assert thing_noun(advert, known={"comercial"})


STARTS = [
    ("Visa trouble? Call us now", 15, ".!?\n", 13),
    ("one. two! three", 12, ".!?\n", 9),
    ("first line\nsecond line", 15, ".!?\n", 11),
    ("no stop at all", 5, ".!?\n", 0),
    ("uno; dos", 6, ".!?\n", 0),
    ("uno; dos", 6, ".!?;\n", 4),
]


@pytest.mark.parametrize(("text", "at", "stops", "expected"), STARTS)
def test_sentence_start(text, at, stops, expected):
    assert sentence_start(text, at, stops) == expected


# Where the sentence closes: at the first stop from the position on, or the text's end.
ENDS = [
    ("Call us now. Visa trouble? We help.", 0, ".!?\n", 11),
    ("Call us now. Visa trouble? We help.", 13, ".!?\n", 25),
    ("no stop at all here", 3, ".!?\n", 19),
    ("primero; luego. fin", 0, ".!?\n", 14),
    ("primero; luego. fin", 0, ".!?;\n", 7),
    ("a line\nthen more.", 0, ".!?\n", 6),
]


@pytest.mark.parametrize("text,at,stops,expected", ENDS)
def test_sentence_end(text, at, stops, expected):
    assert sentence_end(text, at, stops) == expected


# A colour nickname with laughter as typed (`context.banter.laughs`) is said fondly; with no
# laughter or fondness, and a crowd told to leave, it is not (`hate.slur_in_group.fond_es`).
FOND = [
    ("es", "jajaja mi prieta hermosa", "approve"),
    ("es", "la chinada del barrio jajaja", "approve"),
    ("es", "la chinada del barrio jsjs", "approve"),
    ("es", "la chinada del barrio", "flag"),
    ("es", "Pinches prietos, lárguense de mi país", "flag"),
]

READINGS = [
    # an insult said of a thing in an exclamation passes; said to a reader it does not
    ("es", "Qué menso estuvo ese comercial", "approve"),
    ("es", "Qué partido tan malo, cabrón.", "approve"),
    ("es", "Qué tonto eres", "flag"),
    ("es", "Qué mal juegas, cabrón", "flag"),
    ("en", "That logo looks so dumb", "approve"),
    ("en", "You look so dumb", "flag"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), READINGS + FOND)
def test_readings_by_the_rules(lang, text, expected):
    action = str(screen(Submission(text=text, lang=lang), blog_model=False).action)
    assert (action != "approve") is (expected == "flag"), (text, action)
