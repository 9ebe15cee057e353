"""Who a troll word is aimed at, by grammar: a third party a copula names ("el perro del vecino
es un tonto", "la mentirosa fue la empresa"), clowns of a circus and strangers told in the past,
a clown's joke or costume, a deed's noun ("una payasada"), a mild word under "no seas" among
regulars, a jeer the writer denies, a friend's point conceded; and the near misses aimed at the
author, a commenter or the reader (the writer of "esto", the reader's head "llena de
pendejadas"). Threats to take a person out, and a menace signed off with "Drive safe" after
pinning where the reader lives, reject. Hand-written, English and Spanish; the rules alone."""

import pytest

from tests.policy.expect import category_action

CASES = [
    # (text, lang, expected action in the troll category, rules alone)
    # A mild word under "no seas" is advice or teasing among regulars ...
    ("No seas necio, Pedro, ya te dije que el puente cierra a las diez.", "es", "approve"),
    ("No seas tonta, Lupita, claro que te invitamos a la posada.", "es", "approve"),
    ("Ay, no seas payaso, Beto, bien sabes que el Toluca no va a ganar.", "es", "approve"),
    ("Don't be silly, Dave, the bridge closes at ten, I told you.", "en", "approve"),
    # ... a strong one, or a name pinned on the reader, is not.
    ("No seas pendejo, Pedro, el puente cierra a las diez.", "es", "hold"),
    ("No seas imbécil, lee antes de opinar.", "es", "hold"),
    ("No seas necio, eres un idiota.", "es", "hold"),
    # A copula names a third party the insult is said of ...
    ("La mentirosa fue la empresa, no los trabajadores.", "es", "approve"),
    ("El mentiroso en todo esto es el banco, que cobró comisiones escondidas.", "es", "approve"),
    ("El perro del vecino es un tonto, se mete a la alberca cada tarde.", "es", "approve"),
    ("En la película el villano es un cobarde y un mentiroso, muy bien actuado.", "es", "approve"),
    ("El personaje de la novela es un payaso, pero al final se redime.", "es", "approve"),
    ("La compañía de luz es una mentirosa, nunca llega el técnico.", "es", "approve"),
    ("Es bien necio el vecino, pero no se equivoca con lo del drenaje.", "es", "approve"),
    ("Qué tonto es el perro de mi suegra, se comió un calcetín.", "es", "approve"),
    ("The liar in this story is the bank, not the tenants.", "en", "approve"),
    ("The villain in the movie is a coward and a liar.", "en", "approve"),
    # ... not the reader, the author, a commenter, a bare person word or a name.
    ("El mentiroso aquí eres tú.", "es", "hold"),
    ("El mentiroso es el autor de esta nota.", "es", "hold"),
    ("Qué tonto es el autor.", "es", "hold"),
    ("Es una mentirosa la autora.", "es", "hold"),
    ("El comentarista de arriba es un ignorante.", "es", "hold"),
    ("El payaso es el de arriba.", "es", "hold"),
    ("Ni le contesten a la Chela, es una loca resentida.", "es", "hold"),
    ("The liar here is you.", "en", "hold"),
    # Clowns of a circus, strangers of a story told in the past ...
    ("Los payasos del circo llegaron a la plaza el sábado.", "es", "approve"),
    ("Los payasos de la feria regalaban globos a los niños.", "es", "approve"),
    ("Las brujas del cuento vivían en el bosque.", "es", "approve"),
    ("Los tontos del pueblo en el cuento de mi abuela siempre ganaban al final.", "es", "approve"),
    # ... a clown's joke, a costume, a trade, a deed's noun, a nickname told ...
    ("El chiste del payaso en el video está buenísimo.", "es", "approve"),
    ("Mi hijo se disfrazó de payaso para el festival de la escuela.", "es", "approve"),
    ("Ese comercial del payaso de hamburguesas ya me tiene harto.", "es", "approve"),
    ("Fue una payasada lo del cabildo ayer, votaron sin leer.", "es", "approve"),
    (
        "En el pueblo le decían el loco a un señor que hablaba solo, pero era muy buena persona.",
        "es",
        "approve",
    ),
    ("Qué necios los del ayuntamiento con el parquímetro.", "es", "approve"),
    ("Qué idiota me sentí cuando vi que el banco ya había cerrado.", "es", "approve"),
    ("El tonto ese del comercial de seguros me cae bien, jaja.", "es", "approve"),
    ("Esos mensos de la tele dijeron que iba a llover y salió un sol bárbaro.", "es", "approve"),
    ("Me caen bien los payasos de la esquina, hacen malabares con fuego.", "es", "approve"),
    ("Qué mentiroso el pronóstico, dijeron lluvia y ni una gota.", "es", "approve"),
    ("Qué payasos los Tigres anoche, perdieron en casa otra vez.", "es", "approve"),
    ("La obra de teatro tenía un payaso triste que hizo llorar a todos.", "es", "approve"),
    ("Había un loco que gritaba en la plaza todas las tardes.", "es", "approve"),
    # ... not the reader called a clown, the readers as a crowd, a deed the reader owns.
    ("Qué idiota eres, me sentí mal por ti.", "es", "hold"),
    ("El tonto ese de arriba no sabe leer.", "es", "hold"),
    ("Esos mensos del hilo no entienden nada.", "es", "hold"),
    ("Qué mentiroso el autor, inventó todo.", "es", "hold"),
    ("Qué payaso el Beto, siempre comenta lo mismo.", "es", "hold"),
    ("Tú y los payasos de la esquina son iguales.", "es", "hold"),
    ("Hay un payaso que comenta aquí todos los días.", "es", "hold"),
    ("Había un idiota que escribió esta nota.", "es", "hold"),
    ("Eres un payaso de circo.", "es", "hold"),
    ("La payasa de este hilo ya volvió.", "es", "hold"),
    ("Qué necios son ustedes con el parquímetro.", "es", "hold"),
    ("Tienes cara de payaso.", "es", "hold"),
    # The writer of the article or a comment, picked out by a relative clause.
    ("El tipo que escribió esto es un pendejo.", "es", "hold"),
    ("La señora que escribió la nota es una ignorante.", "es", "hold"),
    ("La persona que redactó este artículo es una mentirosa.", "es", "hold"),
    ("The guy who wrote this is an idiot.", "en", "hold"),
    ("El que escribió esto no es ningún tonto, sabe de lo que habla.", "es", "approve"),
    ("La autora escribió que el alcalde es un mentiroso.", "es", "approve"),
    ("Mi tío escribió en Facebook que los del gobierno son unos payasos.", "es", "approve"),
    # The reader's head full of rubbish ...
    ("Tu cabeza está llena de pendejadas.", "es", "hold"),
    ("Tienes la cabeza llena de estupideces.", "es", "hold"),
    ("Usted tiene la cabeza llena de tonterías.", "es", "hold"),
    ("Your head is full of garbage.", "en", "hold"),
    ("You've got sawdust for brains.", "en", "hold"),
    # ... not the writer's, a child's, a negated one or good ideas.
    ("Mi cabeza está llena de pendientes esta semana.", "es", "approve"),
    ("Tu cabeza no está llena de tonterías, solo te falta leer la nota completa.", "es", "approve"),
    ("La cabeza de mi hijo está llena de preguntas sobre el espacio.", "es", "approve"),
    ("Your head is full of good ideas, run for council.", "en", "approve"),
    # A jeer the writer denies, a point conceded to a friend ...
    ("I don't think the author is a fraud, I think she missed the point.", "en", "approve"),
    ("I'm not saying you're a clown, just that the numbers don't add up.", "en", "approve"),
    ("No digo que seas un payaso, pero revisa las cifras.", "es", "approve"),
    ("Pareces disco rayado, Chuy, pero no estás equivocado.", "es", "approve"),
    ("You sound like a broken record, but you're not wrong.", "en", "approve"),
    # ... not the jeer said outright, or a "no more than".
    ("I think the author is a fraud.", "en", "hold"),
    ("No digo que seas más que un payaso.", "es", "hold"),
    ("Pareces disco rayado, Chuy, estás equivocado como siempre.", "es", "hold"),
    # A person to be taken out ...
    ("Somebody needs to take that reporter out.", "en", "reject"),
    ("That councilman needs to be taken out, permanently.", "en", "reject"),
    ("Someone should take out that blogger.", "en", "reject"),
    ("That reporter should be taken out for good.", "en", "reject"),
    ("Ojalá le den un plomazo a ese comentarista.", "es", "reject"),
    # ... not taken out to lunch, the trash, the running, or voted out.
    ("Somebody should take that reporter out to lunch and explain the budget.", "en", "approve"),
    ("We should take the new councilman out for a beer after the meeting.", "en", "approve"),
    ("Someone should take out the trash before the meeting.", "en", "approve"),
    ("The councilman was taken out of the running after the primary.", "en", "approve"),
    ("That councilman needs to be voted out, permanently.", "en", "approve"),
    # A place pinned, then a safe-road wish: the menace signed off ...
    (
        "I know you live on Maple Street and park the blue Honda out front. Drive safe.",
        "en",
        "reject",
    ),
    ("You work at the Walgreens on 5th, right? Drive safe tonight.", "en", "reject"),
    (
        "Nice house on Elm Street, by the way. Would be a shame if something happened. Drive safe.",
        "en",
        "reject",
    ),
    ("Sé que vives en la colonia Centro, junto a la farmacia. Cuídate mucho.", "es", "reject"),
    # ... care otherwise, and a car admired.
    ("Roads are icy on Maple Street this morning, drive safe.", "en", "approve"),
    ("Great game Saturday, drive safe everyone!", "en", "approve"),
    (
        "I know you work nights at the hospital, stay safe and thanks for everything.",
        "en",
        "approve",
    ),
    ("I saw your truck at the car show, great paint job!", "en", "approve"),
    ("I saw your wife at the gym on Elm. Nice.", "en", "hold"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_troll_referent(text: str, lang: str, expected: str) -> None:
    assert category_action(text, "troll", lang, blog_model=False) == expected, text
