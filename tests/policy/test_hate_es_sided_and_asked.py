"""Three Spanish readings of who owns a line: someone's words the writer then sides with ("mi
suegra dice que ..., y tiene toda la razón") are the writer's own; "¿quién crees que financia
...?" and "la escribieron los X" are the writer's insinuation, not a report; and "no digo que
todos los X sean buenos, pero <praise>" is a concession that passes, while a vice after the
"pero" stays held. Hits, near misses and harmless neighbours in both languages; all examples
are our own."""

import pytest

from .expect import assert_category_action

HITS = [
    # a report, then the writer's agreement
    (
        "Mi suegra dice que los hondureños del albergue se la pasan robando, es cultural, y "
        "tiene toda la razón."
    ),
    (
        "Mi suegra dice que los hondureños del albergue se la pasan robando, es cultural. Y "
        "tiene toda la razón."
    ),
    (
        "Mi tía dice que desde que llegaron los haitianos la colonia se llenó de delincuentes, "
        "y no se equivoca."
    ),
    (
        "Mi tío dice que el pueblo era tranquilo hasta que se llenó de sureños. Y la verdad "
        "tiene razón."
    ),
    # asked as an insinuation, or the group as the writer of a thing
    "¿Quién crees que financia las caravanas? Los judíos, como siempre.",
    "¿Quién crees que controla los bancos? Los de la kipa, obvio.",
    "La reforma la escribieron los judíos, como siempre.",
    # "no digo que todos ..., pero" then a vice or a denial
    "No digo que todos los haitianos sean malos, pero la mayoría roba.",
    "No digo que todos los haitianos sean buenos, pero la mayoría roba.",
    "No digo que todos los haitianos sean buenos, pero la mayoría no sirve para nada.",
]

PASSES = [
    # a report the writer turns down, leaves behind, or answers
    (
        "Mi suegra dice que los hondureños del albergue se la pasan robando, es cultural, y se "
        "equivoca."
    ),
    (
        "Mi suegra dice que los hondureños del albergue se la pasan robando, es cultural, pero "
        "no tiene razón."
    ),
    (
        "Mi suegra dice que los hondureños del albergue se la pasan robando, es cultural, pero "
        "los tiempos cambian."
    ),
    (
        "Mi tía dice que desde que llegaron los haitianos la colonia se llenó de delincuentes, "
        "y se equivoca: los robos bajaron."
    ),
    "Nadie dice que el pueblo era tranquilo hasta que se llenó de sureños, y tiene razón.",
    (
        "Mi tío dice que los hondureños roban porque es cultural; mi prima le contestó que eso "
        "es racismo y tiene razón."
    ),
    # agreement with a harmless report
    (
        "Mi abuela decía que los oaxaqueños son muy trabajadores, es cultural, y tenía toda la "
        "razón."
    ),
    (
        "Mi tía dice que desde que llegaron los haitianos abrieron tres panaderías, y tiene toda "
        "la razón."
    ),
    # questions with no group, a group that writes something kind, a report refuted
    "¿Quién crees que gane la elección?",
    "¿Quién financia la campaña del alcalde? Pregunto en serio.",
    "¿Quién crees que financia la campaña del alcalde? Los empresarios de siempre.",
    "La carta de paz la escribieron los judíos y los musulmanes de la colonia juntos.",
    "Mi tío dice que la reforma la escribieron los judíos, y eso es un bulo antisemita.",
    # the concession that ends in praise or a neutral word
    "No digo que todos los haitianos sean buenos, pero la mayoría trabaja duro.",
    "No digo que todos los venezolanos sean santos, pero la mayoría es gente honrada.",
]

# English neighbours: the Spanish readings never touch them.
ENGLISH_PASSES = [
    "My mother-in-law says the refugees at the shelter are lazy, and she is wrong.",
    "Who do you think will win the election?",
    "Who funds the mayor's campaign? Honest question.",
    "I'm not saying every politician is honest, but most of them work hard.",
]


@pytest.mark.parametrize("text", HITS)
def test_flagged(text):
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_category_action(text, "approve", "hate", "es")


@pytest.mark.parametrize("text", ENGLISH_PASSES)
def test_english_passes(text):
    assert_category_action(text, "approve", "hate", "en")
