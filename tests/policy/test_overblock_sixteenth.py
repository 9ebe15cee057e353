"""Harmless comments the rules used to flag, sixteenth round, with the near misses that must
still be caught. A bad kind of person denied of a group ("no son gente mala", "are not bad
people") defends it, and "no todos los X son iguales" excepts some members rather than judging
all; a group's difficulty explained by an outside cause ("no se integran porque el gobierno no
da clases") blames the institution, while a cause that is the group's own will, nature or
culture still counts; "no se adaptan al frío" is about the weather. An old friend hailed as
"you old bastard" with a meeting proposed is teased, not attacked; "ese cabrón del portero"
names a player, not a reader; a jab echoed back as a question ("touch grass? in this heat?")
answers it; "Hating X is not okay / is wrong" refuses the hatred; a reading jab that goes on
to correct from the article is an argument. An opinion marked as one ("as far as I'm
concerned", "a mi juicio") is no claim of fact, and a crime told by its victim with no doer
named ("me robaron en Panamá") accuses no one.
Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A bad kind of person denied: a defence ...
    (
        "Los hondureños del albergue no son gente mala, solo buscan trabajo.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Los sirios de mi calle no son malas personas, son familias cansadas.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Refugees are not bad people, they are families who ran out of options.",
        "en",
        "hate",
        "approve",
    ),
    # ... but a good kind denied, or people denied outright, is still a slight.
    ("Los gitanos no son gente decente.", "es", "hate", "flag"),
    ("Immigrants are not people.", "en", "hate", "flag"),
    ("Women are not good people.", "en", "hate", "flag"),
    # "Not all X are the same" excepts some members ...
    (
        "No todos los venezolanos son iguales, igual que no todos los de aquí.",
        "es",
        "hate",
        "approve",
    ),
    (
        "No todos los migrantes son honrados, como no lo son todos los vecinos.",
        "es",
        "hate",
        "approve",
    ),
    # ... while "no X is ..." judges every member.
    ("Ningún gitano es honrado.", "es", "hate", "flag"),
    ("No immigrant is honest.", "en", "hate", "flag"),
    # A difficulty explained by an outside cause ...
    (
        "Los venezolanos no se integran porque el ayuntamiento no da clases de idioma gratis.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Muchos ecuatorianos no se integran por falta de clases de español por la tarde.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Immigrants don't integrate because the city cut every evening language class.",
        "en",
        "hate",
        "approve",
    ),
    # ... but a cause in the group's will, nature or culture still blames the group.
    ("Los marroquíes no se integran porque no quieren, son así.", "es", "hate", "flag"),
    ("Los musulmanes no se integran porque su cultura se lo prohíbe.", "es", "hate", "flag"),
    ("Los gitanos no se integran porque son unos vagos.", "es", "hate", "flag"),
    ("Muslims don't integrate because they don't want to.", "en", "hate", "flag"),
    ("Los rumanos no se integran.", "es", "hate", "flag"),
    # The weather or the hours a group is not used to is an observation ...
    (
        "Los colombianos que llegan en enero no se adaptan al frío de Madrid.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Los dominicanos no se adaptan al horario de comidas de aquí, cenan a las siete.",
        "es",
        "hate",
        "approve",
    ),
    # ... our customs are not.
    ("Los marroquíes no se adaptan a nuestras costumbres.", "es", "hate", "flag"),
    ("Los latinos nunca se adaptan.", "es", "hate", "flag"),
    # An old friend hailed with a meeting proposed ...
    (
        "Hey you old bastard, saw you at the hardware store and you didn't wave. Coffee Thursday?",
        "en",
        "troll",
        "approve",
    ),
    (
        "Hey you old bastard, you owe me a coffee for fixing your fence. Tuesday?",
        "en",
        "profanity",
        "approve",
    ),
    ("You old bastard, happy birthday! Sixty looks good on you.", "en", "profanity", "approve"),
    ("Welcome back, Tony! Figured the flu finally got you, viejo.", "en", "troll", "approve"),
    ("Good to see you, Marta! Thought the move finally got you, vieja.", "en", "troll", "approve"),
    # ... but the hail with hostility, or the insult alone, is still aimed.
    ("Cállate, viejo, nadie te pidió opinión.", "es", "troll", "flag"),
    (
        "Hey you old bastard, shut your mouth, nobody wants your opinion here.",
        "en",
        "troll",
        "flag",
    ),
    ("You old bastard, go rot somewhere, you ruined this thread.", "en", "profanity", "flag"),
    ("You lazy bastard, learn to read.", "en", "troll", "flag"),
    # "Ese cabrón del portero": a crude word naming someone outside the thread ...
    (
        "Ese cabrón del delantero metió dos goles en diez minutos, qué bárbaro.",
        "es",
        "troll",
        "approve",
    ),
    ("El cabrón del alcalde ya ni se aparece por la colonia.", "es", "troll", "approve"),
    ("Qué bueno que por fin detuvieron a esos cabrones.", "es", "troll", "approve"),
    # ... the author, a reader, or a string of abuse are still aimed.
    ("El cabrón del autor no sabe ni de lo que habla.", "es", "troll", "flag"),
    ("Otra vez el cabrón de @ramiro_mx con sus mentiras.", "es", "troll", "flag"),
    ("Eres un cabrón, ya deja de comentar.", "es", "troll", "flag"),
    ("El pendejo del gobernador otra vez con sus ocurrencias.", "es", "troll", "flag"),
    # A jab echoed as a question, to answer it ...
    ("Touch grass? It's August in Phoenix, the grass is on fire.", "en", "troll", "approve"),
    ("¿Payaso? Payaso el que aprobó el presupuesto sin leerlo.", "es", "troll", "approve"),
    # ... said as the writer's own, it is still a jab.
    ("Touch grass, loser.", "en", "troll", "flag"),
    ("touch grass", "en", "troll", "flag"),
    ("Did a toddler write this? Serious question.", "en", "troll", "flag"),
    ("Is the columnist even literate? Honest question.", "en", "troll", "flag"),
    # Hatred named to refuse or condemn it ...
    ("Arguing about the border is fine. Hating Mexicans is not okay.", "en", "hate", "approve"),
    ("Questioning the policy is fair. Hating trans people is wrong.", "en", "hate", "approve"),
    # ... but hatred called right, fine or "not wrong" is endorsed.
    ("Hating immigrants is not wrong.", "en", "hate", "flag"),
    ("Hating immigrants is fine.", "en", "hate", "flag"),
    # A reading jab that goes on to argue from the article ...
    (
        "You clearly didn't read past the headline. The article says the clinic is moving to "
        "Fifth Street, not closing.",
        "en",
        "troll",
        "approve",
    ),
    (
        "Did you even read the article? The bill caps the fee at twenty dollars, it doesn't raise "
        "it.",
        "en",
        "troll",
        "approve",
    ),
    # ... with a sneer or an insult beside it, it is still flame bait.
    (
        "You clearly didn't read past the headline. Maybe try reading before embarrassing "
        "yourself again lol",
        "en",
        "troll",
        "flag",
    ),
    ("You didn't read past the headline, did you. Typical.", "en", "troll", "flag"),
    ("You didn't read the article, idiot. It says the opposite.", "en", "troll", "flag"),
    # "Un chingo" (a lot) and "hell no" are idioms of degree, counted half ...
    (
        "Los del Atlas son unos cabrones, ganaron de milagro. Los queremos un chingo.",
        "es",
        "profanity",
        "approve",
    ),
    (
        "Hell no. Not one more dollar for that parking study. Damn shame.",
        "en",
        "profanity",
        "approve",
    ),
    # ... a string of swear words still is excess.
    ("Pinche gobierno de mierda.", "es", "profanity", "flag"),
    ("Hell no, this is fucking bullshit.", "en", "profanity", "flag"),
    # "No damos crédito" is disbelief, not a loan offered ...
    ("Aquí en Madrid no damos crédito, otra subida del alquiler.", "es", "spam", "approve"),
    # ... "damos créditos" offered still is spam.
    ("Damos créditos rápidos sin aval, escríbenos por WhatsApp.", "es", "spam", "flag"),
    # An opinion marked as the writer's own is no claim of fact ...
    (
        "The sheriff's a crook as far as I'm concerned, but I'll wait for the audit.",
        "en",
        "libel",
        "approve",
    ),
    (
        "A mi juicio el alcalde es un corrupto, pero que lo decida un juez.",
        "es",
        "libel",
        "approve",
    ),
    # ... stated bare, it is.
    ("Mayor Dalton took bribes from the paving contractor.", "en", "libel", "flag"),
    # A crime told by its victim, its doers unnamed ...
    (
        "Yo salí de Venezuela en 2021, crucé cinco países, me robaron en Panamá y llegué sin nada.",
        "es",
        "libel",
        "approve",
    ),
    (
        "Muchos de los chavos del crucero son de Honduras y les robaron todo en el camino.",
        "es",
        "libel",
        "approve",
    ),
    # ... and so is a killing dated long ago in the sentence before ...
    (
        "I only learned about the mine strike of 1911 last week. Company guards shot nine miners "
        "and Sheriff Ocampo jailed their widows.",
        "en",
        "libel",
        "approve",
    ),
    # ... with a named doer, or a recent date, it is an accusation.
    (
        "In 1998 I moved to Laredo. Sheriff Dale Parker takes bribes from the cartel.",
        "en",
        "libel",
        "flag",
    ),
    (
        "El alcalde Ruiz y su hermano me robaron el terreno con papeles falsos.",
        "es",
        "libel",
        "flag",
    ),
    (
        "Le pagaron al inspector Salas para que no dijera nada del derrame.",
        "es",
        "libel",
        "flag",
    ),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_sixteenth(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang=lang)
