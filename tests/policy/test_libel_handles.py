"""Libel about a commenter named by a handle typed without its "@" (`handles`): a word run into
digits ("PecosPete77"), words joined by "_" ("Chato_Linares"), capitalised words run together
("DesertFoxGuy", "LaGüeraMTY"); and the harmless comments that name the same handles (agreement,
crimes done to them, sources, hedges, negations, questions), beside acronyms and road numbers
that are no handle, and traffic as a noun. Our own handles and words."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    ("Marcus1978 is right about the bridge traffic, the new lanes made it worse.", "en", "approve"),
    (
        "RioGrandeRick, the sheriff was indicted last week according to the Ledger, so relax.",
        "en",
        "approve",
    ),
    (
        "GulfCoastGuy got robbed at the flea market and the police never called him back.",
        "en",
        "approve",
    ),
    ("Norteño_1985 you're wrong about the tariffs, prices went up anyway.", "en", "approve"),
    ("OldSchoolOscar donated his whole paycheck to the shelter after the floods.", "en", "approve"),
    ("Not saying RioGrandeRick stole anything, I just think his numbers are off.", "en", "approve"),
    (
        "If Marcus1978 really took money from the cartel, show the receipts or drop it.",
        "en",
        "approve",
    ),
    ("Marcus1978 never took a dime from anyone, stop spreading that.", "en", "approve"),
    ("Did Realista956 ever get his stolen truck back?", "en", "approve"),
    ("TruckerDan's shop was broken into twice this month.", "en", "approve"),
    ("My cousin Lupe_Mtz got scammed by a fake lawyer in Brownsville.", "en", "approve"),
    ("BorderMom77 wrote a great post about the food bank drive at St. Jude's.", "en", "approve"),
    ("COVID19 killed my grandfather and the county never counted him.", "en", "approve"),
    (
        "Marcus1978 reported that the clerk was arrested for fraud, per the county docket.",
        "en",
        "approve",
    ),
    (
        "SilverCity55 thinks the mayor sold out the neighborhood with that zoning vote.",
        "en",
        "approve",
    ),
    ("PecosPete77 says the council is useless, which is harsh but fair.", "en", "approve"),
    ("I suspect DesertFoxGuy is just trolling, ignore him.", "en", "approve"),
    ("Allegedly Lonestar_Lou was in Vegas that week, but who cares.", "en", "approve"),
    ("Norteño_1985 tiene razón, el puente está cada vez peor.", "es", "approve"),
    ("A Tavo_Reynosa le robaron la camioneta afuera del mercado.", "es", "approve"),
    ("Realista956, según la Fiscalía el alcalde fue detenido por peculado.", "es", "approve"),
    ("Si Martín_Cba se robó los fondos, que lo demuestren en un juzgado.", "es", "approve"),
    ("Nadie ha dicho que Vero_Mza robó nada, dejen de inventar.", "es", "approve"),
    ("¿De verdad Pato_Rosario vendía DNI falsos? No lo creo.", "es", "approve"),
    (
        "Lupita_MTY organizó la colecta para los damnificados, gracias a ella comieron.",
        "es",
        "approve",
    ),
    (
        "CosteñoMX, no estoy de acuerdo contigo sobre los aranceles, pero respeto tu opinión.",
        "es",
        "approve",
    ),
    ("A Chuy_del_Valle lo estafaron con un curso falso de tráiler.", "es", "approve"),
    (
        "El hermano de Tavo_Reynosa fue asesinado el año pasado y nadie ha sido detenido.",
        "es",
        "approve",
    ),
    ("Creo que Norteño_1985 exagera, el comandante no es tan malo.", "es", "approve"),
    ("DonÓscar_Viejo dona cada año a la parroquia, es buena gente.", "es", "approve"),
    (
        "Según el periódico, Beto_Chavez fue detenido por extorsión; ya veremos qué dice el juez.",
        "es",
        "approve",
    ),
    ("ElCompaSonorense opina que el alcalde es un inútil, y tiene razón.", "es", "approve"),
    ("FronterizaMX denunció a los que le robaron la tienda, bien hecho.", "es", "approve"),
    ("Dicen que RanchoGrandeMX anda en malos pasos, pero yo no sé nada.", "es", "approve"),
    ("Quizás Toño_Saltillo se quedó con algo de la kermés, no me consta.", "es", "approve"),
    # the violating twins, stated as plain fact
    ("Everyone in Eagle Pass knows Joe Diaz is deep in the drug traffic.", "en", "hold"),
    ("Joe Diaz runs the gun traffic, period.", "en", "hold"),
    ("Lonestar_Lou takes bribes from the cartel, everybody at the bridge knows it.", "en", "hold"),
    ("PecosPete77 is on the cartel payroll, that's why he defends them.", "en", "hold"),
    ("'DesertFoxGuy' stole the money from the Little League fund.", "en", "hold"),
    ("BigTexBilly got fired from the county for embezzling.", "en", "hold"),
    ("Funny how SilverCity55 lectures us, he runs guns into Mexico in his trailers.", "en", "hold"),
    ("Chato_Linares vende droga afuera de la secundaria.", "es", "hold"),
    ("NorteñaBrava88 trabaja para el cártel, por eso los defiende.", "es", "hold"),
    ("'RanchoGrandeMX' se robó el dinero de la kermés.", "es", "hold"),
    ("Toño_Saltillo le pega a su esposa, todos en la cuadra lo oyen.", "es", "hold"),
    ("Ojo con LaGüeraMTY, lava dinero con su casa de cambio.", "es", "hold"),
    ("Councilman Reyes paid off the inspector to skip the wiring.", "en", "hold"),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_libel_handles(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "libel", lang)
