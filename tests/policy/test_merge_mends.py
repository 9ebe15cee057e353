"""Rows the thirty-ninth session's merges got wrong, and their neighbours: a claim echoed as a
question and called false, a few criminals who are of a group, an adjective of a noun that is
not the group, sympathy after "what can you expect", disgust at a slur quoted, a reaction to
the talk about a group, and "vestidas" as dressed."""

import pytest

from tests.policy.expect import assert_category_action

ROWS = [
    # a claim echoed and called false is answered against it
    ("Immigrants don't build anything? False, they built this country.", "en", "approve"),
    ("Mexicans never contributed anything? Wrong. Look at who built this town.", "en", "approve"),
    ("Immigrants are criminals? False. They commit fewer crimes than natives.", "en", "approve"),
    ("¿Los migrantes son flojos? Falso, trabajan más que nadie.", "es", "approve"),
    ("¿Los indígenas no aportan nada? Mentira. Ellos levantaron este país.", "es", "approve"),
    ("Mexicans are lazy? Wrong, they are worse than lazy, they are parasites.", "en", "flag"),
    ("Muslims are terrorists? Wrong! They are worse.", "en", "flag"),
    # a few of the criminals, not the group
    ("Some criminals are Venezuelan.", "en", "approve"),
    ("Some criminals are Haitian, some are white, most are neither.", "en", "approve"),
    ("Algunos delincuentes son hondureños.", "es", "approve"),
    ("Most criminals are Mexican.", "en", "flag"),
    ("Criminals are Mexican.", "en", "flag"),
    ("Los delincuentes son hondureños.", "es", "flag"),
    # an adjective of another noun; sympathy after "qué se puede esperar"
    ("El sistema de salud mexicano es una desgracia.", "es", "approve"),
    ("¿Qué se puede esperar de los migrantes si no les dan trabajo?", "es", "approve"),
    ("¿Qué se puede esperar de los haitianos si los tratan como animales?", "es", "approve"),
    ("Los indios son el atraso de México.", "es", "flag"),
    ("El indio es un atraso.", "es", "flag"),
    ("¿Qué se puede esperar de los indios?", "es", "flag"),
    # "mejorar la raza", read once, with its dismissals
    ("¿Mejorar la raza? Mis narices, así somos hermosos.", "es", "approve"),
    ("Decir mejorar la raza es puro racismo.", "es", "approve"),
    ("Ella se casó con un gringo, así mejora la raza.", "es", "flag"),
    ("Mejoremos la raza, cásense con extranjeros.", "es", "flag"),
    # disgust at the words quoted, not at the people
    ('Alguien llamó "ratas" a los migrantes, qué asco.', "es", "approve"),
    ("Los haitianos, qué asco.", "es", "flag"),
    # the reaction is to the talk about a group, not to the group
    ("All this talk about the Sikh drivers makes me sick.", "en", "approve"),
    ("Reading all this talk about the Mexicans makes me sick.", "en", "approve"),
    ("Los chistes sobre los indígenas me dan asco.", "es", "approve"),
    ("The Mexicans make me sick.", "en", "flag"),
    ("Los indígenas me dan asco.", "es", "flag"),
    # "vestidas" as dressed only before a fashion
    ("Las quinceañeras iban vestidas a la moda.", "es", "approve"),
    ("Las vestidas al circo, no a la biblioteca de los niños.", "es", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_merge_mends(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "hate", lang)
