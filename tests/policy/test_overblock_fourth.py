"""Harmless comments the troll rules used to hold, fourth round, with the near misses that
must still be caught: "feo" as the adverb "badly" or said of words, an insult of an
office-holder (named right after it, or the dropped Spanish subject), and a jeer the writer
aims at themself. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # "Feo" after a verb that does not link it to a subject says how something was done.
    ("Te equivocas feo con esas cifras del censo.", "es", "troll", "approve"),
    ("Perdón por contestarte feo ayer, andaba de malas.", "es", "troll", "approve"),
    ("No hace falta hablar feo de los vecinos para discutir.", "es", "troll", "approve"),
    ("Ya sé que te escribí cosas feas, lo siento.", "es", "troll", "approve"),
    # ... but "feo" linked to the reader is still an insult.
    ("Eres feo y además tonto.", "es", "troll", "flag"),
    ("Qué feo eres, de verdad.", "es", "troll", "flag"),
    ("Te ves bien feo en tu foto.", "es", "troll", "flag"),
    # An insult of an office-holder: named right after it, or the dropped subject of a
    # sentence that follows one naming the office.
    ("Qué hipócrita el senador que pide austeridad y viaja en jet.", "es", "troll", "approve"),
    ("La alcaldesa prometió drenaje hace seis años. Es una inútil.", "es", "troll", "approve"),
    ("El juez soltó al acusado sin fianza. Es un payaso.", "es", "troll", "approve"),
    # ... but with the reader addressed, or a commenter named, it is still an attack.
    ("Qué hipócrita eres, defendiendo al senador.", "es", "troll", "flag"),
    ("Qué hipócrita el que comentó arriba.", "es", "troll", "flag"),
    ("Tú defiendes a la alcaldesa. Eres una inútil.", "es", "troll", "flag"),
    ("@Memo_88 la alcaldesa no tiene la culpa. Es un inútil.", "es", "troll", "flag"),
    ("The mayor was wrong about the water. You are an idiot.", "en", "troll", "flag"),
    # A jeer the writer says of themself is self-mockery.
    ("One more thought and then I'll shut up: the budget is late.", "en", "troll", "approve"),
    ("I misread the chart. Reading comprehension fail on my part.", "en", "troll", "approve"),
    # ... but the same words said to the reader are still flame bait.
    ("Just shut up already.", "en", "troll", "flag"),
    ("You misread the chart. Reading comprehension fail on your part.", "en", "troll", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_fourth(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
