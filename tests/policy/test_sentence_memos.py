"""Readings remembered per sentence or per comment (`Analysis.memo`), so that a long sentence
of hits is read once rather than once per hit: each must still read each sentence on its own.
Every row pairs a sentence that a reading lets pass with a second one that it must not (or the
same sentence twice), in both orders, and checks the whole verdict. Hand-written, English and
Spanish."""

import pytest

from moderation.policy import Submission, screen

CASES = [
    # (text, expected action)
    # friends' own word: one more slur or swear anywhere in the comment ends it
    ("El marica de mi amigo me invitó a cenar jaja, así nos decimos.", "approve"),
    (
        "El marica de mi amigo me invitó a cenar jaja, así nos decimos. Ese otro marica de "
        "mierda no vino.",
        "reject",
    ),
    ("Soy marica, mi amigo también. Así nos decimos en el barrio y ya.", "approve"),
    # the writer counted in, sentence by sentence
    ("Me considero marica desde siempre.", "approve"),
    ("Soy marica y orgulloso. Los maricas deberían desaparecer.", "reject"),
    ("Los maricas deberían desaparecer. Soy marica y orgulloso.", "reject"),
    ("Las vestidas marcharon con orgullo.", "approve"),
    ("Los jotos también jugamos futbol.", "approve"),
    ("Los jotos también jugamos futbol, los jotos de mierda.", "reject"),
    # a name reported, and the same name endorsed in the next sentence
    ("They called my uncle a faggot for years.", "approve"),
    ("They called my uncle a faggot, and I was there. He is a faggot, they were right.", "reject"),
    # a speaker named after the words, dismissed or not, and history told
    ("Los gitanos son ladrones, decía mi abuelo, qué tontería.", "approve"),
    ("Los gitanos son ladrones, decía mi abuelo. Qué tontería.", "approve"),
    ("Los judíos controlan los bancos, decían los nazis, y así empezó todo.", "approve"),
    (
        "Hay que colgarlos a todos, decían los nazis de los judíos, y así empezó todo. Los "
        "gitanos son ladrones, dice mi vecino.",
        "reject",
    ),
    # animals whose nature is said, an insult of one's own, an oath at the weather
    ("Infestar es lo que hacen las plagas, las cucarachas, las ratas.", "approve"),
    ("Infestar es lo que hacen las plagas, las cucarachas, las ratas como tú.", "hold"),
    ("Eso es lo que hacen las ratas. Eres una rata.", "hold"),
    ("Mi casero es bien payaso.", "approve"),
    ("Mi casero es bien payaso. Y tú también eres un payaso.", "hold"),
    ("Chairo y orgulloso.", "approve"),
    ("Chairo y orgulloso. Tú eres un chairo.", "hold"),
    ("Qué partido tan malo, cabrón.", "approve"),
    ("Qué partido tan malo, cabrón. Eres un idiota.", "hold"),
    ("Qué menso estuvo ese comercial.", "approve"),
    ("Qué menso estuvo ese comercial. Y tú qué menso eres.", "hold"),
    ("Hijueputa, qué frío hace hoy!", "approve"),
    ("Ese perro es un cerdo con la comida.", "approve"),
    ("Ese perro es un cerdo con la comida. Tú eres un cerdo.", "hold"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_each_sentence_read_on_its_own(text: str, expected: str) -> None:
    assert screen(Submission(text=text)).action.value == expected, text
