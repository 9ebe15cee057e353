"""Harmless comments the rules held or rejected in the voices of the newer writers, with the near
misses that must still be caught. Trolling: laughter beside a sign of friendship (a debt or a
date the two share, a hug, "jk" not taken back) makes a mild jab banter between regulars, while
laughter alone, "compa" or a strong insult still holds; a concept named ("eso se llama encuadre
y se estudia en primer año") unmasks no one. Hate: a belief the writer held and dropped ("I used
to think X were ... until I met ...", "pensaba que ... hasta que conocí ...") and a reason
denied ("no porque ellos sean criminales", "not because they are ...") are no claims about the
group; a belief kept ("and I was right", "lo sigo pensando") and a claim asserted beside a
denied reason still are. Ordinary senses by their context words (`allow.tsv`): a police dog
("the K9 ... a sweet old bitch"), a pig's head left as an insult to a mosque, the food a vendor
sells ("una señora que vende gorditas"), and a border bridge or avenue named Lerdo ("la Lerdo",
"el Lerdo está rápido"), while the same words said to someone still hold. A name the writer was
called, told ("me dices chairo", "they called me a traitor"), and the writer's own name-calling
taken back with an apology ("I called you a paid shill ... that was out of line") are no
insults; kept ("y lo sostengo", "and I meant it") they still are. Weather below the average
("subnormal rainfall", "temperaturas subnormales") is no slur, and a Spanish infinitive with its
pronoun ("controlarse") is never split into an English swear word. An expulsion or harm named as
the subject of a verdict of cruelty ("Deportar a los X a una cárcel ... es inhumano", "Deporting
X to a mega-prison ... is cruel") is judged, not called for, unless the sentence takes the
verdict back ("..., pero es lo que hay que hacer", "..., said nobody"). A mock nickname ("Ok
Karen") in a comment that reports what a spokesperson or an office says, speaking to no one in
the thread, mocks the official; "end" or "destroy" said to a friend with laughter and nothing
menacing ("I will end you 😂") is hyperbole. Swearing inside a quotation that a verb of saying or
shouting introduces ('un señor le gritó a una chica "..., X de mierda"') is a stranger's abuse,
told: neither aimed nor counted as the writer's; the writer's own quoted words ('te dije "..."',
'I told you "..."') still are.
Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # Laughter and a sign of friendship: banter between regulars ...
    (
        "jajaja @Nico sos un boludo, te dije que no llovía. Me debés una birra 😂",
        "es",
        "troll",
        "approve",
    ),
    (
        "@Nico jajaja dejá de llorar, boludo, el sábado lo vemos en lo de tu primo.",
        "es",
        "troll",
        "approve",
    ),
    (
        "jaja no te hagas el menso, compa, el domingo nos vemos en la carne asada",
        "es",
        "troll",
        "approve",
    ),
    ("lol @Dave you absolute clown, you owe me a beer for that bet", "en", "troll", "approve"),
    ("ok boomer 😂 jk, my uncle says the exact same thing every Sunday", "en", "troll", "approve"),
    ("lmao Rick you goof, see you at the game on Friday", "en", "troll", "approve"),
    # ... but laughter alone mocks, and a strong insult or a threat is no tease.
    ("jajaja sos un boludo, no entendés nada de economía", "es", "troll", "flag"),
    ("jaja eres un menso, nadie te toma en serio", "es", "troll", "flag"),
    ("jaja eres un hijo de puta, me debes un asado", "es", "profanity", "flag"),
    ("jajaja te voy a matar, compa, ya sé dónde vives", "es", "troll", "flag"),
    ("lol you're an idiot, nobody cares what you think", "en", "troll", "flag"),
    ("ok boomer 😂", "en", "troll", "flag"),
    ("lmao cry more, loser", "en", "troll", "flag"),
    ("Jajaja qué ardido andas, compa. Búscate una vida.", "es", "troll", "flag"),
    ("jajaja ya ni tu mamá te lee, compa", "es", "troll", "flag"),
    ("lol you're such a clown. jk. unless?", "en", "troll", "flag"),
    ("jaja eres un payaso, es broma... o no, ya veremos", "es", "troll", "flag"),
    # A concept named is no one unmasked ...
    ("En periodismo eso se llama encuadre y se estudia en primer año.", "es", "troll", "approve"),
    ("Esto se llama economía informal y se vive en todos los mercados.", "es", "troll", "approve"),
    (
        "In the trade this is actually named framing and it works on tired readers.",
        "en",
        "troll",
        "approve",
    ),
    # ... but a person named with where they work or teach still is.
    ("Ese tipo se llama Julio Pérez y trabaja en la ferretería de la 16.", "es", "troll", "reject"),
    ("Su nombre real es Marta Ruiz y da clases en la secundaria 5.", "es", "troll", "reject"),
    (
        "That troll is actually named Dale Smith and he works at the tire shop on Fifth.",
        "en",
        "troll",
        "reject",
    ),
    ("Her real name is Dana Cole and she teaches at Lincoln Middle.", "en", "troll", "reject"),
    # A belief dropped, or a reason denied, is no claim about the group ...
    (
        "Yo también pensaba que todos los migrantes eran delincuentes hasta que conocí a los de "
        "la obra.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Creía que los musulmanes eran terroristas hasta que conocí a mis vecinos.",
        "es",
        "hate",
        "approve",
    ),
    ("I used to think Muslims were terrorists until I met my neighbors.", "en", "hate", "approve"),
    (
        "I honestly thought immigrants were criminals until I worked a harvest next to them.",
        "en",
        "hate",
        "approve",
    ),
    (
        "La colonia se puso fea porque los cárteles extorsionan, no porque los migrantes sean "
        "delincuentes.",
        "es",
        "hate",
        "approve",
    ),
    (
        "The block got rough because of the gangs, not because the refugees are criminals.",
        "en",
        "hate",
        "approve",
    ),
    # ... but a belief kept, or a claim asserted beside a denied reason, still is.
    ("I always thought Muslims were terrorists and I was right.", "en", "hate", "flag"),
    ("De niño pensaba que los gitanos eran ladrones, y lo sigo pensando.", "es", "hate", "flag"),
    ("Not because they are poor, but because Gypsies are thieves.", "en", "hate", "flag"),
    ("Los migrantes son delincuentes, no porque sean pobres.", "es", "hate", "flag"),
    # Ordinary senses by their context words ...
    (
        "The K9 in the video is a sweet old bitch named Rosie. Not her fault.",
        "en",
        "troll",
        "approve",
    ),
    ("Our police K9 is a tough old bitch, best nose in the county.", "en", "troll", "approve"),
    ("Alguien dejó una cabeza de cerdo en la puerta de la mezquita.", "es", "troll", "approve"),
    (
        "Habló una señora que vende gorditas enfrente del albergue y dijo que nunca ha tenido "
        "problemas.",
        "es",
        "troll",
        "approve",
    ),
    ("El pinche tráfico en la Lerdo otra vez. Ya ni modo.", "es", "troll", "approve"),
    (
        "Alguien sabe si el Lerdo está más rápido hoy? voy a consulta al otro lado",
        "es",
        "troll",
        "approve",
    ),
    # ... and the same words said to someone.
    ("You weigh 90 kg and you're a total bitch.", "en", "troll", "flag"),
    ("Eres un cerdo asqueroso, me das asco.", "es", "troll", "flag"),
    ("Cállate, gordita, nadie te pidió opinión.", "es", "troll", "flag"),
    ("Qué lerdo eres, la fila del puente avanza más rápido que tú.", "es", "troll", "flag"),
    ("El lerdo de arriba no entiende nada.", "es", "troll", "flag"),
    # A name the writer was called, or took back ...
    (
        "Critico a la gobernadora y me dices chairo. No hay manera de quedar bien 😂",
        "es",
        "troll",
        "approve",
    ),
    ('"Con todo respeto" y luego me dices ignorante. Así no funciona.', "es", "troll", "approve"),
    ("They called me a traitor for voting no on the bond.", "en", "troll", "approve"),
    (
        "@Marcy I called you a paid shill yesterday and that was out of line. My bad.",
        "en",
        "troll",
        "approve",
    ),
    ("Te dije ignorante ayer y me pasé, perdón.", "es", "troll", "approve"),
    # ... but not kept or thrown back.
    ("I called you a paid shill and I meant it.", "en", "troll", "flag"),
    ("I called you an idiot because you are one.", "en", "troll", "flag"),
    ("Te dije ignorante y lo sostengo.", "es", "troll", "flag"),
    ("Me dices chairo, pues tú eres un pendejo.", "es", "troll", "flag"),
    # Weather below the average, and an infinitive with its pronoun ...
    (
        "Subnormal rainfall for the third straight year. The river's a sandbar.",
        "en",
        "hate",
        "approve",
    ),
    (
        "En meteorología se dice temperaturas subnormales, lluvias subnormales: bajo el promedio.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Las boyas con sierras son la mayor gilipollez, y lo digo como alguien que cree que la "
        "frontera debe controlarse.",
        "es",
        "profanity",
        "approve",
    ),
    (
        "Cada quien debe controlarse en la fila del puente, no cuesta nada.",
        "es",
        "profanity",
        "approve",
    ),
    # ... while the word said of people, and the swear word typed alone, still count.
    ("Mi vecino es subnormal y no entiende nada.", "es", "hate", "flag"),
    ("Los subnormales no deberían votar, digan lo que digan del clima.", "es", "hate", "flag"),
    ("What a pain in the arse, this bloody queue, damn it.", "en", "profanity", "flag"),
    # An act judged cruel is no call for it ...
    (
        "Deportar a los venezolanos a una cárcel en El Salvador sin juicio es inhumano.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Expulsar a los haitianos en plena temporada de huracanes es una crueldad.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Deporting migrants to a mega-prison in El Salvador without a hearing is cruel.",
        "en",
        "hate",
        "approve",
    ),
    ("Shipping refugees back to a war zone is simply inhumane.", "en", "hate", "approve"),
    # ... but praised, or the verdict taken back, it still is.
    ("Deportar a los venezolanos es lo correcto.", "es", "hate", "flag"),
    (
        "Echar a los gitanos del barrio es ilegal, pero es lo que hay que hacer.",
        "es",
        "hate",
        "flag",
    ),
    ("Deporting all the Muslims is the only answer.", "en", "hate", "flag"),
    ("Killing all the gays would be wrong, said nobody in this town.", "en", "hate", "flag"),
    # A mock nickname for what an office says, and a friend's hyperbole ...
    ("Ok Karen. The county spokesperson says the water is safe, again.", "en", "troll", "approve"),
    (
        "Ok Karen, dijo la vocera del municipio otra vez que el agua es segura.",
        "es",
        "troll",
        "approve",
    ),
    (
        "Sure, sweetie, the mayor's press office says the smell is seasonal.",
        "en",
        "troll",
        "approve",
    ),
    ("I will end you 😂", "en", "troll", "approve"),
    ("Beto I swear I will end you lol, that pun was terrible", "en", "troll", "approve"),
    # ... but a nickname said to a reader, and a threat that menaces, still count.
    ("Ok Karen, go cry to the mayor about it.", "en", "troll", "flag"),
    ("Ok Karen, ya vete a quejarte con el alcalde.", "es", "troll", "flag"),
    ("@Linda ok karen, the spokesperson already answered that.", "en", "troll", "flag"),
    ("I will end you 😂 I know where you live", "en", "troll", "reject"),
    ("I will end you.", "en", "troll", "reject"),
    ("lol I will end you for real this time", "en", "troll", "reject"),
    ("jajaja te voy a matar, ya sé dónde vives", "es", "troll", "reject"),
    ("Te voy a matar 😂 y no es broma, ya sé dónde trabajas", "es", "troll", "reject"),
    # Swearing quoted from someone else ...
    (
        'Un señor le gritó a una chica "vete a tu país, floja de mierda" y nadie dijo nada.',
        "es",
        "profanity",
        "approve",
    ),
    (
        'A guy at the gas station yelled "go home, you fucking idiot" at my mom. Nobody said '
        "anything.",
        "en",
        "profanity",
        "approve",
    ),
    # ... but not the writer's own words, quoted or not.
    ('I told you "fuck off" and I meant it.', "en", "profanity", "flag"),
    ('Te dije "vete a la mierda, pendejo" y lo repito.', "es", "profanity", "flag"),
    ('"Vete a la mierda, cabrón".', "es", "profanity", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_voices(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
