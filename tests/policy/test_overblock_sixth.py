"""Harmless comments the rules used to hold, sixth round, with the near misses that must still
be caught: a group as the object of someone else's act, a real word read as a prefix and a
slur, a mild swear word said twice for emphasis, the Chilean lottery, a source introduced by a
preposition, a quoted claim named as a story or a topic, a debate reported with "whether", the
"spic and span" idiom, a real word one letter from a term, and a harm refused after a comma.
Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A group followed by a participle of what others do to it: the feeling is about the act.
    ("I'm tired of seeing disabled people used as a prop in these fights.", "en", "hate",
     "approve"),
    ("I hate seeing migrants treated like criminals by the county.", "en", "hate", "approve"),
    ("Sick of watching gay kids being bullied at that school.", "en", "hate", "approve"),
    ("Me harta ver a los discapacitados usados como utilería en campaña.", "es", "hate",
     "approve"),
    ("No soporto ver a los migrantes maltratados por la policía.", "es", "hate", "approve"),
    ("Disabled people were used as a prop by the campaign.", "en", "hate", "approve"),
    # ... but the group itself hated, or a habit of its own ("used to"), is still hate.
    ("I hate seeing immigrants in my town.", "en", "hate", "flag"),
    ("I'm sick of immigrants used to living on handouts.", "en", "hate", "flag"),
    ("I hate gays, used to like them.", "en", "hate", "flag"),
    ("Odio a los gitanos.", "es", "hate", "flag"),
    # A debate reported with "whether": the group is inside someone else's question.
    ("Hard to see people arguing about whether Mexicans deserve to be here.", "en", "hate",
     "approve"),
    # A Spanish word prefix before a slur is a real word ("controló", "controlo").
    ("El alcalde controló la licitación sin consultar a nadie.", "es", "hate", "approve"),
    ("Yo controlo mis gastos con una hoja de cálculo.", "es", "hate", "approve"),
    ("El brote se controló en dos semanas según Salud.", "es", "hate", "approve"),
    # ... but the slur on its own, or after an article, is still one.
    ("Eres un trolo.", "es", "hate", "flag"),
    ("Ese trolo no debería dar clases.", "es", "hate", "flag"),
    # The same mild swear word said again is emphasis, not excess.
    ("Crap. Just crap. That's my review of the finale.", "en", "profanity", "approve"),
    ("hell of a take from the commissioner. wrong, but a hell of a take", "en", "profanity",
     "approve"),
    # ... but two different words, or the same one over and over, are still held.
    ("This shit is crap.", "en", "profanity", "flag"),
    ("crap crap crap crap", "en", "profanity", "flag"),
    ("Damn, damn, shit.", "en", "profanity", "flag"),
    # "la Polla" (Chile's lottery, "la Polla Gol") with a word of betting or sport.
    ("Compramos la Polla todos los domingos y jamás ganamos nada, como en la lotería.", "es",
     "profanity", "approve"),
    ("Jugué la Polla Gol toda la temporada y no acerté ni un partido.", "es", "profanity",
     "approve"),
    ("Hicimos una polla para el mundial, la apuesta era de mil pesos.", "es", "profanity",
     "approve"),
    # ... but the vulgar word, even beside football talk, is still vulgarity.
    ("Chúpame la polla.", "es", "profanity", "flag"),
    ("Qué golazo, me chupas la polla.", "es", "profanity", "flag"),
    # A source introduced by a preposition covers the claim.
    ("De acuerdo con la acusación, el alcalde Juan Pérez recibió sobornos del cártel.", "es",
     "libel", "approve"),
    ("Conforme a la sentencia, el alcalde Juan Pérez recibió sobornos.", "es", "libel",
     "approve"),
    ("De acuerdo a la fiscalía, el regidor Luis Mora lavó dinero para el cártel.", "es",
     "libel", "approve"),
    ("Según la denuncia, el alcalde Juan Pérez recibió sobornos.", "es", "libel", "approve"),
    # ... but agreeing with a cartel is no source, and a bare claim is still held.
    ("El alcalde Juan Pérez está de acuerdo con el cártel y recibió sobornos.", "es", "libel",
     "flag"),
    ("El alcalde Juan Pérez recibió sobornos del cártel.", "es", "libel", "flag"),
    # A quoted claim named as a story, or held up as a topic ("lo de ...", "eso de que ...").
    ("Doesn't fit the 'migrants bring drugs' story, but that's what the numbers say.", "en",
     "hate", "approve"),
    ('Lo de "los latinos son todos unos vagos" es igual de tonto. No somos un bloque.', "es",
     "hate", "approve"),
    ('Eso de que las lesbianas "no son mujeres de verdad" es basura.', "es", "hate", "approve"),
    # ... but the same claim, unquoted, is still the writer's.
    ("Migrants bring drugs, that's the story.", "en", "hate", "flag"),
    ("Las lesbianas no son mujeres de verdad.", "es", "hate", "flag"),
    # "spic and span" is the idiom for spotless; a real Spanish word one letter from a term
    # ("apuestan", not "apestan").
    ("Spic-and-span house for the open house tomorrow, wish me luck!", "en", "hate", "approve"),
    ("Kept the kitchen spick and span all week.", "en", "hate", "approve"),
    ("Los migrantes apuestan por el trabajo y el ahorro.", "es", "hate", "approve"),
    # ... but the slur said to someone, or the real verb, still counts.
    ("Go home, you spic.", "en", "hate", "flag"),
    ("Los gitanos apestan.", "es", "hate", "flag"),
    # A harm refused after a comma ("..., not deport them", "..., no echarlos").
    ("Los venezolanos son enfermeros. Hay que ayudarlos, no deportarlos.", "es", "hate",
     "approve"),
    ("Son vecinos. Eso es lo que hay que arreglar, no echarlos.", "es", "hate", "approve"),
    ("Immigrants should be helped, not deported.", "en", "hate", "approve"),
    # ... but the harm itself asked for is still a call for violence.
    ("Los venezolanos son unos ladrones. Hay que deportarlos.", "es", "hate", "flag"),
    ("We must kill all the immigrants, not feed them.", "en", "hate", "flag"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_sixth(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
