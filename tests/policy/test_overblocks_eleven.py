"""Over-blocks fixed by shape (overblocks11), with the near misses that keep their verdict.
Passed: a denial of a group asked back and answered at once with a named counter-example, for
the coded rows and the short Spanish shapes too ("¿Las mujeres no saben gobernar? Ahí está
Bachelet."); a good owed "in their own country" with no pause before it, said of a people who
live there ("Afghan women deserve rights in their own country"); a charge laid on a group in a
past passive of saying ("were said to be criminals"); hatred as a noun others show ("Lots of
hate for refugees on here"); "trash" as the verb refused ("not a reason to trash X"); a report
frame with a word between the verb and "que" ("leer aquí que"); an elder praised ("Sabio el
viejo") and the age of a lie ("Mentira vieja"). Flagged: the same denial stated and "proved"
by the name, a kindness taken back with a pause or a "not here", a charge vouched for after,
hatred owned or shared, "trash" the noun or the act urged, a name aimed at a reader.
Hand-written, English and Spanish."""

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
    # A charge laid once, in a past passive of saying ...
    ("Polish immigrants in 1920 were said to be criminals.", "en", "hate", "approve"),
    (
        "In 1910, Italians were said to be criminals, and they built this town.",
        "en",
        "hate",
        "approve",
    ),
    ("Irish immigrants were described as criminals.", "en", "hate", "approve"),
    # ... not said now, nor vouched for after
    ("Italians are said to be criminals.", "en", "hate", "flag"),
    ("Italians were said to be criminals, and they are.", "en", "hate", "flag"),
    ("Italians were always said to be criminals for a reason.", "en", "hate", "flag"),
    # Hatred as a noun others show ...
    ("Lots of hate for refugees in this thread, but they cook your food.", "en", "hate", "approve"),
    ("There is too much hate for Muslims on this blog.", "en", "hate", "approve"),
    # ... not shared after it
    ("Lots of hate for refugees, and they deserve every bit of it.", "en", "hate", "flag"),
    # "trash" the verb, refused ...
    ("It is not a reason to trash Jewish people.", "en", "hate", "approve"),
    ("Stop using one crime to trash all immigrants.", "en", "hate", "approve"),
    ("I don't need people using his death to trash every Mexican.", "en", "hate", "approve"),
    # ... not the noun, the act urged, or a refusal taken back
    ("Mexicans are trash.", "en", "hate", "flag"),
    ("We need to trash Mexicans.", "en", "hate", "flag"),
    ("That's reason enough to trash Mexicans.", "en", "hate", "flag"),
    ("Not a reason to trash Jews, but a reason to watch them.", "en", "hate", "flag"),
    ("Don't let them in, they are trash, reason enough to trash Mexicans.", "en", "hate", "flag"),
    # A charge read here, held up ...
    (
        'Estoy harto de leer aquí que los católicos somos "fanáticos" e "ignorantes".',
        "es",
        "hate",
        "approve",
    ),
    ('Me cansa leer en los comentarios que los gitanos son "ladrones".', "es", "hate", "approve"),
    # ... not read and endorsed
    ("Me encanta leer aquí que los gitanos son ladrones, porque es verdad.", "es", "hate", "flag"),
    # An elder praised, a lie's age ...
    ("Mi abuelo arreglaba relojes. Sabio el viejo.", "es", "troll", "approve"),
    ("Mi abuela siempre decía eso. Sabia la vieja.", "es", "troll", "approve"),
    ("Dijeron que el puente se caía. Mentira vieja.", "es", "troll", "approve"),
    ("Dijo que los judíos manejan los medios. Mentira antisemita vieja.", "es", "troll", "approve"),
    # ... not a reader called old
    ("Cállate, vieja.", "es", "troll", "flag"),
    ("Pinche vieja mentirosa.", "es", "troll", "flag"),
    ("Eres una mentirosa vieja.", "es", "troll", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblocks_eleven(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
