"""Put-downs of 15 words or more that the insult rules missed: a jab tacked on to a reasoned
paragraph, mockery of a reader's life or mind, veiled threats in a thread, Spain's insults
aimed at the reader. Near misses stay approved: blunt disagreement with the argument, friendly
teasing, criticism of an office-holder's public conduct, self-deprecation. Hand-written."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    (
        "Fair point about the bus routes, and I agree on the fares. But to the guy who replied, "
        "unlike you, I have a job and a brain.",
        "en",
        "troll",
        "hold",
    ),
    (
        "The zoning change makes sense to me after reading the report. As for the commenter "
        "below: crawl back under whatever rock you came from.",
        "en",
        "troll",
        "hold",
    ),
    (
        "I read the whole budget and the library cuts are real. To the person who keeps posting "
        "memes: you're proof that evolution can run backwards.",
        "en",
        "troll",
        "hold",
    ),
    (
        "Good article on the flood maps. And to Dave in the comments, you are a sad, lonely "
        "little man and everyone scrolls past you.",
        "en",
        "troll",
        "hold",
    ),
    (
        "The water board story was solid reporting for once. The author has been wrong for "
        "years, so the author should honestly quit writing.",
        "en",
        "troll",
        "hold",
    ),
    (
        "Al comentarista de arriba que dice que no hace falta el puente: se nota que nunca has "
        "trabajado en tu vida, niño de papi.",
        "es",
        "troll",
        "hold",
    ),
    (
        "El análisis del presupuesto está bien, pero la autora escribe como adolescente y uno "
        "se pregunta cómo es que la dejan publicar aquí.",
        "es",
        "troll",
        "hold",
    ),
    (
        "Llevo años leyendo este blog y os lo digo claro a los que comentáis: sois tan idiotas "
        "que os creéis cualquier cosa que os cuentan.",
        "es",
        "troll",
        "hold",
    ),
    (
        "Mira, no tengo tiempo para tus tochos de abuelo cebolleta, así que vete a casa, abuelo, "
        "y deja hablar a la gente que trabaja.",
        "es",
        "troll",
        "hold",
    ),
    (
        "Tu comentario sobre los alquileres no tiene ni pies ni cabeza, y la verdad es que eres "
        "un cuñado de manual con todo este rollo.",
        "es",
        "troll",
        "hold",
    ),
    (
        "Sobre el tema de los baches estoy de acuerdo con el vecino. Y al que me llamó chairo: "
        "ya sé quién eres, o a ver qué pasa.",
        "es",
        "troll",
        "hold",
    ),
    (
        "I disagree with the comment above and I've got a pretty good idea of who you are. I'd "
        "watch what you say if I were you.",
        "en",
        "troll",
        "hold",
    ),
    # Near misses: disagreement with the argument, friends, office-holders, oneself.
    (
        "That's flat wrong: the ordinance passed in 2019 and the article links the minutes, so "
        "please read them before you reply again.",
        "en",
        "troll",
        "approve",
    ),
    (
        "Estás equivocado, lee la ley: el artículo tercero dice claramente que el municipio debe "
        "consultar a los vecinos antes de construir.",
        "es",
        "troll",
        "approve",
    ),
    (
        "Ha, Marty, you and I will never agree on the stadium, but see you at the taco stand "
        "Saturday, the first round is on me.",
        "en",
        "troll",
        "approve",
    ),
    (
        "I'm a sad old man who spends too much time on this blog, I admit it, but the column "
        "on the river cleanup made my week.",
        "en",
        "troll",
        "approve",
    ),
    (
        "I need to spend less time online and more time with my kids, so this is my last "
        "comment on the election for a while.",
        "en",
        "troll",
        "approve",
    ),
    (
        "Esa bola de idiotas en el cabildo aprobó otra vez el aumento del agua sin consultar a "
        "nadie, y eso hay que decirlo.",
        "es",
        "troll",
        "approve",
    ),
    (
        "Mi cuñado trabaja en la planta y dice que los turnos de noche son los más duros, así "
        "que entiendo lo que cuenta la nota.",
        "es",
        "troll",
        "approve",
    ),
    (
        "Nunca he trabajado tanto en mi vida como en la cosecha de ese año, y por eso apoyo la "
        "ley de descansos para los jornaleros.",
        "es",
        "troll",
        "approve",
    ),
    (
        "Ojalá te toque la lotería, vecina, que bien merecido lo tienes después de todo lo que "
        "hiciste por la colonia este año.",
        "es",
        "troll",
        "approve",
    ),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_troll_tacked(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
