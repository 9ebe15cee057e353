"""A reader's workplace or home pinned to a street and asked back with a tag, with no sign-off
("Works at the Ace on Fourth, right?", "trabajas en la ferretería de la avenida Juárez,
¿verdad?"): located menace, rejected. Its harmless neighbours must pass: a shop recommended,
directions, where the council meets, the writer's own workplace, a town asked back ("you live
in El Paso, right?"), and a regular's question after the tag. Rules alone; hand-written."""

import pytest

from tests.policy.expect import assert_rules_pass_all, rule_action

PINNED = [
    ("Nice truck. Works at the Ace on Fourth, right?", "en"),
    ("You work at the Walmart on Mesa, don't you?", "en"),
    ("Your wife works at the clinic on Oregon St, right?", "en"),
    ("You teach at the school on Yandell, right?", "en"),
    ("Funny guy. You still park at the lot behind the church, correct?", "en"),
    ("Trabajas en la ferretería de la avenida Juárez, ¿verdad?", "es"),
    ("Tu esposa trabaja en la farmacia de la calle 5, ¿no?", "es"),
    (
        "Cuidado con lo que escribes. Tu mamá todavía vive en la misma casa de la Aztecas, "
        "¿verdad? Nomás preguntaba.",
        "es",
    ),
]

PASSES = [
    ("The Ace on Fourth has the best prices on paint, go there.", "en"),
    ("I work at the Ace on Fourth and we ran out of sandbags.", "en"),
    ("The council meets at the library on Fourth, 6pm Tuesday.", "en"),
    ("Turn left at the Ace on Fourth, the polling place is next door.", "en"),
    ("You live in El Paso, right? Then you know the bridge wait.", "en"),
    ("You work at the hospital on Mesa, right? How bad is the ER wait?", "en"),
    ("My wife works at the clinic on Oregon St and they are hiring.", "en"),
    ("Nice truck. Is that the new F-150?", "en"),
    ("Trabajo en la tienda de la calle 5, vengan a votar.", "es"),
    ("El cabildo se reúne en la biblioteca de la calle 5.", "es"),
    ("Vives en la Ciudad de México, ¿verdad? Allá el agua está peor.", "es"),
    ("Trabajas en la clínica de la avenida Juárez, ¿verdad? ¿A qué hora abren?", "es"),
    ("Tu mamá todavía vive en la misma casa, ¿verdad? Salúdamela mucho.", "es"),
    ("Vives en la misma colonia que yo, ¿no? Entonces sabes que no hay agua.", "es"),
    ("Yo trabajo en la ferretería de la calle 5, pasen por sacos de arena.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PINNED)
def test_pinned_place_asked_back_rejects(text: str, lang: str) -> None:
    assert rule_action(text, lang, "troll.veiled_threat_person") == "reject"


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_place_told_harmlessly_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)
