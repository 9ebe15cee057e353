"""Short trolling (`threat.persist`, `threat.met`, `threat.small`, `threat.doxsee` and the
`flame.harmwish`, `flame.brain`, `flame.schooled`, `flame.begone`, `flame.pathetic`, `flame.pat`
rows of `lexicons/troll.tsv`): a reader told to keep posting and see what follows, a meeting
foretold with harm, small-world menace, a home named back with a farewell (reject); misfortune
wished on a reader, a brain or IQ measured small, schooling doubted, a reader sent away, a bare
verdict repeated, condescending endearment (hold). Near misses must pass: encouragement, friends
in play or with love, the writer about themself, an office-holder's plan judged, a threat quoted
and reported, good wishes, science and family news."""

import pytest

from .expect import assert_category_action, held_elsewhere, rules_flagging

_MODEL = held_elsewhere("the blog model holds it; the troll rules approve it")

THREATS = [
    ("Keep posting, Marta, and you'll find out what happens.", "reject"),
    ("keep running your mouth and see what happens, Gil", "reject"),
    ("Keep talking, pal. I know which gym you go to.", "reject"),
    ("Keep it up and I'll publish your address, buddy.", "reject"),
    ("Sigue escribiendo así, Pepe, y te va a ir mal.", "reject"),
    ("Nomás sigue hablando y vas a aparecer en una zanja, licenciado.", "reject"),
    ("Sigue opinando, Rosa, y luego vemos quién se ríe.", "reject"),
    ("Un comentario más y voy a tu casa, Rubén.", "reject"),
    ("Si te veo en el mercado te parto la cara, Toño.", "reject"),
    ("Next time I see you at the gas station, Ray, you're done.", "reject"),
    ("Mide tus palabras, Lalo, que el barrio es chico.", "reject"),
    ("No eres tan anónima como crees, Claudia.", "reject"),
    ("You're lucky this is online, Ramon.", "reject"),
    ("Vives en la colonia Centro, casa verde. Ahí nos vemos.", "reject"),
    ("Hey Ray, 220 Pecan St, right? See you soon.", "reject"),
    # play, love, encouragement, a threat quoted and reported
    ("Sigue así, campeón, ya verás cómo mejoras.", "approve"),
    ("Keep it up and you'll see results, great work!", "approve"),
    ("Keep posting your recipes, I know what I'm making this weekend.", "approve"),
    ("Keep writing, Ana, we know who the best columnist in town is.", "approve"),
    ("sigue escribiendo, nos vemos en la feria del libro", "approve"),
    ("Si te veo en la feria te invito un café.", "approve"),
    ("Next time I see you at the market, Beto, you're buying the tamales.", "approve"),
    ("Sigue así y ya verás, jajaja te quiero amiga", "approve"),
    ("In this town we all know each other, so buy local.", "approve"),
    pytest.param(
        "Aquí nos conocemos todos, por eso apoyamos a los negocios del barrio.",
        "approve",
        marks=_MODEL,
    ),
    ("Vivo en la calle Pinos 48, ahí nos vemos para la posada.", "approve"),
    ("Cuídate mucho, amiga, la calle está peligrosa con tanta lluvia.", "approve"),
    ("I'd watch my back if I were you on that trail, there are rattlesnakes.", "approve"),
    ('Alguien me escribió "sigue así y ya verás" y lo denuncié, eso es una amenaza.', "approve"),
]

JEERS = [
    ("Ojalá te corran del trabajo, Ana, a ver si así te callas.", "hold"),
    ("A ver si te atropella un tráiler, bocón.", "hold"),
    ("I hope you get evicted, Carl. Seriously.", "hold"),
    ("Go play on the freeway, Kevin.", "hold"),
    ("Please never reproduce, Brad.", "hold"),
    ("Your brain is the size of a pea, Greg.", "hold"),
    ("Tienes el cerebro de un ladrillo, Memo.", "hold"),
    ("La autora tiene el coeficiente de una maceta.", "hold"),
    ("Does the columnist even know how to count?", "hold"),
    ("¿La autora siquiera terminó la secundaria?", "hold"),
    ("¿Y tú qué vas a saber, Lety? Ni sabes leer.", "hold"),
    ("Go away and stay away, troll.", "hold"),
    ("Vete y no regreses, Chuy.", "hold"),
    ("Pathetic. So pathetic.", "hold"),
    ("Oh honey. No.", "hold"),
    ("Ay mija, ¿de verdad crees que sabes de leyes? Qué ternura.", "hold"),
    ("Seguro sigues viviendo con tu mamá, Toño.", "hold"),
    # good wishes, self-deprecation, science, news, an argument, a plan judged
    ("Ojalá te vaya bien en la entrevista.", "approve"),
    ("Ojalá te toque la lotería, compa.", "approve"),
    ("Ojalá te toque a ti el premio, Rosa, te lo mereces.", "approve"),
    ("I hope someone fixes your roof before the storm.", "approve"),
    ("Ojalá no te desalojen, es injusto lo que hace el casero.", "approve"),
    ("Ojalá despidan al jefe de la policía después de esto.", "approve"),
    ("Ojalá lo corran del cargo al secretario, por inepto.", "approve"),
    ("A ver si te atropella la emoción con el estreno jaja", "approve"),
    ('No digas "ojalá te desalojen", eso es cruel.', "approve"),
    ("Go play in the park, kids, the weather is great.", "approve"),
    ("The brain of a mosquito is smaller than a grain of sand.", "approve"),
    ("Tu cerebro es más rápido que el mío jaja, buena respuesta.", "approve"),
    ("Someone wrote 'your brain is smaller than a peanut' to me and I reported it.", "approve"),
    ("Mi hijo reprobó matemáticas y el maestro ni lo ayudó.", "approve"),
    ("Mi abuela apenas sabe leer y aun así vota.", "approve"),
    ("Tú eres la prueba de que la educación pública funciona, felicidades.", "approve"),
    ("The mayor's plan is pathetic. Truly pathetic, and here's why: it cuts buses.", "approve"),
    ("Pathetic, pathetic, pathetic turnout at the council meeting.", "approve"),
    ("Leave. Just leave. That's what the doctor told my aunt about her husband.", "approve"),
    ("Ay mijo, qué ternura tu dibujo.", "approve"),
    ("Seguro vives con tu mamá todavía, igual que yo jaja, la renta está imposible.", "approve"),
    ("I disagree with the author, and here's why: the numbers don't add up.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), THREATS)
def test_short_threats(text, expected):
    assert_category_action(text, expected, "troll")


@pytest.mark.parametrize(("text", "expected"), JEERS)
def test_short_jeers(text, expected):
    assert_category_action(text, expected, "troll")


# Near misses the blog model holds as trolling on its own reading: the rules must approve them.
RULES_APPROVE = [
    ("Sigue así y vas a ver resultados en un mes.", "es"),
    ("Keep talking and you'll find out, lol, the ending of the book is wild", "en"),
    ("You're lucky this is online, otherwise I'd buy you a beer for that take.", "en"),
    ("My brain must be the size of a peanut today, I forgot my keys twice.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), RULES_APPROVE)
def test_short_rules_approve(text, lang):
    assert rules_flagging(text, lang, ("troll",)) == [], text
