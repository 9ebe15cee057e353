"""Libel about a role many people hold, picked out by its local post in lower case and its
article (`doer._identifies`): "el comandante de la municipal", "el padre de la iglesia del
centro", "the owner of the taco shop on 5th"; and the harmless comments on the same posts
(opinion, sources, crimes suffered, good deeds, conditionals, hedges, questions, denials,
arrests made, every owner of a kind), and a crime told of those someone denounced. Our own
words."""

import pytest

from tests.policy.expect import assert_category_action, rules_flagging

CASES = [
    ("El comandante de la municipal es un inútil, nunca contesta el teléfono.", "es", "approve"),
    (
        "Según la Fiscalía, el comandante de la municipal fue detenido por extorsión.",
        "es",
        "approve",
    ),
    ("Al dueño del taller le robaron la herramienta la semana pasada.", "es", "approve"),
    (
        "El padre de la iglesia del centro organizó una colecta para los damnificados.",
        "es",
        "approve",
    ),
    (
        "El sacerdote de la parroquia denunció a los que extorsionan a los comerciantes.",
        "es",
        "approve",
    ),
    ("Nadie ha dicho que el padre de la parroquia robara nada.", "es", "approve"),
    ("El dueño del salón fue asesinado anoche y la policía no tiene pistas.", "es", "approve"),
    (
        "La directora de la escuela pidió más patrullas por la venta de droga afuera.",
        "es",
        "approve",
    ),
    ("El padre de la niña denunció que a su hija la golpearon en la escuela.", "es", "approve"),
    ("The priest at the parish on Elm denounced the cartel from the pulpit.", "en", "approve"),
    (
        "According to the diocese, the priest at the parish was removed after an investigation.",
        "en",
        "approve",
    ),
    ("The owner of the shop got robbed at gunpoint last night.", "en", "approve"),
    ("If the owner of the garage sells stolen parts, the police should raid it.", "en", "approve"),
    ("The owner of the restaurant is useless at customer service, honestly.", "en", "approve"),
    ("I suspect the owner of the gas station overcharges, but I have no proof.", "en", "approve"),
    ("The officer at the station took my report about the stolen bike.", "en", "approve"),
    (
        "Every owner of a shop on this street pays the cartel, that's the sad reality.",
        "en",
        "approve",
    ),
    ("The teacher at the school reported the drug dealing to the principal.", "en", "approve"),
    ("The owner of the store fired the clerk who stole from the register.", "en", "approve"),
    ("El alcalde denunció a los que extorsionan a los comerciantes.", "es", "approve"),
    # the violating twins, stated as plain fact
    ("El comandante de la municipal cobra cuota a los bares de la avenida.", "es", "hold"),
    ("El sacerdote de la parroquia de abajo abusó de dos monaguillos, punto.", "es", "hold"),
    ("El padre de la iglesia del centro se queda con la limosna cada domingo.", "es", "hold"),
    ("El dueño del taller desarma carros robados en la noche.", "es", "hold"),
    ("The owner of the taco shop on 5th launders money for the cartel.", "en", "hold"),
    ("The priest at the parish on Elm molested an altar boy.", "en", "hold"),
    ("La dueña de la funeraria le vende droga a los muchachos de la prepa.", "es", "hold"),
    ("El alcalde es el que extorsiona a los comerciantes.", "es", "hold"),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_libel_local_posts(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "libel", lang)


# Must-pass rows that the rules approve and the blog model holds for its own reasons (it reads
# them close to the violating twins): the libel rules must have no finding on them.
RULES_APPROVE = [
    ("Si el dueño de la gasolinera vende combustible robado, que lo investiguen.", "es"),
    ("Dicen que el comandante de la estatal cobra cuota, pero yo no lo he visto.", "es"),
    ("El dueño del restaurante les paga bien a sus trabajadores y los trata con respeto.", "es"),
    ("¿El dueño de la tienda vende alcohol a menores? No creo, siempre pide credencial.", "es"),
    ("El comandante de la municipal arrestó a dos tipos por vender droga en la plaza.", "es"),
    ("Quizás el dueño de la ferretería se quedó con el cambio, no me consta.", "es"),
    ("The owner of the taco shop on 5th makes the best carnitas in town.", "en"),
]


@pytest.mark.parametrize("text,lang", RULES_APPROVE)
def test_libel_local_posts_rules_approve(text: str, lang: str) -> None:
    assert rules_flagging(text, lang, ("libel",)) == [], text
