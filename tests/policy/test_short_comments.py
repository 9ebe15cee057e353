"""Short violating comments (under the blog model's 15 words, so the rules alone read them), in
the shapes the rules missed: masked swear words that are also words of hate phrases, curses
given as orders with a filler ("kiss my hairy ...", "eat a bag of ..."), an insult closing a
longer comment as a vocative, put-downs with no insult word (unwanted, the reason for a joke,
the reader's mind or life, "not reading all that"), veiled threats and invitations to
someone's door, and crimes stated of a named person in everyday words. Each comes with near
misses that must stay approved. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # Masked swearing counts as swearing; a curse given as an order is aimed at someone.
    ("Go f*ck yourself, Dwayne.", "en", "profanity", "reject"),
    ("f*ck this whole f*cking thread", "en", "profanity", "flag"),
    ("Eat a bag of d*cks, Councilman fan club.", "en", "profanity", "flag"),
    ("The water board can kiss my whole hairy a$$.", "en", "profanity", "reject"),
    ("Kiss my fat ass, Rodney.", "en", "profanity", "reject"),
    ("eff you and eff your sources", "en", "profanity", "reject"),
    ("Cómanme los huevos, todos ustedes.", "es", "profanity", "flag"),
    ("Me cago en la puta madre del tesorero y en su obra.", "es", "profanity", "flag"),
    ("No mames, pinche columna, chingada madre.", "es", "profanity", "flag"),
    # ... but one masked word for emphasis, praise idioms and food stay approved.
    ("What the f*ck, that goal in the 90th was unreal!", "en", "profanity", "approve"),
    ("Pass the hairy kiwis, my kid calls them that.", "en", "profanity", "approve"),
    ("El concierto estuvo de puta madre, gracias por la reseña.", "es", "profanity", "approve"),
    ("Desayuné huevos rancheros en el mercado, buenísimos.", "es", "profanity", "approve"),
    # An insult that closes a longer comment, set off by a comma or its own sentence.
    (
        "If you hate it here so much then move, nobody will miss your comments, clown",
        "en",
        "troll",
        "flag",
    ),
    (
        "Si tanto odias esta ciudad vete a vivir a otra, nadie te detiene, payaso",
        "es",
        "troll",
        "flag",
    ),
    ("Same three guys spamming the replies again today. lol. sad losers", "en", "troll", "flag"),
    # ... but not a thing judged, the economy quip, or a clown at the circus.
    ("It's the economy, stupid, and the rest of the debate is noise.", "en", "troll", "approve"),
    (
        "We went to the county fair with the kids and the best act was the clown.",
        "en",
        "troll",
        "approve",
    ),
    # Put-downs with no insult word.
    ("Honestly, nobody in this thread likes you.", "en", "troll", "hold"),
    ("Nobody cares about your life story, Gail.", "en", "troll", "hold"),
    ("You are literally the reason they print instructions on shampoo.", "en", "troll", "hold"),
    ("yeah ok Karen, go find a manager", "en", "troll", "hold"),
    ("lol go take your meds", "en", "troll", "hold"),
    ("Not reading all this. Happy for you tho, or sorry that happened.", "en", "troll", "hold"),
    ("Your IQ must be lower than the thermostat in January.", "en", "troll", "hold"),
    ("Nadie te conoce aquí, ni te va a extrañar.", "es", "troll", "hold"),
    ("¿Otra vez comentando? ¿No tienes vida?", "es", "troll", "hold"),
    ("Ni tu mamá te cree esas historias.", "es", "troll", "hold"),
    ("Cada vez que comentas baja el IQ de todo el foro.", "es", "troll", "hold"),
    ("Qué pena ajena das con ese comentario.", "es", "troll", "hold"),
    ("Aprende a escribir antes de opinar de política.", "es", "troll", "hold"),
    # ... but the same words in an ordinary sense stay approved.
    ("Nobody likes a four-hour council meeting, but this one mattered.", "en", "troll", "approve"),
    ("You're the reason I kept reading this blog, thank you.", "en", "troll", "approve"),
    ("Remember to take your meds with food, the pharmacist told us.", "en", "troll", "approve"),
    ("Ok sweetie, dinner is at six, love you.", "en", "troll", "approve"),
    ("El plomo en el agua baja el CI de los niños, dicen los estudios.", "es", "troll", "approve"),
    ("Sin seguro médico no tienes vida digna en este país.", "es", "troll", "approve"),
    ("Mi abuela dice que aprender a escribir bien abre puertas.", "es", "troll", "approve"),
    # Veiled threats and invitations to someone's door.
    ("I know where you park, champ.", "en", "troll", "reject"),
    ("Someone ought to pay @river_rat99 a little visit.", "en", "troll", "reject"),
    ("Nice truck you have there, @dusty_j. Would be a shame.", "en", "troll", "reject"),
    ("Linda lives on Oak Street, green house. Go say hi.", "en", "troll", "reject"),
    ("Bonita camioneta la tuya, @beto_r. Sería una pena.", "es", "troll", "reject"),
    ("El celular del profe es 555-0199, márquenle.", "es", "troll", "reject"),
    # ... but family news, weather worries and a public office line stay approved.
    (
        "My aunt lives on Oak Street and the city never fixed her sidewalk.",
        "en",
        "troll",
        "approve",
    ),
    ("Mi hija se casa en mayo, sería una pena que lloviera.", "es", "troll", "approve"),
    ("El teléfono del ayuntamiento es 555-0100, llámenle para quejarse.", "es", "troll", "approve"),
    # Crimes stated of a named person in everyday words.
    ("Deputy Carl Rusk runs a chop shop ring out of his uncle's barn.", "en", "libel", "hold"),
    ("Coach Dana Wills is a registered sex offender, look it up.", "en", "libel", "hold"),
    ("Dr. Omar Fell sells fake prescriptions to half the county.", "en", "libel", "hold"),
    ("El profesor Rubén Lara vende calificaciones a sus alumnos.", "es", "libel", "hold"),
    ("La directora Irma Soto golpea a los niños del turno de la tarde.", "es", "libel", "hold"),
    ("El perito Julio Cano altera autopsias por dinero.", "es", "libel", "hold"),
    # ... but charges reported with their source, and things for sale, stay approved.
    (
        "The deputy was charged with running a chop shop ring, the DA said.",
        "en",
        "libel",
        "approve",
    ),
    (
        "La maestra fue acusada de vender calificaciones, según la fiscalía.",
        "es",
        "libel",
        "approve",
    ),
    (
        "Ojo: en internet hay quien vende calificaciones falsas de restaurantes.",
        "es",
        "libel",
        "approve",
    ),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_short_comment_shapes(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
