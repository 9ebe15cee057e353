"""Doxxing and located menace (our own sentences, `rules/threat_veiled/dox.py`): an address
sought or published for others, the target located (house, car where it stands, children's
school), courage tested away from the screen, waiting outside, "be a shame if", the boss told.
Near misses must pass: care and weather warnings, invitations to meetings, a workplace known in
friendly talk, threats reported or condemned, sports, public offices used for civic action, a
relative's address told in passing. "flag" means hold or reject in the troll category."""

import pytest

from .expect import assert_category_action

DOX_EN = [
    ("Can somebody find out where this columnist lives? Asking for a few friends.", "reject"),
    ("Keep it up and I'm going to post your home address, @desert_fox.", "reject"),
    ("Heads up: she lives at 2710 Mesquite Bend Dr. Now you know where.", "reject"),
    ("Funny how brave you are typing from that yellow duplex.", "flag"),
    ("I know which apartment on Ridge Road is yours, @tumbleweed.", "flag"),
    ("I see you park your silver Tacoma at the gym on Fifth every morning.", "flag"),
    ("Your granddaughter's school looks lovely, by the way.", "flag"),
    ("Would be a shame if something happened to that bakery of yours, Rosa.", "flag"),
    ("Someone should tell Danny's boss at the depot what he writes here.", "flag"),
    ("I'll be waiting for you outside the union hall, Pete.", "flag"),
    ("Be safe out there, everyone, the roads are icy tonight.", "approve"),
    ("See you at the meeting Tuesday, Carla, bring the budget sheets.", "approve"),
    ("I know you work at the library, Ana. Thanks again for the book tip last week!", "approve"),
    ('He told her "I know where you live" and she called the police.', "approve"),
    (
        "Someone wrote that they know where the reporter lives. That is a threat and it was "
        "reported.",
        "approve",
    ),
    ("We'll crush you Saturday, Eagles, see how tough you are then on the field.", "approve"),
    ("Call her office at 555-0100 and tell her to vote no.", "approve"),
    ("Protest outside city hall on Friday at noon, bring signs.", "approve"),
    ("It would be a shame if the library lost its funding.", "approve"),
    ("My sister lives at 1420 Cottonwood Ct and she loves the neighborhood.", "approve"),
    ("I'll be waiting outside the stadium with the tickets.", "approve"),
]
DOX_ES = [
    ("Alguien que me pase el domicilio de la columnista, nomás para platicar.", "reject"),
    ("La directora vive en la calle Fresno 418, por si alguien quiere ir a explicarle.", "reject"),
    ("Ya te ubiqué, eres el de la taquería de la esquina. Cuídate.", "flag"),
    ("Sé que vives por la colonia Hidalgo, Rubén. Cuídate mucho.", "flag"),
    ("Tu camioneta roja siempre está estacionada afuera de la farmacia, ¿verdad? Cuídala.", "flag"),
    ("Sería una lástima que algo le pasara a tu negocio, Toño.", "flag"),
    ("A ver si tan valiente cuando te esperemos afuera de la fábrica.", "flag"),
    ("Sigue escribiendo y vas a ver quién te espera a la salida del trabajo.", "flag"),
    ("Cuídate mucho, mija, que está muy feo el clima.", "approve"),
    ("Nos vemos en la junta del martes, vecinos.", "approve"),
    ('Le escribieron "ya sé dónde vives" y ella fue a la fiscalía. Eso es una amenaza.', "approve"),
    ("El sábado los vamos a aplastar, Tigres, a ver si tan valientes en la cancha.", "approve"),
    ("Llamen a la oficina del senador y exijan que vote en contra.", "approve"),
    ("Mi abuela vive en la calle Fresno 418 desde hace cuarenta años.", "approve"),
    ("Ya sabemos dónde vives, tía: el domingo te caemos con los tamales.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), DOX_EN)
def test_dox_en(text, expected):
    assert_category_action(text, expected, "troll", "en")


@pytest.mark.parametrize(("text", "expected"), DOX_ES)
def test_dox_es(text, expected):
    assert_category_action(text, expected, "troll", "es")
