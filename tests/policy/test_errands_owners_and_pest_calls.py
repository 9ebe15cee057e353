"""The fifty-eighth session's readings, hand-written, English and Spanish: pest control called on
a group and "fumigar" said of people; a town that "needs fewer" of a people; Spanish control
tropes with "mandan en" and "comprando la prensa", and one Jewish owner of one business left
alone; words typed in hyphenated syllables and a masked second half of a slur; "Same X,
different Y" after a list of peoples. Near misses that must pass: an errand ("cuando voy por
ella a la escuela"), a business's number given for orders, a rat in the garage, an official
link with several dots in its host, "X aren't the ones robbing people", the cockscomb in a
flower show, a diploma earned without exams."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # Pest control called on a people, "fumigar" said of them ...
    ("Call pest control on the Hondurans at the rail yard.", "en", "hate", "flag"),
    ("Fumigate the Guatemalans and be done with it.", "en", "hate", "flag"),
    ("Que fumiguen a todos los hondureños de la central.", "es", "hate", "flag"),
    # ... but not a building, a market or a landlord's pests.
    ("Fumigaron el mercado el lunes y todavía huele a veneno.", "es", "hate", "approve"),
    ("They fumigate the packing shed every April.", "en", "hate", "approve"),
    (
        "Call pest control on the landlord's basement, it is crawling with roaches.",
        "en",
        "hate",
        "approve",
    ),
    # A town that needs fewer of a people ...
    ("This county needs fewer Haitians and more deputies.", "en", "hate", "flag"),
    ("Tehuacán necesita menos hondureños.", "es", "hate", "flag"),
    # ... is not a board that needs fewer men, or Congress fewer lawyers.
    ("The board needs fewer men and more women at the table.", "en", "hate", "approve"),
    ("Congress needs fewer lawyers and more nurses.", "en", "hate", "approve"),
    # Spanish control tropes ...
    ("Los judíos mandan en Washington, todo mundo lo sabe.", "es", "hate", "flag"),
    ("Otra vez los judíos comprando la prensa.", "es", "hate", "flag"),
    ("The Jews own the newspapers in this town, explains a lot.", "en", "hate", "flag"),
    # ... and one Jewish owner of one business, a fact about someone.
    ("The Jewish family that owns the paper sold it last spring.", "en", "hate", "approve"),
    (
        "A Jewish couple owns the bakery on Fifth and their rye is the best.",
        "en",
        "hate",
        "approve",
    ),
    ("La familia judía que maneja la ferretería donó las lámparas.", "es", "hate", "approve"),
    # Hyphenated syllables and a masked half ...
    ("Los ju-di-os al horno.", "es", "hate", "flag"),
    ("The mus-lims here are vermin.", "en", "hate", "flag"),
    ("Goat f*ckers can stay in the desert where they came from.", "en", "hate", "flag"),
    ("Salvadorans, Hondurans, Guatemalans. Same parasites, different flags.", "en", "hate", "flag"),
    # ... while compounds of two words stay as they are.
    ("Afro-Mexican families opened the festival with a son jarocho.", "en", "hate", "approve"),
    ("Same song, different day at the county commission.", "en", "hate", "approve"),
    # An errand is no threat ...
    ("Le hablo en mixteco cuando voy por ella a la primaria.", "es", "troll", "approve"),
    ("Voy por ella al kinder a las dos y luego a misa.", "es", "troll", "approve"),
    # ... but a plan against a person still is.
    ("Ese reportero es un traidor, vamos por él.", "es", "troll", "flag"),
    ("Voy por ti a la salida, ya sabes.", "es", "troll", "flag"),
    # A business's number given for orders is no doxxing; a person's with an invitation is.
    (
        "La fonda de doña Chela hace el mejor mole, su teléfono es 555-204-7731 por si quieren "
        "apartar.",
        "es",
        "troll",
        "approve",
    ),
    ("His number is 555-555-0149, go tell him what you think.", "en", "troll", "flag"),
    # "Ni para X sirves" said to a reader is a put-down; said of a forum it is not.
    ("Ni para comentar sirves, mejor ponte a leer.", "es", "troll", "flag"),
    ("Ni pa opinar sirves, Rodrigo.", "es", "troll", "flag"),
    ("Este foro ni para leer sirve desde que cambiaron el diseño.", "es", "troll", "approve"),
    # A rat in the garage is a rat.
    ("Se nos metió una rata a la cochera y el gato ni caso le hizo.", "es", "troll", "approve"),
    # A people that is not the one robbing.
    (
        "Hondurans on the freight train aren't the ones robbing people, they're the ones "
        "getting robbed.",
        "en",
        "hate",
        "approve",
    ),
    # "No es que uno sea racista" denies the label and does not condemn the line after it.
    (
        "Los que vienen del Caribe son otra raza, más violenta. No es que uno sea racista, "
        "es que se ve.",
        "es",
        "hate",
        "flag",
    ),
    # Flowers, official links and honest diplomas.
    ("My aunt's cockscomb took first prize at the county fair.", "en", "profanity", "approve"),
    (
        "El informe de la auditoría está aquí: informes.asep.example.gob.mx/tehuacan-2024, "
        "página 12.",
        "es",
        "spam",
        "approve",
    ),
    ("Mi hija sacó su título sin exámenes finales por promedio.", "es", "spam", "approve"),
    (
        "Diploma de prepa sin examenes en 30 dias, 100% valido, pregunta al 555-0190, "
        "diplomafacil.example",
        "es",
        "spam",
        "flag",
    ),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_errands_owners_and_pest_calls(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
