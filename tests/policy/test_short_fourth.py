"""Short comments, fourth pass: jabs at a reader or the author with no insult word, short coded
hate (a group with "always", "of course", "never trust", drowning wished on migrants) and curses
wished on someone in the third person. Each shape has near misses that must stay approved:
thanks and agreement, a single swear, criticism of a policy or an official, counter-speech
and quotation, negation, and the same words about things. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

TROLL = [
    # (text, lang, expected)
    # A mock title after "ok"/"sure", "you again?", sent back to a nap or a kitchen.
    ("lol ok professor, whatever you say", "en", "hold"),
    ("Sure, grandpa. Back to your crossword.", "en", "hold"),
    ("You again? Same rant every Tuesday.", "en", "hold"),
    ("¿Otra vez tú? Cambia el disco, por favor.", "es", "hold"),
    ("Go back to your little podcast, buddy.", "en", "hold"),
    ("Regrésate a tu cocina, aquí hablamos de presupuesto.", "es", "hold"),
    ("Don't you have a dog to walk or something?", "en", "hold"),
    ("¿No tienes nietos que cuidar?", "es", "hold"),
    ("Did your nephew type this for you?", "en", "hold"),
    ("¿Esto lo escribió tu sobrino?", "es", "hold"),
    # Crying, "qué oso", a reader called a bore, paid to comment, "for someone who can't".
    ("Sigue llorando, nadie te va a hacer caso.", "es", "hold"),
    ("Qué oso contigo, de verdad.", "es", "hold"),
    ("jajaja te ardió", "es", "hold"),
    ("You're so exhausting, every single thread.", "en", "hold"),
    ("Eres insoportable, cada comentario igual.", "es", "hold"),
    ("¿Cuánto te pagan por comentario? Porque gratis nadie es tan terco.", "es", "hold"),
    ("Bold opinions for someone who can't spell the mayor's name.", "en", "hold"),
    ("Skill issue. Stay pressed.", "en", "hold"),
    ("lmao you really thought that was a point", "en", "hold"),
    ("Tus argumentos son tan profundos como un charco.", "es", "hold"),
    # ... but not thanks, agreement, a good-faith question, a single "no", a real kitchen,
    # nephews who help, someone consoled, or "you're not boring".
    ("Ok professor Ruiz, thanks for the reading list!", "en", "approve"),
    ("You again with the good sources, thank you.", "en", "approve"),
    ("My nephew typed this for me, my hands shake these days.", "en", "approve"),
    ("Regresé a la cocina del albergue a ayudar el sábado.", "es", "approve"),
    ("No llores, mija, ya va a salir el permiso.", "es", "approve"),
    ("You're not boring at all, keep posting the zoning maps.", "en", "approve"),
    ("No eres aburrido, al contrario, explicas muy bien.", "es", "approve"),
    ("Estás cansado, descansa un rato, amigo.", "es", "approve"),
    ("Did you read the second page? The fee is waived for seniors.", "en", "approve"),
    ("Qué oso, me equivoqué de nota. Perdón.", "es", "approve"),
]


@pytest.mark.parametrize("text,lang,expected", TROLL)
def test_short_troll_fourth(text, lang, expected):
    assert_category_action(text, expected, "troll", lang)


HATE = [
    # A group with "always" and crime, "never trust a X", "the only good X", kept away.
    ("Funny how the Somalis always end up in the crime blotter.", "en", "hold"),
    ("Why are the Hondurans always the ones pulling knives?", "en", "hold"),
    ("Never trust a Guatemalan with your wallet.", "en", "flag"),
    ("Nunca confíes en un hondureño.", "es", "flag"),
    ("Keep the Haitians away from our schools.", "en", "flag"),
    ("Venezuelans are not built for a modern country.", "en", "flag"),
    ("Another busload of parasites headed to the shelter.", "en", "hold"),
    # Drowning, gas and bullets wished on people crossing.
    ("Que se ahoguen en el río y ya.", "es", "hold"),
    ("A los de la caravana hay que recibirlos a balazos.", "es", "flag"),
    ("Throw them back in the river, problem solved.", "en", "hold"),
    # Short insinuation and equations.
    ("Of course it was a Haitian.", "en", "hold"),
    ("Tenía que ser venezolano.", "es", "flag"),
    ("Haitianos = delincuencia.", "es", "hold"),
    ("Si ves a un guatemalteco en el metro, cuida tu cartera.", "es", "hold"),
    # ... but not a group praised or defended, a myth refuted, the river as a danger,
    # officials criticised, or the words quoted to condemn them.
    ("Funny how the Somali bakery is always the busiest shop on the block.", "en", "approve"),
    ("Never trust a poll taken in July.", "en", "approve"),
    ("The river is dangerous, three people drowned there last summer.", "es", "approve"),
    ("Ojalá nadie más se ahogue en el río este verano.", "es", "approve"),
    ("Someone wrote 'que se ahoguen en el río' under the photo. Vile.", "es", "approve"),
    ("Haitians eating pets was a lie, the city debunked it.", "en", "approve"),
    ("Of course it was the city council that voted it down again.", "en", "approve"),
    ("Claro, los venezolanos que conozco trabajan muchísimo.", "es", "approve"),
]


@pytest.mark.parametrize("text,lang,expected", HATE)
def test_short_hate_fourth(text, lang, expected):
    assert_category_action(text, expected, "hate", lang)


PROFANITY = [
    # A curse wished on someone in the third person.
    ("The zoning board can suck my ass.", "en", "flag"),
    ("Commissioner Pratt should go f**k himself.", "en", "flag"),
    ("Chinguen a su madre los del ayuntamiento.", "es", "flag"),
    ("Hijos de puta los del SAT, otra multa.", "es", "flag"),
    ("Que se vayan a la verga los regidores.", "es", "flag"),
    ("Métanse su reglamento por el culo.", "es", "flag"),
    # ... but not a single swear for emphasis, a report of someone's words, or curses on
    # murderers told with outrage.
    ("Damn, the rent went up again.", "en", "approve"),
    ("Fuck yeah, the bond passed!", "en", "approve"),
    ('He yelled "the zoning board can suck my ass" and got banned.', "en", "approve"),
    ("Chinguen a su madre los que mataron a la maestra.", "es", "approve"),
    ("Qué chingón quedó el parque nuevo.", "es", "approve"),
]


@pytest.mark.parametrize("text,lang,expected", PROFANITY)
def test_short_profanity_fourth(text, lang, expected):
    assert_category_action(text, expected, "profanity", lang)
