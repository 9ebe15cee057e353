"""Short comments, fifth pass: one-line libel (an official bought, perjury, games fixed, cartel
money as the motive, abuse hidden, a commenter or someone's kin picked out by one given name),
veiled threats and condescension with no insult word, and one-line spam offers. Each shape has
near misses that must stay approved: a question asking for a source, "was charged with", a
report, harsh opinion on public conduct, warm endearments, a public line, a link with
commentary. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

LIBEL = [
    # (text, lang, expected)
    ("Councilwoman Ortiz was bought, everyone knows it.", "en", "hold"),
    ("Al juez Salas lo compraron hace años.", "es", "hold"),
    ("Chief Moreno lied under oath at the hearing.", "en", "hold"),
    ("El alcalde Rivas mintió bajo protesta ante el cabildo.", "es", "hold"),
    ("Coach Perry fixes matches for the bookies.", "en", "hold"),
    ("El presidente de la liga Ortega arregla los partidos.", "es", "hold"),
    ("Prosecutor Lyle dropped the charges for cartel money.", "en", "hold"),
    ("La fiscal Duarte congeló las carpetas del cabildo.", "es", "hold"),
    ("El regidor Páez se clavó el dinero de la colecta.", "es", "hold"),
    ("Reverend Hill bought his boat with the tithes.", "en", "hold"),
    ("El agente Ruiz le sembró droga a mi vecino.", "es", "hold"),
    ("El secretario Mora quemó las boletas de la casilla 3.", "es", "hold"),
    ("El obispo Lara encubrió los abusos del seminario.", "es", "hold"),
    ("Commissioner Tate's contractor billed the county twice.", "en", "hold"),
    ("Senator Blake has a network of shell companies.", "en", "hold"),
    ("The author is on the casino's payroll.", "en", "hold"),
    ("Pete in the comments stole from the food bank.", "en", "hold"),
    ("Lupe, la de los comentarios, se robó la lana de la tanda.", "es", "hold"),
    ("Gloria's husband sells meth out of his garage.", "en", "hold"),
    ("El concejal Ibáñez cobra del cártel.", "es", "hold"),
    # One surname opening the sentence, the act right after it.
    ("Quintanilla desvió los fondos de la cooperativa.", "es", "hold"),
    ("Harlow took a cut of the drainage contract.", "en", "hold"),
    ("Bustamante has been selling seized guns for years.", "en", "hold"),
    ("Chava le pega a su esposa, toda la cuadra lo sabe.", "es", "hold"),
    # ... but not a question for a source, a charge or a report, opinion on public conduct,
    # the same verbs about things, or a warrant someone else announced.
    ("Was Judge Pham bought? Does anyone have a source?", "en", "approve"),
    ("¿Es cierto que al juez Cárdenas lo compraron? ¿Fuente?", "es", "approve"),
    ("Chief Moreno was charged with lying under oath, per the indictment.", "en", "approve"),
    ("Según la denuncia, el regidor Páez se clavó el dinero de la colecta.", "es", "approve"),
    ("Coach Perry fixed the game plan at halftime, great call.", "en", "approve"),
    ("El alcalde Rivas es un mentiroso y debería renunciar.", "es", "approve"),
    ("The mayor bought a truck with his own savings.", "en", "approve"),
    ("El concejal Ibáñez vende boletos para los partidos de la liga.", "es", "approve"),
    ("Pete in the comments is right about the food bank.", "en", "approve"),
    ("En la mañanera dijeron que el exalcalde tiene orden de aprehensión.", "es", "approve"),
    # ... but not a vocative, a substance, a relative clause naming other doers, or a source.
    ("Chava, me robo tu chiste para la cena.", "es", "approve"),
    ("Fentanyl killed my cousin in Laredo. Pills off an app.", "en", "approve"),
    ("Vayan por los que se quedan con el dinero del cártel.", "es", "approve"),
    ("Harlow was charged with taking a cut of the contract, the DA said.", "en", "approve"),
    # A plural in "-ies" is a kind of business or body, not a surname.
    ("Pharmacies selling pills with no prescription are a scam.", "en", "approve"),
    ("Agencies selling seized guns should be audited.", "en", "approve"),
]


@pytest.mark.parametrize("text,lang,expected", LIBEL)
def test_short_libel_fifth(text, lang, expected):
    assert_category_action(text, expected, "libel", lang)


TROLL = [
    ("Somebody should pay the columnist a little visit.", "en", "reject"),
    ("Alguien debería visitar a la columnista.", "es", "reject"),
    ("Cool bike, Danny. Be a shame if something happened to it.", "en", "reject"),
    ("Bonito carro. Sería una pena que le pasara algo a tu carro.", "es", "reject"),
    ("Keep posting, we'll see you at the game.", "en", "hold"),
    ("Nos vemos a la salida, Memo, ya verás.", "es", "hold"),
    ("Honey, that's not how inflation works.", "en", "hold"),
    ("Ay mijita, no sabes nada, pobrecita.", "es", "hold"),
    ("The reporter obviously flunked civics.", "en", "hold"),
    ("La periodista no sabe ni redactar.", "es", "hold"),
    ("Why bother, with this level of commenters.", "en", "hold"),
    ("None of you clowns could answer that.", "en", "hold"),
    ("A ver si algún chairo se atreve a contestar.", "es", "hold"),
    ("Let's talk about my dog instead, much smarter than this thread.", "en", "hold"),
    ("Your take is as fake as your diploma.", "en", "hold"),
    ("Vete a dormir, ruco, ya no te toca opinar.", "es", "hold"),
    ("Keep typing, Ray. We're all laughing at you.", "en", "hold"),
    ("Sigan comentando, que yo me río de ustedes gratis.", "es", "hold"),
    ("Read the article, Pam. Oh wait, you can't.", "en", "hold"),
    ("¿En qué universidad patito te dieron el título?", "es", "hold"),
    ("¿Leíste la nota o nomás el título?", "es", "hold"),
    ("If you had half the brain cells you have opinions, we'd be fine.", "en", "hold"),
    ("Escribes bonito... para un niño de primaria.", "es", "hold"),
    ("I'll pray for you, Tom. You clearly need it.", "en", "hold"),
    ("I hope his shop burns down with him in it.", "en", "reject"),
    ("People know where your office is. Would be a shame.", "en", "reject"),
    ("Te vi el domingo en el mercado. Bonita camioneta 😉", "es", "hold"),
    # ... but not thanks and warmth, a visit with a purpose, a meeting with no hint, a
    # harsh word about an official, a plain question, a pet story.
    ("Sweetie, thank you for the soup, you're an angel.", "en", "approve"),
    ("Ay mijito, qué gusto verte en la misa.", "es", "approve"),
    ("Someone should pay the reporter more, great work.", "en", "approve"),
    ("Alguien debería buscar al periodista para pasarle el dato.", "es", "approve"),
    ("Shame nothing happened to the budget in the end.", "en", "approve"),
    ("Nice truck! Shame if the hail had hit it, glad it's fine.", "en", "approve"),
    ("Nos vemos en la junta, Gloria, ahí platicamos.", "es", "approve"),
    ("The governor clearly flunked economics.", "en", "approve"),
    ("El autor no sabe si el alcalde firmó o no.", "es", "approve"),
    ("None of you can answer this? Genuinely asking.", "en", "approve"),
    ("Mi perro también odia los cohetes.", "es", "approve"),
    ("Keep writing, the new column is great.", "en", "approve"),
    ("Bless your heart, you really wrote all those thank-you cards by hand?", "en", "approve"),
    ("I'll pray for your family, Tom. Hang in there.", "en", "approve"),
    ("Te vi en el mercado, bonita camioneta la nueva, felicidades.", "es", "approve"),
    ("Leí la nota y el título, muy buena.", "es", "approve"),
    ("Who even reads these comments lol", "en", "approve"),
    # Derailing to one's pets needs the "instead": showing them off is no derailing.
    ("Mi perrito y mi gatito duermen juntos.", "es", "approve"),
    ("Miren a mi perro, ya aprendió a sentarse. Mi perro es un genio.", "es", "approve"),
    ("Qué aburrido el tema, mejor hablemos de mi gato.", "es", "hold"),
]


@pytest.mark.parametrize("text,lang,expected", TROLL)
def test_short_troll_fifth(text, lang, expected):
    assert_category_action(text, expected, "troll", lang)


SPAM = [
    ("Drop 15 pounds in 2 weeks 👉 fitfast.example", "en", "flag"),
    ("Pierde 8 kilos en un mes: adelgazaya.example", "es", "flag"),
    ("Double your bitcoin overnight 👉 coinx.example", "en", "flag"),
    ("Make easy money from your phone, DM me", "en", "flag"),
    ("Gana dinero desde tu celular, sin experiencia, escríbeme", "es", "flag"),
    ("Préstamos aprobados al instante, 555-0147", "es", "flag"),
    ("Thanks to Sister Mary I won $2k, contact her", "en", "flag"),
    ("Gracias a la señora Rosa me gané el premio, escríbanle", "es", "flag"),
    ("Vote for my niece in the photo contest: pickmia.example", "en", "flag"),
    ("Devolución de impuestos hoy mismo: devuelvefacil.example", "es", "flag"),
    ("Invest with my broker 👉 gainz.example", "en", "flag"),
    ("Rento cuarto amueblado, contacto por privado", "es", "flag"),
    ("Need a plumber? Ruiz & Co. 555-0168", "en", "flag"),
    ("Cerrajero 24 hrs, llame al 555-0190", "es", "flag"),
    ("Seguro de auto, cotiza al 555-0180, atendemos 24 h", "es", "flag"),
    ("Liquidación de tenis 60% desc. tenisya.example", "es", "flag"),
    ("Preparación de taxes, llame al 555-0122", "es", "flag"),
    # ... but not a weight story, a law about loans, a church volunteer thanked, a vote in an
    # election, a hotline, a source with commentary.
    ("I lost 20 pounds in a month after the flood, stress is real.", "en", "approve"),
    ("Payday loans should be banned in Texas.", "en", "approve"),
    ("Gracias a la hermana Lucía por la despensa, llámenle si necesitan ayuda.", "es", "approve"),
    ("Vote for my cousin in the school board race, she's great.", "en", "approve"),
    ("Call the 24/7 crisis line at 988 if you need help.", "en", "approve"),
    ("Tax refunds are slow this year, says the IRS: https://www.irs.gov/refunds", "en", "approve"),
    ("Mi tío ganó el premio de la rifa de la parroquia, felicidades.", "es", "approve"),
    (
        "Cooling centers: countyheat.example/centers, the one on Palm Ave is open 24h.",
        "en",
        "approve",
    ),
]


@pytest.mark.parametrize("text,lang,expected", SPAM)
def test_short_spam_fifth(text, lang, expected):
    assert_category_action(text, expected, "spam", lang)
