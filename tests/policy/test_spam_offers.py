"""Spam as offers with a way to reach the poster, in any topic: a site linked beside a price, a
discount, a bonus or a free first try; a number beside a sale or a business's name; "message
me" beside something to sell; income claims; a relative's business; crypto and forex mentors;
fake giveaways; a neighbour's "friendly tip" with a contact. And the neighbours that must stay
approved: community notices (a food bank, a clinic's hours, a city hotline, a free legal clinic,
a church event), one link with commentary, a reader recommending a public source, a public
office's number, prices and casinos talked about rather than sold. All sentences are our own."""

import pytest

from tests.policy.expect import assert_category_action

SPAM = [
    # a site's front page beside an offer
    "Moving to the east side? Cheap two-bedrooms at eastsiderentals.example, no deposit!",
    "Only $19.99 for the whole summer reading pack, grab it at readingpack.example",
    "Stop overpaying for internet, NetSaver cuts your bills 60%. netsaver.example",
    "Sign up at learnpro.example, first week free, cancel whenever.",
    "Flash sale tonight only on phone cases: caseshop.example",
    "Préstamos aprobados en minutos aunque tengas mal historial: prestaya.example",
    "Clases de guitarra en línea, la primera clase es gratis, entra a guitarrafacil.example",
    "Casino nuevo con bono de 150% para la frontera 🎰 ganaslots.example",
    "Ropa de marca a precio de remate, solo esta semana: outletnorte.example",
    "Earn BTC every day with zero risk 🚀 dailycoins.example",
    # a number beside a sale, a guarantee or a business's name
    "Roof leaking? Ramirez Roofing LLC, 555-0177, $99 flat inspection.",
    "Mudanzas y fletes garantizados en toda la ciudad, 555-0190, precio especial.",
    "Used tractors for sale, good condition, 555-0121, ask for Lupe.",
    "Chapel chairs for sale, barely used, 555-0135, Sacred Seating Inc.",
    "Trámite de pasaporte garantizado para miembros de la parroquia, 555-0146, Gestoría San Judas.",
    # "message me" beside something to sell, income claims, a relative's business
    "I sell homemade protein bars at wholesale prices, message me 🙂",
    "Yo vendo perfumes originales desde mi celular, si quieres saber cómo mándame mensaje.",
    "Made six figures last year working from my couch. Ask me how.",
    "Ya gano desde mi casa con una app, si quieren les explico cómo, escríbanme por privado.",
    "My uncle's company does gutter cleaning for just $60, message me and I'll pass his number.",
    "Mi primo Toño es electricista y cobra poquito, pídanle su número a cualquiera del barrio.",
    "Gano comisión por cada persona que invito a la red, si te interesa pregúntame.",
    # crypto and forex mentors, giveaways, dating, not-an-ad
    "Forex mentorship that changed my life, join now: pipsmentor.example",
    "Gana dinero con criptomonedas desde cero, únete al grupo de Telegram de mi mentor.",
    "Win a new iPad just by answering a short survey about your street! surveyprize.example",
    "Gánate una pantalla nueva contestando una encuesta de tu colonia 👉 encuestagana.example",
    "Solteras cerca de tu colonia quieren conocerte 😘 citasnorte.example",
    "Not sponsored, just a happy customer: the best used laptops are at laptopbarn.example",
    "No es patrocinio, nomás quedé contenta con mi compra: tenis baratos en tenislocos.example",
    "Want the 15% off code for the supplement I use? Reply here and I'll DM it.",
    "Nacionalidad en seis meses, garantizado o te devolvemos tu dinero: pasaportexpress.example",
    "Watch every NBA game free in HD, no signup needed: hoopsfree.example",
    "Recupera tu dinero de fraudes con un hacker ético, les dejo su whatsapp por privado.",
    "BORRA TU RECORD en una semana, sin abogado: limpiarecord.example",
    "Drop your email at heatguide.example for my free guide and a few product recommendations.",
]

