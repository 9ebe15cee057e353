"""Harmless comments the rules used to hold, thirteenth round, with the near misses that must
still be caught. Libel: a verb of killing or stealing whose object is a performance, a bill, a
plant or a recruit is no crime ("the author killed it"); the writer doing it is no accusation;
a place ("in Casa Grande") or a public body ("Cuervo Springs PD", "the sheriff's office") is
no person; an offence a case was classified under, or counted in a statistic, is said of no
one; a plot retold is fiction. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # Killing or stealing a performance, a bill, a plant or a recruit is no crime ...
    ("The columnist killed it with this one, best piece all year.", "en", "libel", "approve"),
    ("Councilwoman Reyes killed the parking bill in committee.", "en", "libel", "approve"),
    ("Ms. Haddad killed it at the talent night, the whole gym stood up.", "en", "libel", "approve"),
    ("Don Beto, you've killed four lemon trees this year. Try cactus.", "en", "libel", "approve"),
    ("Mrs. Olsen stole the show at the spelling bee.", "en", "libel", "approve"),
    ("Valley High stole two of our best coaches last spring.", "en", "libel", "approve"),
    ("La maestra Ibarra se robó el show en la kermés.", "es", "libel", "approve"),
    ("El profe Salas se robó las miradas con ese baile.", "es", "libel", "approve"),
    ("Doña Chela, le voy a robar la receta de sus tamales.", "es", "libel", "approve"),
    # ... but killing or stealing from people, or their money or goods, is still a claim.
    ("Councilwoman Reyes killed a cyclist and drove away.", "en", "libel", "flag"),
    ("Mrs. Olsen stole the bake sale money.", "en", "libel", "flag"),
    ("Coach Barnes stole two of the school's trucks.", "en", "libel", "flag"),
    ("La maestra Ibarra se robó el dinero de la cooperativa.", "es", "libel", "flag"),
    ("El profe Salas se robó tres computadoras de la escuela.", "es", "libel", "flag"),
    # A place or a public body is no person ...
    (
        "Mesa Verde PD shot a teenager in March and nobody was disciplined.",
        "en",
        "libel",
        "approve",
    ),
    (
        "The sheriff's office beat a man in custody and the county paid him off.",
        "en",
        "libel",
        "approve",
    ),
    ("La oficina del alcalde se quedó con el dinero de las despensas.", "es", "libel", "approve"),
    (
        "The attack on the cook in Palo Alto Flats was filed as a robbery. Why?",
        "en",
        "libel",
        "approve",
    ),
    (
        "El ataque al cocinero en Villa Juárez se clasificó como robo. ¿Por qué?",
        "es",
        "libel",
        "approve",
    ),
    # ... but the officer or the officeholder named is still accused.
    ("Officer Dale Pruett shot an unarmed teenager in March.", "en", "libel", "flag"),
    ("The sheriff beat a man in custody and the county paid him off.", "en", "libel", "flag"),
    (
        "Sheriff Molina's deputies beat a man and Molina ordered the cover-up.",
        "en",
        "libel",
        "flag",
    ),
    ("El alcalde Treviño se quedó con el dinero de las despensas.", "es", "libel", "flag"),
    # A count of offences is a statistic ...
    ("County figures: 22 aggravated assaults last year, down from 31.", "en", "libel", "approve"),
    (
        "Datos del municipio: 40 robos en la colonia este año, dijo el alcalde Gil.",
        "es",
        "libel",
        "approve",
    ),
    # ... but a person said to have done them is not.
    ("Judge Farrow committed 3 assaults before he was appointed.", "en", "libel", "flag"),
    # A plot retold is fiction.
    (
        "En la novela de anoche, Don Aurelio mandó matar a su socio. ¡Qué capítulo!",
        "es",
        "libel",
        "approve",
    ),
    ("Spoilers: in the last episode Captain Rourke killed his brother.", "en", "libel", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_thirteenth(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
