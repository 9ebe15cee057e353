"""`troll.personal_attack` and the harmless shapes of an insult word: affection said outright
beside a jab between friends, a label the writer wears, the writer's own people named by an
epithet, a word told or discussed, a named figure judged, "¡qué feo!" of a state of affairs.
Near misses with a real insult at a commenter must still be held. Hand-written, English and
Spanish; the rules alone."""

import pytest

from tests.policy.expect import rule_action

RULE = "troll.personal_attack"

CASES = [
    # (text, lang, expected action of the rule; None when it does not fire)
    # Affection said outright makes the jab banter ...
    ("jaja qué tonta eres, Marisol, pero te queremos igual", "es", None),
    ("Eres bien menso, Chema, ya te extrañábamos por aquí", "es", None),
    ("Qué payaso eres, Nacho, pero eres mi mejor amigo", "es", None),
    ("Cabrón, me hiciste reír toda la tarde con lo del gallo.", "es", None),
    ("el Pollo es bien menso pero lo quiero un chingo jaja", "es", None),
    ("Dave, you glorious idiot, that was the best pun all year.", "en", None),
    ("Lena, you're a dork but you're my best friend.", "en", None),
    ("You made me laugh so hard, you absolute goof.", "en", None),
    # ... but not sarcasm, a threat of never missing them, or a jab with no affection.
    ("eres un pendejo, Lupe, no sabes nada", "es", "hold"),
    ("Lárgate, payaso, nadie te va a extrañar.", "es", "hold"),
    ("Eres un idiota y nadie te extraña.", "es", "hold"),
    ("you're an idiot, Mark", "en", "hold"),
    ("Mark, you're an idiot and nobody missed you.", "en", "hold"),
    # A label the writer wears, owned with pride or claimed as their own ...
    ("Fifí y orgullosa, y pago mis impuestos.", "es", None),
    ("nerd and proud, pass the dice", "en", None),
    ("El más menso del grupo soy yo, lo admito.", "es", None),
    ("Los tontos fuimos nosotros por creerles.", "es", None),
    ("Los bancos nos ven como pendejos.", "es", None),
    # ... not the label pinned on the reader, or denied of the writer.
    ("El pendejo aquí no soy yo, eres tú.", "es", "hold"),
    ("Eres un naco y orgulloso de serlo, qué pena.", "es", "hold"),
    ("Te ven como pendeja porque lo eres.", "es", "hold"),
    # The writer's own people named by an epithet, even after "ese".
    ("Ese menso de mi hermano ya arregló la cerca. Así se hace.", "es", None),
    ("Esa loca de mi tía ya llegó con los tamales.", "es", None),
    ("Eres el menso de mi salón, Beto.", "es", "hold"),
    # A word told or discussed, not said to anyone.
    ("Idiota is not a compliment, as I learned the hard way.", "en", None),
    ("Pocho es lo que nos decían en la escuela de Tijuana.", "es", None),
    ("Wetback is what they used to call my uncle in the fields.", "en", None),
    ("Idiota es lo que eres.", "es", "hold"),
    # A named figure judged, in Spanish as in English ...
    ("Villalobos es un mentiroso, otra vez prometió el hospital.", "es", None),
    ("Trump is a clown.", "en", None),
    # ... not a pointer, a commenter of the thread, or a shout.
    ("Este es un payaso.", "es", "hold"),
    ("Gerardo es el más menso del foro.", "es", "hold"),
    ("Ramiro es un idiota y tú también.", "es", "hold"),
    # "¡Qué feo!" of a thing or a state of affairs ...
    ("Uf, qué feo.", "es", None),
    ("Qué bonito el discurso. Qué feos los números del trimestre.", "es", None),
    # ... not of a person, or to a reader.
    ("Qué feo eres.", "es", "hold"),
    ("Qué fea la vieja esa.", "es", "hold"),
    ("@Chuy qué feo", "es", "hold"),
    # "Viejo" of a thing, its clause free of the reader an earlier clause spoke to ...
    ("No sé ustedes, pero yo extraño el cine viejo del centro.", "es", None),
    ("Ustedes no lo vieron, pero el puente viejo se cayó.", "es", None),
    # ... not of the reader.
    ("Ustedes no saben, pero tú eres el menso viejo de aquí.", "es", "hold"),
    # Praise after a mild insult, said of someone not in the thread.
    ("Mi vecino es un loco tan querido, siempre trae pan.", "es", None),
    ("Qué loco tan querido eres", "es", "hold"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_troll_attack_owned_and_warm(text: str, lang: str, expected: str | None) -> None:
    assert rule_action(text, lang, RULE) == expected, text