APPROVED = [
    # community notices with a number
    "The food bank on Alameda is giving out groceries Saturday 8 to noon, call 555-0170 to help.",
    "The free clinic at St. Luke's now opens at 7am on weekdays; their number is 555-0152.",
    "The city's heat hotline is 555-0100 if an elderly neighbor needs a ride to a cooling center.",
    "The legal aid office runs a free tenant clinic Thursdays; call 555-0133 for a slot.",
    "Our church bake sale is Sunday after mass, all of it goes to the youth trip. Info: 555-0149.",
    "La despensa de la parroquia reparte comida el sábado, informes con la hermana Luz al "
    "555-0160.",
    "El banco de alimentos necesita voluntarios, manden mensaje al 555-0186 si pueden ayudar.",
    "Damos asesoría legal gratis a inquilinos en el centro comunitario, la línea es 555-0161.",
    "The county tax office answers questions on the new appraisal at 555-0108, weekdays 8-5.",
    "La oficina del registro civil atiende por teléfono al 555-0140 para citas de actas.",
    # one link with commentary, a reader recommending a public source
    "Rent data by zip code is at rentdata.example. Nothing here is cheap anymore, sadly.",
    "The housing authority's waitlist page is housing.example/waitlist and it opens Monday.",
    "Crypto ATMs are all over the valley now. The consumer bureau explains the scams at "
    "consumer.example/crypto-atm-scams",
    "The council gave the shelter only $20 million this year: council.example/budget",
    "Bitcoin fell 20% this week and my brother still won't sell, the chart is at coinchart.example",
    "La guía del consulado sobre pasaportes está en consulado.example/pasaportes, muy clara.",
    "El tipo de cambio oficial lo publica el banco central: banco.example/tipo-de-cambio",
    "Property taxes rose 9% annually here, the assessor's numbers are at assessor.example/rates",
    "The casino on the reservation pays for the tribal clinic, tribe.example has the details.",
    "Great article. The tenant union's guide to repairs is at tenantunion.example/repairs",
    # neighbours of the new cues
    "My uncle's company went under after the flood, like half the shops on Main.",
    "Mi primo es abogado y dice que el fallo es más estrecho de lo que parece.",
    "If anyone needs a ride to the vigil Friday, message me.",
    "Si alguien necesita ayuda con la solicitud de la beca, escríbanme, soy voluntaria.",
    "I sell tamales at the church fair every December and the line is always long.",
    "Those 'earn $500 a day from home' posts are scams, report them.",
    "The city's cheap fix was a coat of paint; the potholes are back in a month.",
    "Workers here make $15 an hour and rent is $1,400 a month. Do the math.",
    "Mi mamá gana desde casa cosiendo ropa y aun así no alcanza para la renta.",
    "Good deal or not, the council signed the contract without a hearing.",
    "My cousin got her green card in three months after the wedding, which surprised everyone.",
    "Doctors don't always tell you the wait time up front, so ask at the desk.",
    "The raffle at the parish festival is for a bike, tickets are $1 each.",
    "There are shelters for women in your area, the list is at shelters.example",
    "Muchos migrantes viven sin registro, el censo lo explica en censo.example/migracion",
    "Si quieren saber cómo votar desde el extranjero, el instituto lo explica en ine.example",
    "Her inheritance was $400,000 and the lawyer kept half of it.",
    "Borra tu historial del navegador si usas una computadora de la biblioteca.",
    "My dad made six figures and still couldn't afford a house here.",
    "Uber is an app that pays you to drive, and the drivers here are broke.",
    "La venta de licencias de alcohol en el municipio es un negocio turbio.",
    "En la fábrica no piden experiencia y pagan el mínimo: diario.example/2024/fabrica-salarios",
    "Mi esposo trabaja desde casa desde la pandemia y le bajaron el sueldo.",
    "Pagué la renta con un mes de anticipo y el casero igual me subió.",
    "I sell insurance for a living, and the article gets the premiums right.",
]


@pytest.mark.parametrize("text", SPAM)
def test_offer_with_contact_is_flagged(text):
    assert_category_action(text, "flag", "spam")


@pytest.mark.parametrize("text", APPROVED)
def test_neighbour_stays_approved(text):
    assert_category_action(text, "approve", "spam")
