"""Over-blocks fixed by shape (overblocks11), with the near misses that keep their verdict.
Passed: a denial of a group asked back and answered at once with a named counter-example, for
the coded rows and the short Spanish shapes too ("¿Las mujeres no saben gobernar? Ahí está
Bachelet."); a good owed "in their own country" with no pause before it, said of a people who
live there ("Afghan women deserve rights in their own country"). Flagged: the same denial
stated and "proved" by the name, a positive charge pointed at a name, and a kindness taken back
with a pause or a "not here". Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A denial asked back and answered by a named counter-example ...
    ("¿Las mujeres no saben gobernar? Ahí está Bachelet.", "es", "hate", "approve"),
    ("¿Las mujeres no saben gobernar? Mira a Merkel.", "es", "hate", "approve"),
    ("¿Las mujeres no sirven para la política? Ahí está Sheinbaum.", "es", "hate", "approve"),
    ("¿Las mujeres no saben votar? Diselo a mi abuela Carmen.", "es", "hate", "approve"),
    ("Women can't lead? Look at Merkel.", "en", "hate", "approve"),
    # ... not the denial stated, "proved" by the name, or answered with no one named
    ("Las mujeres no saben gobernar. Ahí está Bachelet para probarlo.", "es", "hate", "flag"),
    ("Las mujeres no saben gobernar, ahí está Bachelet.", "es", "hate", "flag"),
    ("¿Las mujeres no saben gobernar? Ahí están ellas.", "es", "hate", "flag"),
    ("¿Las mujeres no saben gobernar? Ahí está, ya lo ves.", "es", "hate", "flag"),
    ("Las mujeres no sirven para la política, mira a Sheinbaum.", "es", "hate", "flag"),
    # A good owed where a people live ...
    ("Afghan women deserve rights in their own country.", "en", "hate", "approve"),
    ("Afghan girls deserve an education in their own country.", "en", "hate", "approve"),
    ("Iranian women deserve freedom in their own country!", "en", "hate", "approve"),
    ("Uyghur Muslims deserve dignity in their own homeland.", "en", "hate", "approve"),
    ("Disabled people deserve respect and a job.", "en", "hate", "approve"),
    ("Trans kids deserve to be safe at school.", "en", "hate", "approve"),
    ("Las mujeres afganas merecen derechos en su propio país.", "es", "hate", "approve"),
    ("Los migrantes merecen un trato digno.", "es", "hate", "approve"),
    # ... not a kindness taken back with a pause, a distance or a "not here"
    ("Afghan women deserve rights in their own country, not here.", "en", "hate", "flag"),
    ("Afghan women deserve rights in their own country, not in ours.", "en", "hate", "flag"),
    ("Afghan women deserve rights, in their own country.", "en", "hate", "flag"),
    ("Afghan women deserve rights... in their own country.", "en", "hate", "flag"),
    ("Afghan women deserve rights, in their own country, not here.", "en", "hate", "flag"),
    ("Disabled people deserve respect ... from a distance.", "en", "hate", "flag"),
    ("Los migrantes merecen respeto, en su país.", "es", "hate", "flag"),
    ("Los migrantes merecen derechos en su propio país, no aquí.", "es", "hate", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblocks_eleven(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
