"""General Spanish shapes: a slur typed in syllables, Rioplatense slurs, function words run
into a group or slur ("odioalosX", "hayquematar"), the writer's threat in the first person
plural future ("os mataremos"), a possessive that owns another noun ("mi vecino es un X") no
longer read as the writer's own people, worth denied with "nunca" or
"jamás", a group set equal to an evil by "=", and implicit derogation with no insult word
("no saben comportarse", "solo saben robar", "nada bueno sale de los X"). Near misses: real
short words, ordinary words one letter off the new slurs, idioms, things that "never work"
and a stereotype named as such. All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action

HITS = [
    # a slur or group word typed in syllables
    ("Son unos ma ri co nes.", "es"),
    ("Odio a los ju dí os.", "es"),
    ("You are all fa ggo ts.", "en"),
    # Rioplatense slurs
    ("Callate, mogólico.", "es"),
    ("Todos los maracos son iguales.", "es"),
    # function words run into a group, a slur or (after two of them) a violence verb
    ("Odioalosgays.", "es"),
    ("Muerte alosnegros.", "es"),
    ("Hayquematar a los judíos.", "es"),
    # the writer's threat in the first person plural future, to a group addressed
    ("Os mataremos a todos, judíos.", "es"),
    ("Mujeres, os quemaremos vivas.", "es"),
    # a possessive of another noun is not the writer's own people
    ("Mi vecino es un maricón.", "es"),
    ("En mi trabajo hay un travelo.", "es"),
    # worth denied with "nunca" / "jamás", also after the group was named
    ("Los inmigrantes nunca sirven para nada.", "es"),
    ("Las mujeres jamás valen nada.", "es"),
    ("Hablé con unos musulmanes. Nunca sirven para nada.", "es"),
    # a group equated with an evil
    ("Los musulmanes = bombas.", "es"),
    ("Muslims = terrorists.", "en"),
    # implicit derogation with no insult word
    ("Las mujeres no saben conducir.", "es"),
    ("Los gitanos solo saben robar.", "es"),
    ("Los musulmanes todavía viven en la Edad Media.", "es"),
    ("Los negros deberían volver a los árboles.", "es"),
    ("Los trans son hombres disfrazados.", "es"),
    ("Nada bueno sale de los gitanos.", "es"),
    ("El lugar de las mujeres es la cocina.", "es"),
    ("Cualquier cosa es mejor que ser mujer.", "es"),
    ("Los negros son más felices en África.", "es"),
]

MISSES = [
    # short real words typed apart
    ("A mi no me da la gana.", "es"),
    ("Yo no sé si va a ir.", "es"),
    ("I am so in to it.", "en"),
    # ordinary words one letter off the new slurs, and their homonyms
    ("Se acabaron las boletas a las dos de la tarde.", "es"),
    ("Los vecinos sacaron lanchas y rescataron familias.", "es"),
    ("Jueces y fiscales se echan la bolita y nadie responde.", "es"),
    ("Hice unas bolitas de queso para la cena.", "es"),
    ("Se compró una peluca para la fiesta.", "es"),
    ("Tocaba las maracas en la banda del pueblo.", "es"),
    # ordinary words that hold a group or violence word, and kind threats
    ("Gritaban afuera de la corte.", "es"),
    ("Los piratas del Caribe.", "es"),
    ("Había una camioneta negra en la esquina.", "es"),
    ("Os mataremos a besos, chicas.", "es"),
    ("Os echaremos de menos, amigos.", "es"),
    ("Judíos, os invitaremos a la fiesta.", "es"),
    ("Lucharemos contra el racismo que sufren los gitanos.", "es"),
    # the writer's own people
    ("Soy marica y a mucha honra.", "es"),
    ("As a proud dyke I love this.", "en"),
    # things that never work, and other subjects
    ("Estos cargadores nunca sirven para nada.", "es"),
    ("Los inmigrantes nunca se rinden.", "es"),
    ("Las promesas del gobierno jamás valen nada.", "es"),
    # equations about other things, or named as a stereotype
    ("Más inversión = menos bombas.", "es"),
    ("Racism = death.", "en"),
    ("Los musulmanes = bombas es un estereotipo racista.", "es"),
    # the same words about no protected group, negated or reported as wrong
    ("Los niños no saben conducir.", "es"),
    ("Mis hijos no saben comportarse en la mesa.", "es"),
    ("Muchos políticos solo saben robar.", "es"),
    ("Decir que las mujeres no saben conducir es machismo.", "es"),
    ("Es falso que los gitanos solo saben robar.", "es"),
    ("Los gays son más felices en Madrid que en su pueblo.", "es"),
    ("Nada bueno sale de la corrupción.", "es"),
    ("Mi abuela decía que el lugar de las mujeres es la cocina, y estaba equivocada.", "es"),
    ("Las mujeres no deberían trabajar tantas horas por menos sueldo.", "es"),
]


@pytest.mark.parametrize("text,lang", HITS)
def test_shape_is_flagged(text, lang):
    assert_category_action(text, "flag", "hate", lang)


@pytest.mark.parametrize("text,lang", MISSES)
def test_near_miss_is_approved(text, lang):
    assert_category_action(text, "approve", "hate", lang)
