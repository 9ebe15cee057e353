"""Spanish hate in more forms (our own sentences): a plural predicate said of one member
("un X no vale nada"), implicit derogation of a group's place and worth, approval before the
act ("está bien matar a los X"), a wish with the verb first ("ojalá no existieran los X"),
"no son más que X" naming who "they" were, threats on a condition ("la próxima vez que vea a
un X le daré una paliza", "si ves a un X, mátalo") and harm or hatred aimed at someone for
being one of a group ("te mataré por ser X"). Each table has near misses that must pass:
the law, reports of what others did, pity, help, negation, counter-speech and things that
are no protected group. "flag" means hold or reject in the hate category."""

import pytest

from moderation.policy.lexicon import singular_es

from .expect import assert_category_action

SINGULAR = [
    ("Una mujer no vale nada.", "flag"),
    ("Un inmigrante no sirve para nada.", "flag"),
    ("Una lesbiana solo sirve para limpiar.", "flag"),
    ("Un gitano no tiene lugar en este país.", "flag"),
    ("Una persona negra pertenece a un zoo.", "flag"),
    ("Un judío debería ser esclavo.", "flag"),
    ("Un discapacitado no debería haber nacido.", "flag"),
    ("Un refugiado apesta.", "flag"),
    ("Este gobierno no vale nada.", "approve"),
    ("Mi coche no sirve para nada.", "approve"),
    ("Decir que una mujer no vale nada es machismo.", "approve"),
    ("Una mujer no vale menos que un hombre.", "approve"),
    ("Un migrante nos quitó el miedo a hablar de la frontera.", "approve"),
]
IMPLICIT = [
    ("Las mujeres deberían ser sumisas.", "flag"),
    ("Los gitanos viven a costa de los demás.", "flag"),
    ("Los haitianos no conocen la higiene.", "flag"),
    ("Los gays contagian sus enfermedades.", "flag"),
    ("Los musulmanes son una invasión.", "flag"),
    ("Ser lesbiana es una perversión.", "flag"),
    ("Los negros deberían ser esclavos.", "flag"),
    ("Los inmigrantes están infestando el barrio.", "flag"),
    ("Ojalá no existieran los gays.", "flag"),
    ("Las personas trans necesitan tratamiento.", "flag"),
    ("Decir que las mujeres deberían ser sumisas es machismo puro.", "approve"),
    ("Mi abuela dice que las mujeres deberían estar en casa, y yo le digo que no.", "approve"),
    ("Ojalá no existiera el racismo contra los gitanos.", "approve"),
    ("Los ultras gritaban que los inmigrantes infestan el barrio, y es repugnante.", "approve"),
    ("Las mujeres no deberían tener miedo de salir solas.", "approve"),
    ("Los judíos no deberían tener que esconderse.", "approve"),
    ("Un gay no debería tener miedo de besar a su pareja.", "approve"),
    ("Los mosquitos contagian enfermedades.", "approve"),
]
THREATS = [
    ("Está bien matar a los gays.", "reject"),
    ("Es lo correcto exterminar a los gitanos.", "reject"),
    ("No veo la hora de ver arder a todos los musulmanes.", "reject"),
    ("Me encantaría ver a todas las personas trans ardiendo.", "flag"),
    ("La próxima vez que vea a un discapacitado le daré una paliza.", "reject"),
    ("La próxima vez que vea a un judío, le daré una paliza.", "reject"),
    ("Si ves a un gay, mátalo.", "reject"),
    ("Te mataré por ser gay.", "reject"),
    ("Os voy a matar a todos por ser negros.", "reject"),
    ("Te odio por ser mujer.", "flag"),
    ("Los gitanos deberían ser borrados de la faz de la tierra.", "reject"),
    ("No está bien matar a los inmigrantes.", "approve"),
    ("Está bien ayudar a los refugiados.", "approve"),
    ("Está bien que los gays se casen.", "approve"),
    ("No veo la hora de ver a mis amigos gays.", "approve"),
    ("Me encantaría ver a todas las personas trans felices.", "approve"),
    ("La próxima vez que vea a una mujer en el metro, le cederé el asiento.", "approve"),
    ("Si ves a un inmigrante en apuros, ayúdalo.", "approve"),
    ("Lo mataron por ser gay y nadie hizo nada.", "approve"),
    ("Me odian por ser mujer.", "approve"),
    ("A mi amiga la insultaron por ser trans.", "approve"),
    ("Odio que te traten mal por ser gay.", "approve"),
    ("No te odio por ser gay.", "approve"),
    ("Te quiero por ser mujer.", "approve"),
]
REFERENCE = [
    ("Claro que son estúpidos. Al fin y al cabo no son más que gays.", "flag"),
    ("Claro que son listos. Al fin y al cabo no son más que niños.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), SINGULAR + IMPLICIT + THREATS + REFERENCE)
def test_spanish_hate_forms(text, expected):
    assert_category_action(text, expected, "hate", lang="es")


@pytest.mark.parametrize(
    ("phrase", "one"),
    [
        ("no valen nada", "no vale nada"),
        ("deberian ser esclavos", "deberia ser esclavo"),
        ("ser esclavas", "ser esclava"),
        ("nos quitan el trabajo", "nos quita el trabajo"),
        ("una plaga", None),
    ],
)
def test_plural_predicates_have_a_singular(phrase, one):
    assert singular_es(phrase) == one


VERBS = [
    ("Voy a violar a todas las lesbianas.", "reject"),
    ("Voy a aplastar a los musulmanes.", "flag"),
    ("Necesitamos deshacernos de los gitanos.", "flag"),
    ("Deseo que todos los judíos mueran.", "flag"),
    ("Lo acusan de violar a una menor.", "approve"),
    ("Deseo que todos los refugiados encuentren un hogar.", "approve"),
    ("Necesitamos ayudar a los inmigrantes.", "approve"),
    ("Vamos a aplastar al equipo rival el domingo.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), VERBS)
def test_spanish_violence_verbs(text, expected):
    assert_category_action(text, expected, "hate", lang="es")


# Slurs: misogynist words used as nouns after "otra", "demasiadas" or "odio a las" (not as
# an intensifier before a noun: "otra puta vez"), and a few regional words; the homonyms
# (dogs, foxes, a sweet), family speaking of its own ("mi primo es joto") and reclaimed use
# pass.
SLURS = [
    ("Otra puta vez lo mismo.", "approve"),
    ("Mi primo es joto y lo queremos mucho.", "approve"),
    ("Odio a las zorras.", "flag"),
    ("Otra guarra más en la oficina.", "flag"),
    ("Hay demasiadas furcias en este país.", "flag"),
    ("Zorra es lo que eres.", "flag"),
    ("Eres solo un trolo para mí.", "flag"),
    ("Los travas no deberían existir.", "flag"),
    ("Eres un conguito.", "flag"),
    ("Odio a los travestis.", "flag"),
    ("Soy marica y a mucha honra.", "approve"),
    ("Somos bolleras y felices.", "approve"),
    ("Odio a las perras del vecino, ladran toda la noche.", "approve"),
    ("Otra perra se escapó del refugio.", "approve"),
    ("Hay demasiadas zorras en el bosque.", "approve"),
    ("Los conguitos de chocolate están buenísimos.", "approve"),
    ("Los travestis del cabaret hicieron un show precioso.", "approve"),
    ("Le llamaron maricón en el colegio y lo denunciamos.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), SLURS)
def test_spanish_slurs_in_more_frames(text, expected):
    assert_category_action(text, expected, "hate", lang="es")


# A group carried by a pronoun, a dropped subject or a singular reason; every member denied
# worth; the writer's reaction to one member; more group names and words of contempt. Near
# misses: things described with a group word ("el chocolate negro", "la comida china"),
# praise, a singular fault with a subject of its own, and the law.
REFERENCES = [
    ("Hay muchos gitanos en mi barrio. No valen nada.", "flag"),
    ("Las mujeres quieren derechos. Son unas putas.", "flag"),
    ("Evidentemente son inferiores. Son negras.", "flag"),
    ("No es de extrañar que sean tan tontos. Son discapacitados.", "flag"),
    ("Son unos ladrones. Como todos los gitanos.", "flag"),
    ("Claro que es estúpida. Al fin y al cabo es una mujer.", "flag"),
    ("Es un vago. Después de todo es un indígena.", "flag"),
    ("Gays: los vamos a matar a todos.", "reject"),
    ("Si fuera por mí, los judíos estarían todos muertos.", "flag"),
    ("Ustedes los inmigrantes no son nada.", "flag"),
    ("Las lesbianas no merecen ni el aire que respiran.", "flag"),
    ("Es muy trabajador. Al fin y al cabo es un inmigrante.", "approve"),
    ("Mi vecino es un idiota. Es gay, por cierto.", "approve"),
    ("Los gitanos no dejan de ser personas.", "approve"),
    ("Mis vecinos son encantadores, como todos los gitanos que conozco.", "approve"),
    ("Los refugiados llegan mañana; los vamos a recibir con comida.", "approve"),
]
WORTH_AND_REACTION = [
    ("No soporto a ningún gay.", "reject"),
    ("Odio estar cerca de un judío.", "flag"),
    ("No existe un inmigrante inteligente.", "flag"),
    ("Jamás he conocido a una mujer honrada.", "flag"),
    ("Ningún indígena vale la pena.", "flag"),
    ("Un gitano me repugna.", "flag"),
    ("Me da pena lo que le pasa a un migrante en la frontera.", "approve"),
    ("Me molesta que los migrantes sean tratados así.", "approve"),
    ("Una persona trans me enferma.", "flag"),
    ("Un musulmán no tiene valor.", "flag"),
    ("Que le jodan a cualquier negro.", "flag"),
    ("No soporto a ningún político.", "approve"),
    ("Dice que no soporta a ningún gay.", "approve"),
    ("No existe un gay que no sea valiente.", "approve"),
    ("Ningún inmigrante vale menos que otro.", "approve"),
    ("Esta película no vale la pena.", "approve"),
    ("El chocolate negro me da asco.", "approve"),
    ("Odio el chocolate negro. Me da asco.", "approve"),
    ("La comida china me repugna.", "approve"),
    ("Esta película de mujeres me repugna.", "approve"),
    ("Mi coche me repugna.", "approve"),
]
GROUPS_AND_WORDS = [
    ("Las personas con diversidad funcional son un estorbo.", "flag"),
    ("Odio a las personas no binarias.", "flag"),
    ("Las personas racializadas son escoria.", "flag"),
    ("Los gitanos son unos resentidos.", "flag"),
    ("Los musulmanes son unos puercos.", "flag"),
    ("Las mujeres son una desgracia.", "flag"),
    ("Los comentarios son ridículos.", "approve"),
    ("El partido fue un desastre.", "approve"),
    ("Las personas con diversidad funcional tienen derecho a una rampa.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), REFERENCES + WORTH_AND_REACTION + GROUPS_AND_WORDS)
def test_spanish_references_worth_and_reactions(text, expected):
    assert_category_action(text, expected, "hate", lang="es")


# One member standing for the group ("que se muera toda X", "¿por qué debería un X tener
# derechos?", "la única X buena es una X muerta"); counter-speech that names the reader's view
# ("es repugnante que digas que ...", "tu comentario de que ...") or a hater ("si odias a los
# X, el problema lo tienes tú"), and a singular copula whose subject is not the plural group.
ONE_AND_COUNTER = [
    ("Que se muera toda persona trans.", "flag"),
    ("Ojalá se muera cualquier gitano.", "flag"),
    ("¿Por qué debería un gay tener derechos?", "flag"),
    ("La única persona negra buena es una persona negra muerta.", "flag"),
    ("Un judío muerto es un judío bueno.", "flag"),
    ("Si odio a los gays es porque son asquerosos.", "flag"),
    ("Si odias a los gays, estás en tu derecho, son asquerosos.", "flag"),
    ("Los gitanos es lo peor que hay.", "flag"),
    ("Cada uno de los gays es una rata.", "flag"),
    ("Mi abuelo está malo y no quiero que se muera.", "approve"),
    ("Que se largue el gobernador.", "approve"),
    ("¿Por qué un gay no puede tener derechos?", "approve"),
    ("El único perro bueno es un perro muerto.", "approve"),
    ("Es repugnante que digas que los judíos deberían morir.", "approve"),
    ("Tu comentario de que los musulmanes son terroristas es vergonzoso.", "approve"),
    ("Me da asco que pienses que los gays son una plaga.", "approve"),
    ("Me parece fatal que digas que los gitanos son ladrones.", "approve"),
    ("Si odias a las personas trans, el problema lo tienes tú.", "approve"),
    ("Los que odian a los gays son unos cobardes.", "approve"),
    ("Tu odio hacia las mujeres es patético.", "approve"),
    ("El trato a los inmigrantes es cruel.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), ONE_AND_COUNTER)
def test_spanish_one_member_and_counter_speech(text, expected):
    assert_category_action(text, expected, "hate", lang="es")


# Blog talk about public things and office-holders that a nationality describes, and one
# person named by a group word, pass; threats to a group put first as the topic are read.
PUBLIC_THINGS = [
    ("El gobierno mexicano es un desastre.", "approve"),
    ("La selección mexicana es un desastre.", "approve"),
    ("El sistema de salud mexicano es una desgracia.", "approve"),
    ("El futbol mexicano no vale nada.", "approve"),
    ("La comida mexicana no vale nada aquí, es carísima.", "approve"),
    ("Los policías mexicanos son unos narcos.", "approve"),
    ("La mujer del alcalde no vale nada como funcionaria.", "approve"),
    ("Los hondureños están podridos de esperar en la frontera.", "approve"),
    ("Los trabajadores mexicanos son unos flojos.", "flag"),
    ("La raza negra es inferior.", "flag"),
    ("Tener un hijo gay es una desgracia.", "flag"),
    ("A todos los gitanos los mataré.", "reject"),
    ("A todos los gays los mato.", "reject"),
    ("Os voy a hacer sufrir, judíos.", "reject"),
    ("Voy a prender fuego a los musulmanes.", "reject"),
    ("Cuando pille a un gay lo reviento.", "flag"),
    ("A los refugiados los vamos a ayudar.", "approve"),
    ("A los gays los mataron en la plaza.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), PUBLIC_THINGS)
def test_spanish_public_things_and_topic_threats(text, expected):
    assert_category_action(text, expected, "hate", lang="es")


# Questions that carry contempt: the writer's view asked back ("¿No crees que ...?"), the
# group named the worst there is, "¿alguien soporta a ...?", a wish the group died or were
# gone; real questions, condemnation and pity pass.
QUESTIONS = [
    ("¿No crees que los gays deberían morir?", "reject"),
    ("¿No te parece que los gitanos son unos ladrones?", "flag"),
    ("¿Hay algo más asqueroso que los judíos?", "flag"),
    ("No hay nada más repugnante que un gitano.", "flag"),
    ("¿Alguien soporta a las personas trans?", "flag"),
    ("¿Por qué hay que aguantar a los musulmanes?", "flag"),
    ("¿Por qué no se mueren todos los inmigrantes?", "flag"),
    ("¿Cuándo nos libraremos de los gitanos?", "flag"),
    ("¿No crees que decir que los gays deberían morir es racista?", "approve"),
    ("¿Crees que los gays deberían morir? Qué barbaridad.", "approve"),
    ("¿No crees que los gays merecen respeto?", "approve"),
    ("¿Hay algo más triste que los migrantes muertos en el desierto?", "approve"),
    ("No hay nada más asqueroso que el racismo contra los gitanos.", "approve"),
    ("¿Por qué existen tantos prejuicios contra los gitanos?", "approve"),
    ("¿Qué se puede esperar de los migrantes si no les dan trabajo?", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), QUESTIONS)
def test_spanish_contemptuous_questions(text, expected):
    assert_category_action(text, expected, "hate", lang="es")


# Everyday harm verbs of Mexico, the River Plate and Spain; reports of what cartels do and
# sports talk pass.
REGIONAL_VERBS = [
    ("Voy a madrear a los gitanos.", "reject"),
    ("Les voy a partir la madre a los hondureños.", "flag"),
    ("Hay que darles piso a los haitianos.", "reject"),
    ("Voy a balear a todos los migrantes.", "flag"),
    ("A los judíos hay que cagarlos a palos.", "flag"),
    ("Voy a patearlos a todos, gitanos.", "reject"),
    ("Los narcos balearon a tres migrantes en Tamaulipas.", "approve"),
    ("Los cárteles secuestran a los migrantes en la frontera.", "approve"),
    ("Vamos a patear el balón con los niños gitanos.", "approve"),
    ("Los precios asfixian a los migrantes.", "approve"),
    ("La cocina balear es deliciosa.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), REGIONAL_VERBS)
def test_spanish_regional_harm_verbs(text, expected):
    assert_category_action(text, expected, "hate", lang="es")
