"""Slurs and hateful profanity (our own sentences, English and Spanish): who a first-person
word counts in (the writer is among a reclaimable slur's people only when the slur is their
predicate, stands right after them or is likened to them), swear words and curses whose
target is a protected group, and slurs with their spelling variants. Each table has near
misses that must pass: reclaimed use, profanity aimed at things, teams and officials, and
the ordinary senses of the words. "flag" means hold or reject in the hate category."""

import pytest

from .expect import assert_category_action

# A first-person word elsewhere in the sentence names the writer apart from the slur.
IN_GROUP = [
    ("I saw a dyke on the bus yesterday.", "en", "flag"),
    ("We hired a fag last week and regret it.", "en", "flag"),
    ("Keep the f*gs away from our schools.", "en", "flag"),
    ("Cripples get every parking spot and we get nothing.", "en", "flag"),
    ("The council hired a dyke as head of parks.", "en", "flag"),
    ("Ese portero es un m4ricón, se nota en cómo corre.", "es", "flag"),
    ("Si mi hijo me sale joto lo corro de la casa.", "es", "flag"),
    ("Los maricones no tienen carácter para hablar de la frontera, como todos saben.", "es",
     "flag"),
    ("I'm a dyke and this column made my week.", "en", "approve"),
    ("I've been a dyke for thirty years and I loved this piece.", "en", "approve"),
    ("Dykes like me have been marching since the eighties.", "en", "approve"),
    ("Being a fag myself, I laughed at the headline.", "en", "approve"),
    ("Some of us dykes still remember the old bar on Fifth.", "en", "approve"),
    ("Yo he sido marica toda la vida y me encantó la crónica.", "es", "approve"),
    ("Maricas como yo hemos marchado en Tijuana desde hace años.", "es", "approve"),
    ("Siendo bollera, me reí mucho con la columna.", "es", "approve"),
    ("Entre nosotros nos decimos jotos y no pasa nada.", "es", "approve"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "expected"), IN_GROUP)
def test_writer_counted_in(text, lang, expected):
    assert_category_action(text, expected, "hate", lang=lang)


# The ordinary senses of slurs that are homonyms, with a plural of a context word
# ("packs", "bins") and multi-word contexts read as whole words ("for a fag" is no context
# of "for a faggot").
HOMONYMS = [
    ("I stepped outside for a quick fag before the meeting.", "en", "approve"),
    ("I bought two packs of fags at the airport.", "en", "approve"),
    ("We cycled along the old dyke by the fields.", "en", "approve"),
    ("My nan makes the best faggots in the county.", "en", "approve"),
    ("I saw a coon raiding the bins last night.", "en", "approve"),
    ("I think the tariffs will cripple our exports.", "en", "approve"),
    ("La tortillera de la esquina me regaló medio kilo.", "es", "approve"),
    ("Comí unos panchitos con la cerveza.", "es", "approve"),
    ("Me compré unos conguitos para el cine.", "es", "approve"),
    ("You're pretty smart for a faggot.", "en", "flag"),
    ("Give nothing to cripples, they never pay it back.", "en", "flag"),
    ("That dyke from the council can get lost.", "en", "flag"),
    ("Ese panchito no debería trabajar aquí.", "es", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), HOMONYMS)
def test_slur_homonyms(text, lang, expected):
    assert_category_action(text, expected, "hate", lang=lang)
