"""`libel.unattributed_claim` is about an identifiable person. A group right before the act
("Sure, Jan, migrants are stealing ..."), road traffic ("our walk-in traffic"), the writer's
own origin ("As a Gazan ..."), a place ("son de Honduras y les robaron", "Chiapas se llenó"),
a party or a Patrol, and an accusation told as others' ("people accuse the author of ...")
name no one. The twins that name a person stay held. The passes are the rules' call (the blog
model may still hold a short one for a person to read). All examples are our own."""

import pytest

from .expect import assert_category_action, assert_rules_approve

HELD = [
    ("Mayor Ruiz took bribes from the contractor.", "en"),
    ("Sure, Jan, Mayor Ruiz is stealing from the city.", "en"),
    ("Sheriff Dunn and the immigrants stole the cash.", "en"),
    ("Judge Ortiz steals from the county.", "en"),
    ("Mayor Ruiz helped traffic guns across the border.", "en"),
    ("Councilman Reyes is known to traffic in stolen cars.", "en"),
    ("I accuse the mayor of taking bribes from the contractor.", "en"),
    ("I'm accusing Sheriff Dunn of stealing the seized cash.", "en"),
    ("El alcalde Ruiz se robó el dinero del drenaje.", "es"),
    ("Esa alcaldesa Pons se robó el dinero.", "es"),
    ("Ese Ramiro de la tienda es el mismo que estafó a media colonia con boletos falsos.", "es"),
    ("La diputada Lorena Garza recibe dinero del gobierno israelí por debajo de la mesa.", "es"),
]

PASSES = [
    ("Sure, Jan, migrants are stealing all the jobs nobody wants.", "en"),
    ("The closure has cut our walk-in traffic by half since the mayor signed it.", "en"),
    ("There are fair concerns about parking, traffic and the operator's record.", "en"),
    ("As a Gazan who got out through Rafah: Hamas stole aid, and I hate them for it.", "en"),
    ("My neighbors are Border Patrol agents, teachers and a retired smuggler.", "en"),
    (
        "I've seen a few people in here accuse the author of being paid off by one side or "
        "the other.",
        "en",
    ),
    ("Muchos de los chavos del crucero son de Honduras y les robaron todo en el camino.", "es"),
    ("PRI, PAN, Morena: todos han comprado votos en este estado en algún momento.", "es"),
    ("El resultado es que Chiapas se llenó de gente atorada sin trabajo ni papeles.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_held(text, lang):
    assert_category_action(text, "hold", "libel", lang)


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_passes(text, lang):
    assert_rules_approve(text, lang, "libel.unattributed_claim")
