"""Harmless comments the rules used to hold, ninth round, with the near misses that must still
be caught: the Rioplatense "boludo" as a hail, an insult word discussed as a word, an insult
word inside a capitalised name, the writer's own people and pets, "cabrón" with thanks,
performers judged on their show, "llama X a" as a reported calling, a homonym's context
phrase of several words, "Hostia puta," as one interjection, a swear word quoted as an
example of how a place talks, the Colombian hail "Marica, qué ...", and "mamón" with laughter.
Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # "boludo" set off as a hail between friends ...
    ("Che boludo, ¿te enteraste de lo del subte? Otra vez aumentó.", "es", "troll", "approve"),
    ("Boludo, mirá el gol del domingo, no lo vas a creer.", "es", "troll", "approve"),
    ("Cuarenta minutos esperando el colectivo, boluda.", "es", "troll", "approve"),
    # ... but said of someone it is still an insult.
    ("Sos un boludo, no entendés nada de economía.", "es", "troll", "flag"),
    ("Qué boludo que sos, otra vez con lo mismo.", "es", "troll", "flag"),
    ("Boludo, estos pelotudos no saben ni leer.", "es", "troll", "flag"),
    # An insult word discussed as a word ...
    ("Progre es una etiqueta que se usa para no escuchar al otro.", "es", "troll", "approve"),
    ("Payaso no es argumento, explicá por qué el plan no sirve.", "es", "troll", "approve"),
    # ... but the same word said of the reader is still held.
    ("Payaso es lo que eres, y lo sabe todo el blog.", "es", "troll", "flag"),
    ("Eres un payaso y tu argumento no vale nada.", "es", "troll", "flag"),
    # An insult word inside a capitalised name (a place, a show) ...
    ("We drove through Chula Vista and the traffic was awful.", "en", "troll", "approve"),
    ("Anoche repitieron Los Pesados de Siempre, qué nostalgia.", "es", "troll", "approve"),
    # ... but a single capitalised insult is still read.
    ("Cállate ya, Payaso.", "es", "troll", "flag"),
    # The writer's own people and pets ...
    ("Mi vecino es bien payaso, pero nos regó las plantas.", "es", "troll", "approve"),
    ("Mi gata Nina es una cabrona, tiró el café encima del periódico.", "es", "troll", "approve"),
    ("La tonta de mi hermana se quedó dormida en el cine.", "es", "troll", "approve"),
    # ... but the reader, or a relative of the reader, is still insulted.
    ("Mi vecino es un payaso, igual que tú.", "es", "troll", "flag"),
    ("Tú eres la tonta de mi clase, todos lo saben.", "es", "troll", "flag"),
    # "cabrón" with thanks or praise is admiration ...
    ("Cabrón, qué bien explicado lo del tipo de cambio, gracias.", "es", "troll", "approve"),
    # ... but with scorn it is still an insult.
    ("Cabrón, qué mal explicado está todo esto.", "es", "troll", "flag"),
    ("Gracias por nada, cabrón.", "es", "troll", "flag"),
    # Performers judged on their show ...
    ("Ese presentador es un pesado, interrumpe a todos los invitados.", "es", "troll", "approve"),
    ("The host was a clown all night and the jokes fell flat.", "en", "troll", "approve"),
    # ... but a commenter is still not to be called one.
    ("Eres más pesado que el presentador, déjalo ya.", "es", "troll", "flag"),
    # "llama X a": a calling reported ...
    ("Me indigna la gente que llama parásitos a los jubilados.", "es", "troll", "approve"),
    # ... but the writer calling the reader one is still held.
    ("Tú eres un parásito, lo digo yo.", "es", "troll", "flag"),
    # A homonym's context phrase of several words ...
    ("Our pit bull had six puppies last night, what a good bitch.", "en", "troll", "approve"),
    # ... but no dog, no homonym.
    ("Shut up, you dumb bitch.", "en", "troll", "flag"),
    # "Hostia puta," as one interjection ...
    ("Hostia puta, qué calor en Sevilla en junio.", "es", "profanity", "approve"),
    # ... but more swearing on top is still excess.
    ("Hostia puta, joder, qué mierda de calor.", "es", "profanity", "flag"),
    # A swear word quoted as an example of how a place talks ...
    ('En Caracas decimos "qué verga" hasta para el tráfico.', "es", "profanity", "approve"),
    # ... but sent at someone it is still foul language aimed at a person.
    ("Vete a la verga, nadie te pidió opinión.", "es", "profanity", "flag"),
    # The Colombian hail opening an exclamation about something ...
    ("Marica, qué aguacero el de esta tarde en Medellín.", "es", "hate", "approve"),
    # ... but aimed at someone, or with another slur, it is still hate.
    ("Marica, lárgate de este blog.", "es", "hate", "flag"),
    ("Marica, qué maricón eres.", "es", "hate", "flag"),
    # "mamón" with laughter is banter ...
    ("Wey, tu meme está bien mamón jajaja, me lo robo.", "es", "profanity", "approve"),
    # ... but said flatly to the reader it is still aimed.
    ("Eres un mamón y nadie te soporta.", "es", "profanity", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_ninth(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
