"""Short comments, sixth pass: the school of the target's children asked back as a tag question
or claimed as known ("en qué escuela estudian tus hijos"), and a figure of quick weight loss or
easy money beside a link to a site's front page. Near misses must stay approved: a parent asking
which school is good, one's own kids, a weight story, a wage reported with an article.
Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

TROLL = [
    # (text, lang, expected)
    ("Your son goes to Garfield Middle, right, Councilman?", "en", "flag"),
    ("Your daughters still go to Oak Ridge Academy, huh?", "en", "flag"),
    ("Sé en qué colegio estudian sus hijas, licenciada.", "es", "flag"),
    ("Ya sabemos en cuál primaria estudia tu hijo.", "es", "flag"),
    ("Tus hijos van a la secundaria Morelos, ¿verdad?", "es", "flag"),
    ("Sus niñas estudian en el colegio Victoria, ¿no?", "es", "flag"),
    # ... but not a parent comparing schools, one's own kids, a plain question.
    ("Do your kids go to Garfield Middle? We just moved here.", "en", "approve"),
    ("My kids go to Oak Ridge Academy, right next to the park.", "en", "approve"),
    ("Your kids go to Garfield Middle too? Small world!", "en", "approve"),
    ("¿En qué escuela estudian tus hijos? Busco una buena primaria.", "es", "approve"),
    ("Ya sé en qué escuela va a estudiar mi sobrino.", "es", "approve"),
    ("Mis hijos van a la secundaria Morelos, ¿verdad que es buena?", "es", "approve"),
    ("Your daughter goes to a private school, right? Tuition must be brutal.", "en", "approve"),
    ("Tus hijas van a la secundaria privada, ¿no? Ahí cobran carísimo.", "es", "approve"),
]


@pytest.mark.parametrize("text,lang,expected", TROLL)
def test_short_troll_sixth(text, lang, expected):
    assert_category_action(text, expected, "troll", lang)


SPAM = [
    ("Burn 12 lbs before summer: leanup.example", "en", "flag"),
    ("Earn $300 a day from your couch: payday.example", "en", "flag"),
    ("Baja 6 kilos sin dieta: figurasana.example", "es", "flag"),
    ("Gana $700 al día con tu celular: pesosya.example", "es", "flag"),
    # ... but not a weight story, a wage in the news, a figure with no link.
    ("I managed to lose 20 pounds last year just by walking the levee.", "en", "approve"),
    (
        "Drivers earn $90 a day after costs, says the report: news.example/articles/driver-pay",
        "en",
        "approve",
    ),
    ("Logré bajar 10 kilos caminando, sin trucos.", "es", "approve"),
    ("Mi vecino gana $800 a la semana en la obra, y apenas le alcanza.", "es", "approve"),
]


@pytest.mark.parametrize("text,lang,expected", SPAM)
def test_short_spam_sixth(text, lang, expected):
    assert_category_action(text, expected, "spam", lang)


PHONE = [
    ("Ofrezco pintura de interiores, precios accesibles, 555-0152.", "es", "flag"),
    ("Ofrecemos fletes y mudanzas, 555-0161.", "es", "flag"),
    ("We offer gutter cleaning for the whole block, 555-0177.", "en", "flag"),
    # ... but not a shelter's number, a public office's number, an offer with no number.
    ("The food bank we offer rides to is at 555-0143, says Father Ruiz.", "en", "approve"),
    (
        "La inscripción al padrón vence el viernes; el teléfono del INE es 555-0100.",
        "es",
        "approve",
    ),
    ("Mi tío ofrece clases de guitarra, pregúntenle a él en la feria.", "es", "approve"),
]


@pytest.mark.parametrize("text,lang,expected", PHONE)
def test_short_phone_offer_sixth(text, lang, expected):
    assert_category_action(text, expected, "spam", lang)
