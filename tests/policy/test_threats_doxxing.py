"""Warnings aimed at a reader and a private person's whereabouts told (our own sentences,
`rules/threat_veiled/warned.py`): "careful, X" with a sign of being watched, "we know who you
are", "karma's got your address", a named person's workplace with its shift or street, a house
told by its gate, a child's school. Near misses must pass: hazard warnings, meetings said
warmly, a shop's or an office's public address, a reporter's beat, an event's directions, a
victim telling where it happened, a relative's job told in passing, a threat reported.
"flag" means hold or reject in the troll category."""

import pytest

from .expect import assert_category_action

WARNED = [
    ("Hold on, Marty. Karma knows where you live.", "en", "flag"),
    ("Careful, Dana. The sheriff's people read these comments, and so do I.", "en", "flag"),
    ("Watch yourself, commenter. Not a threat, just advice.", "en", "flag"),
    ("We'll be seeing you, Mr. Salcido.", "en", "flag"),
    ("We know who you are, @mesquite_mike.", "en", "flag"),
    ("Nice family you've got, Ray.", "en", "flag"),
    ("Cuidadito, Ramiro. Ya sabemos dónde trabajas.", "es", "flag"),
    ("Te estamos vigilando, licenciada.", "es", "flag"),
    ("Sabemos quién eres, Mariela, y lo que escribes.", "es", "flag"),
    ("Te vi hoy en la gasolinera, Claudia. Bonita camioneta.", "es", "flag"),
    ("Qué bonita familia tienes, Chuy.", "es", "flag"),
    ("That judge better get a bodyguard. People are paying attention.", "en", "flag"),
    ("El regidor que votó eso que se consiga un guardaespaldas.", "es", "flag"),
    ("Ten mucho cuidado, Toño, que leemos todo lo que publicas.", "es", "flag"),
    # near misses, counter-speech and harmless look-alikes
    ("Careful, the roads are icy tonight.", "en", "approve"),
    ("Careful, Dave, your numbers don't add up.", "en", "approve"),
    ("We'll be seeing you at the meeting on Tuesday, Carla!", "en", "approve"),
    ('He told me "we know who you are" and I reported it.', "en", "approve"),
    ("Ten cuidado, Ana, hay mucho hielo en la carretera.", "es", "approve"),
    ("Cuidado con los baches en la calle Nogal, están enormes.", "es", "approve"),
    ("Nos vemos en la junta del sábado, Claudia.", "es", "approve"),
    ("With respect, Ms. Ybarra, the story is more careful than its headline.", "en", "approve"),
    ("Ban him. He keeps posting the same 'we know who you are' junk.", "en", "approve"),
    ("Me mandaron mensajes de 'sabemos quién eres' y los denuncié.", "es", "approve"),
    ("Señora regidora, la comisión de aguas sigue sin recibirnos en persona.", "es", "approve"),
]

WHEREABOUTS = [
    ("Dale works the graveyard shift at the Chevron on Mesa Street.", "en", "reject"),
    ("Rudy Olmos works the late shift at Pronto Mart, Highway 90.", "en", "reject"),
    ("Marisol's house is the blue one with the dog, on Pecan Lane.", "en", "reject"),
    ("Found Chito: white trailer at 112 Calle Sur, by the canal.", "en", "reject"),
    ("Hey Nora, pretty house on Willow Court, saw your pictures.", "en", "reject"),
    ("La casa de Rigo es la que tiene la reja negra, en la colonia Hidalgo.", "es", "reject"),
    ("Ese es Julián Meza, trabaja en Llantera Obregón de la avenida Reforma.", "es", "reject"),
    ("Su hijo estudia en la secundaria 14, ¿verdad, Memo?", "es", "reject"),
    # public places, shops, beats, events, victims, relatives
    ("The mayor's office is on Main Street, second floor.", "en", "approve"),
    ("Rosa's Bakery is at 410 Calle Norte, best conchas in town, ask for Lupe.", "en", "approve"),
    ("Sam Ortiz covers the border beat for the Courier.", "en", "approve"),
    ("The rally starts at Plaza Juárez at 5, bring water.", "en", "approve"),
    ("I was attacked on Pecan Lane near my house, two blocks from the school.", "en", "approve"),
    ("My sister works the night shift at the hospital and says they need nurses.", "en", "approve"),
    (
        "My sister Ana works the night shift at the plant on Route 9 and says the line is brutal.",
        "en",
        "approve",
    ),
    (
        "Mi prima Lupita trabaja en el Hospital General, turno matutino, y dice que faltan"
        " intérpretes.",
        "es",
        "approve",
    ),
    ("We'll be seeing you at the council meeting, Mr. Díaz.", "en", "approve"),
    ("I have to be careful here, you guys, the deputies read this blog.", "en", "approve"),
    ("La oficina del alcalde está en la avenida Juárez.", "es", "approve"),
    (
        "Mi hermana trabaja en la farmacia de la avenida Juárez, tienen buenos precios.",
        "es",
        "approve",
    ),
    ("La marcha sale del monumento a las cinco, en la avenida Reforma.", "es", "approve"),
    ("Mis vecinos son los Kim; sus hijos van a la secundaria con los míos.", "es", "approve"),
    (
        "Tus hijos van a la primaria pública, ¿verdad? Entonces sabes que faltan maestros.",
        "es",
        "approve",
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), WARNED)
def test_warning_aimed_at_a_reader(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "troll", lang)


@pytest.mark.parametrize(("text", "lang", "expected"), WHEREABOUTS)
def test_whereabouts_told(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "troll", lang)
