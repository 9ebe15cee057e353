"""Harmless comments the rules used to hold, twelfth round, with the near misses that must
still be caught: a short capitalised slogan is emphasis, not shouting; a threat's words with
kisses, laughter or kindness as their manner are affection; a generalisation put in someone
else's mouth and then dismissed by the writer is counter-speech; a writer denying their own
hate ("no es odio, es curiosidad") clears nothing; a veiled "it would be a shame if something
happened" needs a person, a group, a family or a home to befall; a reclaimable slur as the
subject of the writer's own plural verb ("los jotos también jugamos") is in-group use.
Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A capitalised slogan of a few words, aimed at no one, is emphasis ...
    ("STOP THE VIOLENCE. PERIOD.", "en", "troll", "approve"),
    ("SAVE OUR LIBRARY. VOTE YES.", "en", "troll", "approve"),
    ("BASTA DE VIOLENCIA. PUNTO.", "es", "troll", "approve"),
    ("VIVA LA FERIA DEL PUEBLO!", "es", "troll", "approve"),
    # ... but a short shout at someone, a jeer, a put-down, a chant or a long shout is held.
    ("STOP POSTING. NOBODY CARES.", "en", "troll", "flag"),
    ("GET OFF THE INTERNET GRANDPA", "en", "troll", "flag"),
    ("VOTE YES VOTE YES VOTE YES VOTE YES", "en", "troll", "flag"),
    ("THIS SITE IS A JOKE!!!! WAKE UP!!!!", "en", "troll", "flag"),
    ("THE COUNCIL NEVER LISTENS TO ANY OF THE NEIGHBOURS ON THIS STREET", "en", "troll", "flag"),
    ("NADIE TE PREGUNTÓ, CÁLLATE YA", "es", "troll", "flag"),
    ("ESTE BLOG ES BASURA Y USTEDES TAMBIÉN", "es", "troll", "flag"),
    ("JAJAJA QUÉ BLOG TAN MALO", "es", "troll", "flag"),
    # Killing with kisses, laughter or kindness is affection or a joke ...
    ("Os vamos a matar a besos, chicas", "es", "troll", "approve"),
    ("Os vamos a matar a besos, chicas", "es", "hate", "approve"),
    ("Te voy a matar de risa con este chiste.", "es", "troll", "approve"),
    ("Cuando llegues a casa te voy a comer a besos.", "es", "troll", "approve"),
    ("I'm going to kill you with kindness, neighbour.", "en", "troll", "approve"),
    ("Ladies, we will kill you all with kindness at the bake sale.", "en", "hate", "approve"),
    ("Kill them with kindness, it works on the grumpy ones.", "en", "troll", "approve"),
    # ... but the same words with blows, or bare, are still threats.
    ("Os vamos a matar, chicas", "es", "hate", "reject"),
    ("Te voy a matar a golpes.", "es", "troll", "reject"),
    ("I'm going to kill you, neighbour.", "en", "troll", "reject"),
    ("Ladies, we will kill you all.", "en", "hate", "reject"),
    # A generalisation put in someone's mouth and dismissed by the writer is counter-speech ...
    (
        "Las mujeres no saben conducir, decía mi abuelo, qué tontería",
        "es",
        "hate",
        "approve",
    ),
    ("Los inmigrantes son unos vagos, dice mi tío, qué tontería.", "es", "hate", "approve"),
    ("Los gitanos son unos ladrones, decía mi padre. Estaba equivocado.", "es", "hate", "approve"),
    ("Women can't drive, my grandpa used to say, which is rubbish.", "en", "hate", "approve"),
    ("Women can't drive, my uncle says. What nonsense.", "en", "hate", "approve"),
    # ... but cited with approval, or not dismissed, it is still the writer's claim.
    ("Las mujeres no saben conducir, decía mi abuelo.", "es", "hate", "flag"),
    ("Las mujeres no saben conducir, decía mi abuelo, y tenía razón.", "es", "hate", "flag"),
    ("Los inmigrantes son unos vagos, como dice mi tío.", "es", "hate", "flag"),
    (
        "Los gitanos son unos ladrones, decía mi padre. Y no es ninguna tontería.",
        "es",
        "hate",
        "flag",
    ),
    ("Women can't drive, my grandpa used to say, and he was right.", "en", "hate", "flag"),
    # A disclaimer of one's own hate clears nothing ...
    (
        "¿Por qué los judíos controlan los bancos? No es odio, es curiosidad.",
        "es",
        "hate",
        "flag",
    ),
    ("¿Son violentos los musulmanes? No es odio, es curiosidad.", "es", "hate", "flag"),
    ("Are Muslims violent? No hate, just asking.", "en", "hate", "flag"),
    ("Why do Jews control the banks? It's not hate, it's just a question.", "en", "hate", "flag"),
    # ... holds nothing harmless, and a real "no" to the question still answers it.
    ("No es odio, es curiosidad.", "es", "hate", "approve"),
    ("It's not hate, it's just a question.", "en", "hate", "approve"),
    (
        "¿Por qué los mexicanos celebran el día de muertos? No es odio, es curiosidad.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Why do Jewish families light candles on Friday? It's not hate, it's just a question.",
        "en",
        "hate",
        "approve",
    ),
    ("¿Son violentos los musulmanes? No, y decirlo es racismo.", "es", "hate", "approve"),
    ("Are Muslims violent? No, of course not.", "en", "hate", "approve"),
    # A veiled threat needs someone to befall: a building or a place mentioned with regret ...
    ("Sería una pena que le pasara algo al teatro viejo.", "es", "troll", "approve"),
    (
        "Sería una lástima que le pasara algo a la vieja biblioteca del pueblo.",
        "es",
        "troll",
        "approve",
    ),
    # ... but the reader's family, things or home, a person, a group, or no target at all.
    ("sería una pena que le pasara algo a tu familia", "es", "troll", "reject"),
    ("Sería una pena que le pasara algo a tu coche.", "es", "troll", "reject"),
    ("Sería una pena que le pasara algo al periodista.", "es", "troll", "reject"),
    ("Sería una pena que le pasara algo a Marta.", "es", "troll", "reject"),
    ("Sería una pena que le pasara algo.", "es", "troll", "reject"),
    (
        "Sería una lástima que les pasara algo a los migrantes del albergue.",
        "es",
        "troll",
        "reject",
    ),
    ("It would be a shame if something happened to your family.", "en", "troll", "reject"),
    # A reclaimable slur as the subject of the writer's own plural verb is in-group use ...
    (
        "Los jotos también jugamos futbol, y bien, pregúntenle al equipo de la liga",
        "es",
        "hate",
        "approve",
    ),
    ("Los maricas también votamos, señor diputado.", "es", "hate", "approve"),
    ("We dykes play football too, ask the league.", "en", "hate", "approve"),
    # ... said of others it is still a slur.
    ("Los jotos juegan futbol muy mal.", "es", "hate", "reject"),
    ("Los maricas no deberían votar.", "es", "hate", "reject"),
    ("Dykes should not play football.", "en", "hate", "reject"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_twelfth(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
