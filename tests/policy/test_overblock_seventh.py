"""Harmless comments the rules used to hold, seventh round, with the near misses that must still
be caught: a group as the source of a report, speaking ill of a group as a reported act, a
price a group will pay, a trope word discussed as a word, a slur the writer names their own
people with, insults of office-holders and a deed judged, and disgust at reported words.
Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A group as the source of a report: what follows the verb of telling is their account.
    (
        "Las mujeres que cruzan la selva cuentan que la violencia es casi rutina en el camino.",
        "es",
        "hate",
        "approve",
    ),
    ("Las mujeres indígenas relatan que los soldados eran violentos.", "es", "hate", "approve"),
    (
        "Los migrantes que llegan a Tijuana cuentan que los polleros son unos criminales.",
        "es",
        "hate",
        "approve",
    ),
    ("Los inmigrantes se quejan de que los caseros son unos ladrones.", "es", "hate", "approve"),
    (
        "Las vecinas gitanas denuncian que los guardias del súper son unos racistas.",
        "es",
        "hate",
        "approve",
    ),
    ("Immigrants complain that the landlords are thieves.", "en", "hate", "approve"),
    ("Black residents testified that officers were violent and racist.", "en", "hate", "approve"),
    ("Migrants told reporters the guards were violent and cruel.", "en", "hate", "approve"),
    ("Muslim women told investigators that the guards were brutal.", "en", "hate", "approve"),
    # ... but the group said to be the bad thing, or a verb with no account after it, is not.
    ("Los migrantes que llegan a Tijuana son unos criminales.", "es", "hate", "flag"),
    ("Las mujeres cuentan mentiras, son unas manipuladoras.", "es", "hate", "flag"),
    ("Los gitanos dicen que trabajan, pero son unos ladrones.", "es", "hate", "flag"),
    ("Immigrants complain all day and are lazy thieves.", "en", "hate", "flag"),
    ("Migrants told reporters they are victims, but they are all criminals.", "en", "hate", "flag"),
    # Speaking ill of a group as an act someone reports ("hablar pestes de", "badmouth").
    ("Mi abuela hablaba pestes de los chilangos, hoy vive con uno.", "es", "hate", "approve"),
    ("Mi tío siempre habla pestes de los gringos pero vive en Texas.", "es", "hate", "approve"),
    (
        "En el pueblo ponían verdes a los gitanos y ahora todos van a su boda.",
        "es",
        "hate",
        "approve",
    ),
    ("She trash-talked Mexicans for years before marrying one.", "en", "hate", "approve"),
    ("She trash-talked Mexicans for years before marrying one.", "en", "troll", "approve"),
    ("He spoke ill of immigrants his whole life and then married one.", "en", "hate", "approve"),
    # ... but a group called a plague, or hated by the writer, is still hate.
    ("Los chilangos son una peste.", "es", "hate", "flag"),
    ("Odio a los gringos, siempre hablan pestes de nosotros.", "es", "hate", "flag"),
    ("Los gitanos son unos apestosos y hablan pestes de todos.", "es", "hate", "flag"),
    ("I badmouth Mexicans because they are trash.", "en", "hate", "flag"),
    # A group as the topic of someone's speech.
    ("He ranted about Muslims for an hour at the rally.", "en", "hate", "approve"),
    (
        "El candidato se pasó el discurso hablando de los inmigrantes y la delincuencia.",
        "es",
        "hate",
        "approve",
    ),
    ("Habló de los judíos en su mitin y nadie le aplaudió.", "es", "hate", "approve"),
    (
        "The way the sheriff talks about migrants in press conferences is gross.",
        "en",
        "hate",
        "approve",
    ),
    ("The way the host talks about gay people on his show is repulsive.", "en", "hate", "approve"),
    ("La forma en que el alcalde habla de los migrantes es asquerosa.", "es", "hate", "approve"),
    # ... but the group itself judged, past a clause or not, is still caught.
    ("Migrants in press conferences are gross.", "en", "hate", "flag"),
    ("Muslims who live in Dearborn are terrorists.", "en", "hate", "flag"),
    # "fuera" as the past subjunctive of ser ("si fuera", "como si fuera", "aunque fuera") puts
    # the writer or someone in a group's place; the interjection "¡Fuera X!" is still read.
    (
        "Si fuera hondureño también me iría de ahí, con esa violencia cualquiera se va.",
        "es",
        "hate",
        "approve",
    ),
    ("Si yo fuera mexicano y viviera en Juárez, me saldría de la ciudad.", "es", "hate", "approve"),
    ("Como si fuera venezolano, lo trataron como criminal en la garita.", "es", "hate", "approve"),
    ("Aunque fuera guatemalteco, tiene derecho a un juicio justo.", "es", "hate", "approve"),
    ("¡Fuera hondureños de Tijuana!", "es", "hate", "flag"),
    ("Que se vayan, fuera mexicanos de este condado.", "es", "hate", "flag"),
    # A negated or refuted claim that a group brings crime or disease.
    (
        "Los hondureños nunca trajeron enfermedades a este pueblo; la clínica lo dejó claro.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Refugees do not bring diseases with them; they get vaccinated before they arrive.",
        "en",
        "hate",
        "approve",
    ),
    (
        "The mayor claimed crime jumped once the refugees moved in, but the county's numbers "
        "show it fell.",
        "en",
        "hate",
        "approve",
    ),
    (
        "Los hondureños trajeron enfermedades a este pueblo, eso todos lo saben.",
        "es",
        "hate",
        "flag",
    ),
    # A criminal gang named after the group is what a later pronoun stands for.
    (
        "Los venezolanos no trajeron la delincuencia. El Tren de Aragua es una banda criminal y "
        "hay que perseguirla con todo.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Sí, hay casos del Tren de Aragua documentados por la policía, y hay que perseguirlos.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Los venezolanos no son el problema. El Tren de Aragua sí, y hay que acabar con ellos.",
        "es",
        "hate",
        "approve",
    ),
    # ... but with no gang between, the pronoun is the group.
    ("Los venezolanos son una plaga y hay que acabar con ellos.", "es", "hate", "flag"),
    ("Los venezolanos traen crimen. Hay que echarlos a todos.", "es", "hate", "flag"),
    (
        "Los chinos de Mexicali son mafia, todos. Son una plaga que llegó hace cien años.",
        "es",
        "hate",
        "flag",
    ),
    # A price or a fee a group will pay is no threat.
    ("You women will pay less for insurance under this plan.", "en", "hate", "approve"),
    ("Seniors and disabled people will pay less for transit.", "en", "hate", "approve"),
    ("Immigrants will pay $20 a month for the new permit.", "en", "hate", "approve"),
    ("Ustedes las mujeres van a pagar menos por el seguro con este plan.", "es", "hate", "approve"),
    ("Los migrantes van a pagar la mitad por el permiso de trabajo.", "es", "hate", "approve"),
    # ... but paying for what they are or did, the price, or with blood, is a threat.
    ("Muslims will pay for this.", "en", "hate", "flag"),
    ("Women will pay for what they did.", "en", "hate", "flag"),
    ("Jews will pay the price.", "en", "hate", "flag"),
    ("Los judíos lo van a pagar caro.", "es", "hate", "flag"),
    ("Las feministas van a pagar por lo que hicieron.", "es", "hate", "flag"),
    # A trope word discussed as a word: named a dog whistle, code, caricature or propaganda.
    ("'Globalist' is a dog whistle for Jews in half the comments here.", "en", "hate", "approve"),
    ("The word globalist is often code for Jews.", "en", "hate", "approve"),
    ("Calling them 'globalists' is anti-Semitic code.", "en", "hate", "approve"),
    ('"Globalista" es un código para decir judíos.', "es", "hate", "approve"),
    (
        "That banner with a hook-nosed banker was straight out of 1930s propaganda.",
        "en",
        "hate",
        "approve",
    ),
    ("Someone told me Jews 'control the media' and I laughed.", "en", "hate", "approve"),
    (
        "It's ridiculous that people keep arguing Latinos 'can't be trusted to vote.'",
        "en",
        "hate",
        "approve",
    ),
    # ... but the trope asserted, even beside such a word, is still caught.
    ("The Jews control the banks.", "en", "hate", "flag"),
    ("Globalists, and we all know that means Jews, control the media.", "en", "hate", "flag"),
    (
        "Globalist is just code for the Jews who run the banks, and they do run them.",
        "en",
        "hate",
        "flag",
    ),
    ("My dad told me Jews control the media.", "en", "hate", "flag"),
    ("Latinos can't be trusted to vote.", "en", "hate", "flag"),
    # A slur the writer names their own people with ("we X", "nosotros los X").
    ("We beaners at the family BBQ argued about this for 3 hrs lol", "en", "hate", "approve"),
    ("We beaners built this town.", "en", "hate", "approve"),
    ("Nosotros los sudacas sabemos lo que es migrar.", "es", "hate", "approve"),
    ("As a beaner myself, I think the article is fair.", "en", "hate", "approve"),
    # ... but the slur for others, with hate beside it, or aimed at the reader, is not.
    ("We hate beaners.", "en", "hate", "flag"),
    ("We should kill the beaners.", "en", "hate", "flag"),
    ("You beaners built nothing.", "en", "hate", "flag"),
    ("We don't want beaners here.", "en", "hate", "flag"),
    ("Nosotros odiamos a los sudacas.", "es", "hate", "flag"),
    ("Los sudacas son una plaga.", "es", "hate", "flag"),
    # An office-holder called a name that is no swear word: opinion on public conduct.
    ("El diputado es un imbécil.", "es", "troll", "approve"),
    ("Senator Blake is a scumbag.", "en", "troll", "approve"),
    ("The governor is an imbecile and his budget proves it.", "en", "troll", "approve"),
    # A deed judged with an insult word ("clown behavior").
    (
        "He wore a cowboy hat to announce a water shortage. Clown behavior.",
        "en",
        "troll",
        "approve",
    ),
    ("Your clown behavior is embarrassing, mayor.", "en", "troll", "approve"),
    # ... but a swear word, or the reader called a name, still holds. An animal of greed
    # ("una rata") is harsh opinion of an office-holder, as English "the governor is a rat".
    ("El diputado es un hijo de puta.", "es", "troll", "flag"),
    ("El gobernador es una rata.", "es", "troll", "approve"),
    ("You are an imbecile.", "en", "troll", "flag"),
    ("@Rick is an imbecile.", "en", "troll", "flag"),
    ("Oye Fer, eres un imbécil.", "es", "troll", "flag"),
    ("You clown.", "en", "troll", "flag"),
    # Criminals named in one sentence are the dropped subject of the next.
    (
        "Me indigna que el cartel cobre piso en el mercado. Son unas ratas.",
        "es",
        "troll",
        "approve",
    ),
    ("Los sicarios de la plaza mataron a dos. Son unos cobardes.", "es", "troll", "approve"),
    # ... but not with the reader among them, or other people named first.
    ("Los del cártel cobran piso. Son unas ratas como tú.", "es", "troll", "flag"),
    ("Los comentaristas de aquí defienden al cártel. Son unas ratas.", "es", "troll", "flag"),
    # That people of a kind exist ("hay X en todos lados") names nobody.
    ("Hay ojetes en todos lados.", "es", "troll", "approve"),
    ("Hay pendejos en todas partes, también en Texas.", "es", "troll", "approve"),
    # ... but with the reader among them, or the insult alone, it is aimed.
    ("Hay pendejos como tú en todos lados.", "es", "troll", "flag"),
    ("Eres de los pendejos que hay en todos lados.", "es", "troll", "flag"),
    ("Hay que ser pendejo para creer eso, Juan.", "es", "troll", "flag"),
    # Disgust at reported words or acts judges them, and no one in the thread.
    (
        'El diputado dijo que los centroamericanos "traen enfermedades". Falso y asqueroso.',
        "es",
        "troll",
        "approve",
    ),
    ('Gritarle "regrésate a tu país" a un niño es asqueroso.', "es", "troll", "approve"),
    ('La pinta en la iglesia decía "fuera mexicanos". Repugnante.', "es", "troll", "approve"),
    (
        'Someone spray-painted "go home" on the mosque. Disgusting and vile.',
        "en",
        "troll",
        "approve",
    ),
    (
        "El meme de 'no mandan a los mejores' que circula en Facebook es asqueroso.",
        "es",
        "troll",
        "approve",
    ),
    # ... but the same words said of a commenter, a person or a group are still aimed.
    ("@Rick dijo que el alcalde tiene razón. Qué asqueroso eres, Rick.", "es", "troll", "flag"),
    ("Ellos dijeron que no importa. Ellos son repugnantes.", "es", "troll", "flag"),
    ('Eres asqueroso, lo que dijiste "no vale".', "es", "troll", "flag"),
    ('Dijiste que "no importa". Eres un asqueroso.', "es", "troll", "flag"),
    ('You said "whatever". You are a vile hypocrite.', "en", "troll", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_seventh(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
