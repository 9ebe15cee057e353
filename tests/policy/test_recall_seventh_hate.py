"""Spanish hate the rules used to approve because a word was missing from the lexicons, each
seen across several writers of the blog's training comments: demonyms of the southern cone and
Central America (paraguayos, nicas, mapuche), the regional slurs for Spaniards, Peruvians and
South Americans (gachupines, peruchos, the "sudaka" spelling), "marimacha" for lesbians, and
"matones" / "piojosos" as the vice pinned on a whole group; and a group barred from a field,
an office or a trade or sent home ("no deberían estar en la política", "deberían quedarse en
la casa", "girls shouldn't be in engineering"). Each comes with near misses that
must pass: praise and neighbourly news, safety advice, a place whose name opens with a quality word
("en Buenos Aires"), traffickers named with
their origin ("narcos paraguayos"), a festival, counter-speech that quotes the slur,
in-group and reclaimed use, and the words' ordinary senses. Hand-written, Spanish and English."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, expected)
    # The group named with a vice, with or without a verb.
    ("Los nicas son una plaga, todos vagos.", "es", "flag"),
    ("Hondureños matones, todos, no hay uno bueno.", "es", "flag"),
    ("Los paraguayos son unos ladrones, no les rentes nada.", "es", "flag"),
    ("Mapuches flojos, viven de pedir.", "es", "flag"),
    ("Los colombianos son matones de nacimiento.", "es", "flag"),
    ("Esos guatemaltecos son piojosos, no los dejen entrar a la alberca.", "es", "flag"),
    # ... but praise, news, history and a plain crime report pass.
    ("Los nicas de la obra trabajan como nadie, puro respeto.", "es", "approve"),
    ("Sin los paraguayos no se levanta ni un edificio en Buenos Aires.", "es", "approve"),
    ("Los cantos mapuche del año nuevo fueron preciosos.", "es", "approve"),
    ("Que los mapuche reclamen sus tierras no los vuelve terroristas.", "es", "approve"),
    ("El matón de la secundaria ya está detenido, bien por la policía.", "es", "approve"),
    ("El perro llegó piojoso del refugio, ya lo bañamos.", "es", "approve"),
    # Regional slurs aimed at a people.
    ("Puro sudaka en el tren, qué asco.", "es", "flag"),
    ("Peruchos cochinos, ensucian toda la calle.", "es", "flag"),
    ("Los gachupines vienen a robar como siempre.", "es", "flag"),
    ("Marimachas del equipo, den asco.", "es", "flag"),
    # ... but quoting the slur to condemn it, and reclaimed self-reference, pass.
    ("A mi primo le gritaron 'peruchos' en la cancha y eso es racismo puro.", "es", "approve"),
    ("Decir sudaka es racista, ojalá lo dejen de usar en la tele.", "es", "approve"),
    ("Soy marimacha y a mucha honra, nos vemos en la marcha.", "es", "approve"),
    # A group barred from a field, an office or a trade, or sent home.
    ("Las mujeres no deberían estar en el ejército, no aguantan.", "es", "flag"),
    ("Los indígenas no deberían ser diputados, no entienden de leyes.", "es", "flag"),
    ("Las mujeres deberían quedarse en su casa con los hijos.", "es", "flag"),
    ("Hay que regresar a las mujeres a la cocina, ya vimos cómo gobiernan.", "es", "flag"),
    ("Girls shouldn't be in engineering, look at the bridges.", "en", "flag"),
    ("Muslims have no business in medicine, nobody trusts them.", "en", "flag"),
    ("Women belong at home, not in the boardroom.", "en", "flag"),
    # ... but safety advice, a report of someone else's words, and its refutation pass.
    (
        "Las mujeres no deberían ir a la universidad solas de noche, falta alumbrado.",
        "es",
        "approve",
    ),
    ("Los migrantes no deberían estar en la cárcel por pedir asilo.", "es", "approve"),
    ("Los indígenas no deberían ser diputados nomás por cuota, sino por votos.", "es", "approve"),
    ("Women shouldn't be in engineering just to fill a quota, hire on merit.", "en", "approve"),
    (
        "Un regidor dijo que las mujeres 'deberían quedarse en la casa'. Qué vergüenza.",
        "es",
        "approve",
    ),
    ("Quien diga que las mujeres no deberían estar en la política vive en 1950.", "es", "approve"),
    ("Women shouldn't be in danger walking home from the library.", "en", "approve"),
    ("Refugee kids belong at home with their families, not in cages.", "en", "approve"),
    ("Anyone who says girls shouldn't be in engineering never met my sister.", "en", "approve"),
    # Traffickers named with their origin are a crime report; the people insulted is not.
    ("Detuvieron a tres narcos paraguayos en la frontera.", "es", "approve"),
    ("Cayeron dos sicarios colombianos en Culiacán.", "es", "approve"),
    ("Malditos paraguayos, todos narcos.", "es", "flag"),
    ("Los paraguayos son narcos de nacimiento.", "es", "flag"),
    # A place named with a quality word is not a quality denied to the group ...
    ("Sin los peruanos no se levanta ni un edificio en Buenos Aires.", "es", "approve"),
    ("Without the Hmong there'd be no farmers market in Good Hope.", "en", "approve"),
    # ... but the same words capitalised as a title still deny it.
    ("Los mexicanos no son Buenos Ciudadanos.", "es", "flag"),
    ("Muslims are never Good Neighbors.", "en", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_seventh_session_hate_words(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "hate", lang)
