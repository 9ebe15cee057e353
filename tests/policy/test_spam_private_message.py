"""Spam with no link and no number, where the private message is the way in ("escríbeme al
privado y te explico", "info by DM", "Want to make $500 a week? Send me a message."), income
and paperwork fixers' pitches; and the neighbours that must pass: a lost pet or a community
meeting with "DM me", a source asked for, a church's or a clinic's free service, a lawyer
recommended by name, a wage told. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action, held_elsewhere

CASES = [
    # (text, lang, expected in the spam category)
    ("escríbeme al privado y te explico", "es", "flag"),
    ("info por DM", "es", "flag"),
    ("info by DM", "en", "flag"),
    ("Gana desde casa, pregúntame cómo.", "es", "flag"),
    ("¿Quieres ganar $500 a la semana? Mándame mensaje.", "es", "flag"),
    ("Want to make $500 a week? Send me a message.", "en", "flag"),
    ("Te ayudo con tu residencia, escríbeme.", "es", "flag"),
    ("I can help you with your green card, message me.", "en", "flag"),
    (
        "Si necesitas tu permiso de trabajo o tu licencia yo te la saco, pregunta por inbox.",
        "es",
        "flag",
    ),
    (
        'Looking for 5 serious people who want to earn from home. Comment "info" and I\'ll '
        "message you.",
        "en",
        "flag",
    ),
    (
        'Busco 5 personas que quieran generar ingresos desde su celular, comenta "info".',
        "es",
        "flag",
    ),
    ("¿Cansada de tu trabajo? Yo gano en dólares desde mi casa, pregúntame cómo 😊", "es", "flag"),
    ("Made my first thousand from home this month, side hustle is real. Ask me how", "en", "flag"),
    # A sale opening the comment, a natural cure, income from the phone, a start-up fee.
    ("Rento mi cuenta de Uber, mándame inbox.", "es", "flag"),
    ("Selling appointment slots at the consulate, DM me.", "en", "flag"),
    ("Té milagroso para la presión alta, pregunta por inbox.", "es", "flag"),
    ("Natural remedy for diabetes that doctors hate, ask me in DM.", "en", "flag"),
    ("Gana en dólares desde tu celular con trading, manda inbox.", "es", "flag"),
    ("Earn from your phone in your spare time, shoot me a DM.", "en", "flag"),
    ("Tired of your boss? I can get you started for just $49, message me.", "en", "flag"),
    # Neighbours: lost pets, meetings, rides, sources, free services, a lawyer named, wages.
    (
        "Lost dog near the park on Elm, brown lab named Toby. If you see him please DM me!",
        "en",
        "approve",
    ),
    (
        "Se perdió mi perrita cerca del mercado, si alguien la ve por favor mándeme mensaje.",
        "es",
        "approve",
    ),
    (
        "Community meeting Thursday at 7 about the bridge. DM me if you want a ride.",
        "en",
        "approve",
    ),
    (
        "Junta de vecinos el jueves a las 7, si quieren ir juntos escríbanme al privado.",
        "es",
        "approve",
    ),
    ("DM me the source, I'd like to read the whole study.", "en", "approve"),
    ("Pásame la fuente por privado, quiero leer el estudio.", "es", "approve"),
    ("The clinic at St. Mary's does free immigration consultations on Saturdays.", "en", "approve"),
    ("La parroquia da asesoría gratuita para trámites de residencia los sábados.", "es", "approve"),
    (
        "We used attorney Rosa Delgado for my dad's green card, she was honest and explained "
        "everything.",
        "en",
        "approve",
    ),
    (
        "Nosotros fuimos con la licenciada Marta Ruiz para lo del asilo de mi hermano y nos fue "
        "bien.",
        "es",
        "approve",
    ),
    ("I make $500 a week at my job and still can't afford rent.", "en", "approve"),
    ("Gano 500 a la semana y no me alcanza para la renta.", "es", "approve"),
    ("Want to make $500 a week? Move to a state with a real minimum wage.", "en", "approve"),
    ("Ask me how I know: I've lived on this street for 30 years.", "en", "approve"),
    ("Si quieres saber cómo votar por correo, pregúntame y te explico.", "es", "approve"),
    ("Send me a message when the council posts the agenda, I keep missing it.", "en", "approve"),
    ("Vendo mi carro, ya no lo necesito, está en buen estado.", "es", "approve"),
    ("Remedios naturales para la gripe: mi abuela nos daba té de canela.", "es", "approve"),
    ("Renta de vivienda por las nubes, nadie puede pagar.", "es", "approve"),
    pytest.param(
        "Tired of your job? Everyone is, that's why the strike matters.",
        "en",
        "approve",
        marks=held_elsewhere("the blog model's short reading holds it at 0.99; spam approves"),
    ),
    ("Mi hija gana desde su celular vendiendo ropa usada, y está bien orgullosa.", "es", "approve"),
    (
        "Is there a natural remedy for allergies that actually works? Asking for my kid.",
        "en",
        "approve",
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_spam_private_message(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "spam", lang)
