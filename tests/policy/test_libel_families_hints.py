"""Libel in four shapes the rules missed: a family or clan named by its surname as the doer or
the criminal party ("los Ibáñez", "la familia Robles", "the Pardo brothers"), a coincidence
pointed at about a named person or an office holder ("funny how ...", "qué casualidad que ..."),
sex with someone in power told to explain a favour, and charging what is no one's to charge
("cobra cuota", "les cobra a los paisanos por ..."). Near misses that must pass: places and
teams after "los", peoples and faiths before "family", a family as payer, owner or employer,
a coincidence with no gain or no person, idioms of sleeping, lawful fees. Our own words."""

import pytest

from moderation.policy import Submission, screen

HITS = [
    # a family or a clan as the doer
    ("es", "Los Ibáñez del rancho La Noria trafican personas por el río cada semana."),
    ("es", "La familia Robles vende droga afuera de la secundaria desde hace años."),
    ("en", "The Pardo brothers run the smuggling ring out of their uncle's garage."),
    ("en", "The Whitlock family launders money through the car wash on Fifth."),
    # a family or a clan as the criminal party
    ("es", "El comandante Ugalde de San Ciro trabaja para los Ibáñez."),
    ("en", "Deputy Harlan Boyce has been taking cash from the Pardo brothers for years."),
    ("es", "El regidor Macías recibió dinero de la familia Robles para votar el permiso."),
    # a coincidence pointed at
    ("en", "Funny how Commissioner Della Vance's nephew got the drainage contract."),
    ("en", "Interesting that Judge Corbin bought a lake house right after the Ruiz ruling."),
    ("en", "The paving bid went to Councilman Tate's brother-in-law. Coincidence? Sure."),
    ("es", "Qué casualidad que la cuñada del alcalde Olvera ahora es directora de compras."),
    ("es", "Qué raro que el regidor Zepeda estrene camioneta cada año."),
    # sex with someone in power, told to explain a favour
    ("en", "Marcy Dunn got her anchor job by sleeping with the station manager."),
    ("en", "Judge Pell is sleeping with the DA, that's why every plea gets signed."),
    ("es", "La columnista Irma Solís se acuesta con el director, por eso le dieron la portada."),
    # charging what is no one's to charge
    ("es", "El agente Durán de la garita les cobra 200 dólares a los paisanos por dejarlos pasar."),
    ("es", "El tesorero Beltrán cobra el 15% de cada contrato de obra."),
    ("es", "La licenciada Mora cobra por agilizar los trámites que son gratis."),
    ("es", "El comandante Rivas cobra cuota a los taxistas del centro cada lunes."),
]

NEAR_MISSES = [
    # places, teams and peoples are no family
    ("es", "Los Pinos venden los mejores elotes de la feria."),
    ("es", "Los Halcones ganaron el clásico y el entrenador Soto cobra buen sueldo."),
    ("en", "The Chinese restaurant Tom Reyes ran was owned by a Korean family."),
    # a family as payer, owner or employer, or one of its members
    ("en", "Ana Lopez works for the Garza family as a nanny."),
    ("en", "Tom Reyes is a Pardo family member and proud of it."),
    ("en", "Sheriff Dunn's campaign got donations from companies owned by the Ortiz family."),
    ("es", "La familia Robles perdió a su hijo en el río y nadie les ha dado respuestas."),
    # a coincidence with no gain, no person, or a source
    ("en", "Funny how every election year the potholes on Main get fixed."),
    ("en", "Funny how Maria always brings the best tamales to the potluck."),
    ("en", "Interesting that the article never mentions the 2021 dust storm."),
    ("es", "Qué casualidad, siempre llueve el día de la feria."),
    ("en", "According to the Ledger, funny how Judge Ross bought a lake house after the ruling."),
    # idioms of sleeping, a lawful fee, a plural or an unnamed charge
    ("en", "Councilman Ortiz says he is sleeping with the lights on since the break-in."),
    ("en", "Coach Reyes is sleeping with one eye open before the playoffs."),
    ("es", "El municipio cobra el predial completo aunque la colonia no tenga drenaje."),
    ("es", "Los carteles cobran piso a los taxistas y a las tortillerías."),
    ("es", "Si alguien tiene pruebas de que la regidora cobra por permisos, que las presente."),
    ("es", "Ojo: una página de Facebook cobra 300 dólares por conseguir la cita, que es gratis."),
]


def _libel(lang: str, text: str) -> bool:
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    return "libel" in verdict.categories


@pytest.mark.parametrize(("lang", "text"), HITS)
def test_family_hint_and_fee_held(lang: str, text: str) -> None:
    assert _libel(lang, text)


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_near_miss_passes(lang: str, text: str) -> None:
    assert not _libel(lang, text)


def test_held_not_rejected() -> None:
    verdict = screen(Submission(text=HITS[0][1], lang="es"), blog_model=False)
    assert verdict.action.value == "hold"
