"""Doxxing and intimidation with no threat said: a person's street, house, workplace or car
posted with an invitation or a shrug ("just saying", "ahí se los dejo"), a reader's boss told
of what they write here, a reader's vehicle described back to them. The harmless neighbours
must pass: a business's or an event's address, the writer's own family and neighbours,
directions, an office's address, "I know where you're coming from", a boss in passing.
Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, expected in the troll category)
    # A person located, and the readers sent there or left to it.
    (
        "Marisol works the night shift at the Walmart on Calle 5, in case anyone wants to say hi",
        "en",
        "reject",
    ),
    ("vive en la calle Hidalgo, casa azul, por si alguien quiere visitarla", "es", "reject"),
    (
        "Dennis drives the white Silverado with the dent, parks it behind the feed store every "
        "morning. Just saying.",
        "en",
        "reject",
    ),
    (
        "Don Ramiro trabaja en la ferretería de la avenida Juárez, para que sepan dónde "
        "encontrarlo.",
        "es",
        "reject",
    ),
    (
        "She works the register at the Dollar General on 4th. Go tell her what you think of "
        "her opinions.",
        "en",
        "reject",
    ),
    (
        "Her house is the blue one on Hidalgo street, corner lot. In case anyone is curious.",
        "en",
        "reject",
    ),
    (
        "Vive en la colonia Las Palmas, la casa con el portón negro. Ahí se los dejo.",
        "es",
        "reject",
    ),
    (
        "Everyone knows the Ramirez kid works at the car wash on Elm. Maybe someone should "
        "stop by.",
        "en",
        "reject",
    ),
    # The reader's boss or workplace told of what they write.
    ("tu jefe en la maquiladora va a leer esto", "es", "hold"),
    ("Your boss at the plant is going to read this.", "en", "hold"),
    ("Funny, your manager at Home Depot might like to see what you post here.", "en", "hold"),
    ("¿Qué diría tu jefe de la maquiladora si viera esto?", "es", "hold"),
    ("I wonder what your employer would think of these comments, Kyle.", "en", "hold"),
    ("Tu patrona seguro va a querer saber lo que escribes aquí.", "es", "hold"),
    # The reader's vehicle described back to them.
    ("I know which truck is yours, the gray F-150", "en", "hold"),
    ("Nice gray F-150 you drive, by the way.", "en", "hold"),
    ("That silver Tacoma you park behind the library is a nice ride.", "en", "hold"),
    ("Bonita camioneta la que estacionas frente al Oxxo.", "es", "hold"),
    ("La camioneta gris que estacionas frente a la escuela, ¿verdad?", "es", "hold"),
    # Near misses: events, businesses, own people, directions, offices, idioms.
    ("The food drive is at the church on Calle 5, in case anyone wants to help.", "en", "approve"),
    ("My cousin works at the Walmart on Calle 5 and says they're hiring.", "en", "approve"),
    ("Mi primo trabaja en el Walmart de la calle 5.", "es", "approve"),
    (
        "Take Hidalgo street to the light and turn left, the clinic is the blue house.",
        "en",
        "approve",
    ),
    ("Para llegar, toma la calle Hidalgo, es la casa azul de la esquina.", "es", "approve"),
    (
        "The candidate's office is at 200 Main St if anyone wants to drop by with questions.",
        "en",
        "approve",
    ),
    (
        "La oficina de la diputada está en la calle Juárez, por si alguien quiere ir a dejarle "
        "su queja.",
        "es",
        "approve",
    ),
    ("I know where you're coming from, I felt the same way.", "en", "approve"),
    ("Sé de dónde vienes, yo pensaba igual.", "es", "approve"),
    ("I know which truck you mean, the gray F-150 that was parked at the fair.", "en", "approve"),
    ("Mi jefe en la maquiladora dice que van a cerrar la planta.", "es", "approve"),
    ("My boss is going to read this and laugh.", "en", "approve"),
    ("Your boss should give you a raise for putting up with that.", "en", "approve"),
    ("What would your boss say if you asked for a raise?", "en", "approve"),
    ("¿Qué diría tu jefe si le pides aumento?", "es", "approve"),
    ("Tu jefe va a ver que tienes razón cuando salgan los números.", "es", "approve"),
    ("Show this article to your boss, she'll love it.", "en", "approve"),
    (
        "The taco truck on Calle 5 opens at 6, stop by and say hi to Marisol, best salsa in town.",
        "en",
        "approve",
    ),
    (
        "El puesto de tamales está en la calle Hidalgo, pasen a saludar a doña Marisol.",
        "es",
        "approve",
    ),
    ("The car you drive was built by union workers, remember that.", "en", "approve"),
    pytest.param(
        "El carro que estacionas frente a tu casa se lo llevan si tiene placas vencidas.",
        "es",
        "approve",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the blog model holds it as troll at p(flag) 0.59; the rules approve",
        ),
    ),
    ("Nice truck you drive, what year is it? Mine is a 2014.", "en", "approve"),
    ("Mi camioneta también es una F-150 gris.", "es", "approve"),
    (
        "La panadería de la calle Morelos abre a las 6, por si a alguien le interesa.",
        "es",
        "approve",
    ),
    (
        "Mr. Ortiz works at the hardware store on Main, just saying he always helps with repairs.",
        "en",
        "approve",
    ),
    ("Mi vecina vive en la calle Hidalgo y dice que se inundó, ahí se los dejo.", "es", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_troll_dox_hints(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "troll", lang)
