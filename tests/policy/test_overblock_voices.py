"""Harmless comments the rules held or rejected in the voices of the newer writers, with the
near misses that must still be caught. Trolling: laughter beside a sign of friendship (a debt
or a date the two share, a hug, "compa", "jk") makes a mild jab banter between regulars, while
laughter alone or a strong insult still holds; a concept named ("eso se llama encuadre y se
estudia en primer año") unmasks no one.
Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # Laughter and a sign of friendship: banter between regulars ...
    (
        "jajaja @Nico sos un boludo, te dije que no llovía. Me debés una birra 😂",
        "es",
        "troll",
        "approve",
    ),
    (
        "@Nico jajaja dejá de llorar, boludo, el sábado lo vemos en lo de tu primo.",
        "es",
        "troll",
        "approve",
    ),
    (
        "jaja no te hagas el menso, compa, el domingo nos vemos en la carne asada",
        "es",
        "troll",
        "approve",
    ),
    ("lol @Dave you absolute clown, you owe me a beer for that bet", "en", "troll", "approve"),
    ("ok boomer 😂 jk, my uncle says the exact same thing every Sunday", "en", "troll", "approve"),
    ("lmao Rick you goof, see you at the game on Friday", "en", "troll", "approve"),
    # ... but laughter alone mocks, and a strong insult or a threat is no tease.
    ("jajaja sos un boludo, no entendés nada de economía", "es", "troll", "flag"),
    ("jaja eres un menso, nadie te toma en serio", "es", "troll", "flag"),
    ("jaja eres un hijo de puta, me debes un asado", "es", "profanity", "flag"),
    ("jajaja te voy a matar, compa, ya sé dónde vives", "es", "troll", "flag"),
    ("lol you're an idiot, nobody cares what you think", "en", "troll", "flag"),
    ("ok boomer 😂", "en", "troll", "flag"),
    ("lmao cry more, loser", "en", "troll", "flag"),
    # A concept named is no one unmasked ...
    ("En periodismo eso se llama encuadre y se estudia en primer año.", "es", "troll", "approve"),
    ("Esto se llama economía informal y se vive en todos los mercados.", "es", "troll", "approve"),
    (
        "In the trade this is actually named framing and it works on tired readers.",
        "en",
        "troll",
        "approve",
    ),
    # ... but a person named with where they work or teach still is.
    ("Ese tipo se llama Julio Pérez y trabaja en la ferretería de la 16.", "es", "troll", "reject"),
    ("Su nombre real es Marta Ruiz y da clases en la secundaria 5.", "es", "troll", "reject"),
    (
        "That troll is actually named Dale Smith and he works at the tire shop on Fifth.",
        "en",
        "troll",
        "reject",
    ),
    ("Her real name is Dana Cole and she teaches at Lincoln Middle.", "en", "troll", "reject"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_voices(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
