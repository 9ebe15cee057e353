"""Trolling shapes the rules missed in the newest thread replies, with the harmless neighbours
that must still pass: a person's contact details posted with a call to go at them, calls to
shoot or hang a named person, a fate foretold for the reader, dares to meet in person, a
reader's family and routine watched, and condescension about a reader's family, grammar or
past. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action, held_elsewhere

CASES = [
    # (text, lang, expected in the troll category)
    # Contact details with a call to harass.
    ("The blogger is Dana Pruitt, 3120 Alder Rd. Go pay her a visit.", "en", "reject"),
    (
        "Her cell is 555-0172 if anyone wants to tell her what they think. You know what to do.",
        "en",
        "reject",
    ),
    ("For anyone who wants to 'talk' to the treasurer: Bob Lane, 61 Ash Court.", "en", "reject"),
    ("El que denunció vive en avenida Reforma 512. Ya saben qué hacer.", "es", "reject"),
    ("Teléfono del regidor: 555-0177. Pasen a saludarlo.", "es", "reject"),
    pytest.param(
        "The clinic is at 3120 Alder Rd, call 555-0172 for an appointment.",
        "en",
        "approve",
        marks=held_elsewhere("spam.phone holds the clinic's number (the rules)"),
    ),
    ("Para quien quiera donar, el albergue está en calle Morelos 45.", "es", "approve"),
    ("La tienda de Don Toño abrió en avenida Reforma 512, pasen a conocerla.", "es", "approve"),
    # Calls to shoot, hang or beat a person.
    ("Somebody should put a bullet in that commissioner.", "en", "reject"),
    ("That columnist should be strung up for what he wrote.", "en", "reject"),
    ("Al síndico hay que darle un balazo y se acaba el problema.", "es", "reject"),
    ("Que alguien le meta un tiro a ese diputado.", "es", "reject"),
    ("Someone should take out the trash before the meeting.", "en", "approve"),
    ("The portraits should be hung from the north wall.", "en", "approve"),
    ("The lights should be strung up along the porch.", "en", "approve"),
    ("That painting should be hanged in the lobby.", "en", "approve"),
    ("Esa reforma hay que matarla en comisiones.", "es", "approve"),
    # A fate foretold.
    ("The reporter who wrote this had better watch his back.", "en", "reject"),
    ("That councilman won't finish his term alive.", "en", "reject"),
    ("People like you don't last long around here.", "en", "reject"),
    ("Ese columnista ya tiene los días contados.", "es", "reject"),
    # held, not rejected: warm between friends, a warning in the mouth of a stranger
    ("Cuídate mucho, reportera.", "es", "hold"),
    ("The mayor won't finish his term if the recall passes.", "en", "approve"),
    ("Watch your step on the ice by the library.", "en", "approve"),
    ("Cuídate mucho, amiga, y saludos a tu familia.", "es", "approve"),
    ("Los días contados del verano se van rápido.", "es", "approve"),
    # Dares to meet in person.
    ("You'd be much quieter if we met face to face.", "en", "reject"),
    ("A ver si eres tan valiente cuando te encuentre.", "es", "reject"),
    ("Si te viera en persona no dirías nada de eso.", "es", "reject"),
    ("I'd love to meet you in person at the next town hall.", "en", "approve"),
    ("En persona es más fácil ponerse de acuerdo.", "es", "approve"),
    # A reader's family and routine watched.
    ("Your daughter still goes to Roosevelt Elementary, right? Just asking.", "en", "reject"),
    ("Tu esposa trabaja en la farmacia del centro, ¿verdad? Uno nunca sabe.", "es", "reject"),
    ("My daughter goes to Roosevelt Elementary and loves it.", "en", "approve"),
    (
        "Tus hijos van a la primaria pública, ¿verdad? Entonces sabes que faltan maestros.",
        "es",
        "approve",
    ),
    (
        "¿Tu esposa trabaja en la farmacia del centro? Dile que gracias por la ayuda.",
        "es",
        "approve",
    ),
    # Condescension about a reader's family, grammar or past.
    ("Your parents must be so embarrassed.", "en", "flag"),
    ("Tus papás han de estar muy avergonzados.", "es", "flag"),
    ("Whatever helps you sleep at night, buddy.", "en", "flag"),
    ("Lo que te ayude a dormir, compa.", "es", "flag"),
    ("Cute essay. Now try it with paragraphs.", "en", "flag"),
    pytest.param(
        "Your mom must be so proud of you, congratulations on the degree!",
        "en",
        "approve",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the blog model's short reading (from the seventeenth "
            "session) holds it as troll at p(flag) 0.95 (short cut 0.95); the rules approve",
        ),
    ),
    ("Mi mamá todavía me hace de comer los domingos.", "es", "approve"),
    ("I peaked in high school, honestly, and I'm fine with it.", "en", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_troll_threat_shapes(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "troll", lang)
