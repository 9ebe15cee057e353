"""Spam with one link or none (spamtroll10): a link to a site's front page beside a prize to
win, money to put in, a service sold to businesses, a price "from", a post sold as what the
media hide or the writer's own blog said to be better (`rules/spam_link_offers.py`); and the
classified ad in two parts with no link at all: what is sold opening the comment ("Renta de
sillas para eventos") and a closing call or price claim ("cotiza hoy", "precios de risa").

The twins that must pass: a reader citing a report or a petition at a site, a public office's
or a hotline's number, a shop told of in passing, a rent complaint that opens like an ad. All
sentences are our own."""

import pytest

from tests.policy.expect import assert_category_action, by_lang

SPAM_EN = [
    # a front-page link beside a prize, money put in, a service, a price "from"
    "Win a free iPad this month, just fill the survey at tabletdraw.example",
    "Smart money is moving into ValleyCoin, the only crypto tied to farm exports. valley.example",
    "Logo and web design for your small business, plans from $79! pixelrio.example",
    "Get 5 star reviews for your restaurant, buy Google reviews today: starboost.example",
    "Everyone keeps arguing, but the real story here is at bordertruths.example",
    "Good recap. My blog covers the game better: lineupnotes.example",
    # the earn-per-week and two-for-one offers with their link
    "Forget the warehouse, earn $3000/wk stuffing envelopes, sign up at homecash.example",
    "Pizza Palace on Zaragoza, 2-for-1 every Friday, order online at pizzapalace.example",
]
SPAM_ES = [
    "Gana un celular nuevo cada semana contestando encuestas 🎁 encuestagana.example",
    "Invierte desde 2,000 pesos y recibe ganancias cada mes, ya somos miles: fondoagave.example",
    "Diseño web para tu negocio, primeros lugares en Google en una semana: webya.example",
    "Lean mi blog, explica esto mejor que la nota: fronteraclara.example",
    "Lo que los medios no te dicen sobre el puente, aquí: puenteoculto.example",
    # a classified ad in two parts, no link
    "Renta de sillas y mesas para eventos, precios de risa.",
    "Préstamos para jornaleros sin aval, pregunta ya.",
    "Ofertas en llantas de medio uso, cotiza hoy.",
    "Compro y vendo celulares usados, mejor precio de la zona.",
    "Clases de guitarra gratis, solo paga inscripción, 555-0133.",
    "Baja de peso con té de hierbas, envío gratis nacional.",
    "Refacciones 2x1 en Refaccionaria Lupita, 555-0147.",
]

APPROVED_EN = [
    # a source cited at a site, a petition, a fundraiser told of
    "The county's cooling center list is here: heatrelief.example. The one on Pecos opens late.",
    "Petition for a stoplight on Alameda after the crash: streetsafe.example. Almost 900 signed.",
    # a price or a prize talked about, no link to sell it
    "The fair raffle gave away a truck last year and my neighbor won it.",
    "Web design costs small businesses from $500 up, which is why the city grant matters.",
    # a public office's or a hotline's number
    "The consulate's line for appointments is 555-0190, they answer in the morning.",
    # a shop told of in passing
    "Best tacos in town are still at the stand by the bridge, no contest.",
    "My uncle's stand does 2x1 tacos on Tuesdays, go say hi to him.",
]
APPROVED_ES = [
    "Aquí está el informe del municipio sobre el agua: aguaclara.example. Revisen la tabla 3.",
    "Firmen la petición para el alumbrado del bordo: firmas.example, ya van mil.",
    # an ad's opening in a complaint; a closing claim in a story
    "Renta de casas sube otra vez y nadie puede pagar, el cabildo no hace nada.",
    "Clases de natación en la alberca municipal se cancelaron por el calor.",
    "Mi tía vende tamales en la esquina y dice que el de la tortillería tiene el mejor precio.",
    "El teléfono del consulado para citas es 555-0140, contestan temprano.",
    "Ni pinche idea de cuánto cuesta ahora la luz, pero ya no alcanza.",
]


@pytest.mark.parametrize(("text", "lang"), by_lang(SPAM_EN, SPAM_ES))
def test_link_offer_or_classified_ad_is_held(text, lang):
    assert_category_action(text, "flag", "spam", lang)


@pytest.mark.parametrize(("text", "lang"), by_lang(APPROVED_EN, APPROVED_ES))
def test_twin_stays_approved(text, lang):
    assert_category_action(text, "approve", "spam", lang)
