"""Libel on three shapes: an office picked out by its place with no name ("the Costa Verde DA",
"el alcalde de Villa Seca"), a given name that is also a word as the subject of an act ("Rosa
lava dinero", "Ray embezzled"), and an official paid to drop a case ("le pagó al juez para que
archivara la denuncia"). The rules alone hold the hits; the near misses (a body or a plural, a
source, a hedge, a question, opinion on conduct, the word that is only a word) pass. Our own
sentences."""

import pytest

from moderation.policy import Submission, screen

HITS = [
    # a title with a place, no name
    "The Costa Verde DA took bribes.",
    "The Piedras Rojas police chief planted the gun.",
    "El alcalde de Villa Seca se robó el dinero.",
    "The sheriff of Arroyo Seco County beats detainees.",
    "La directora de la secundaria Benito Juárez vende calificaciones.",
    # a given name that is also a dictionary word, as the subject of an act
    "Carmen estafó a su suegra.",
    "Ray embezzled the booster money.",
    "Rosa lava dinero para el cártel.",
    "Guadalupe le robó a la parroquia.",
    "Hola, Carmen estafó a su suegra.",
    "Hey, Ray took bribes from the contractors.",
    "Dolores se robó la lana de la cooperativa.",
    # an official paid to drop a case
    "El regidor le pagó al juez para que archivara la denuncia.",
    "La alcaldesa le dio dinero al juez para que cerrara el caso.",
    "El comandante Reyes le pagó al fiscal para que archivara la carpeta.",
    "The Costa Verde DA paid the judge to toss the case.",
    "The sheriff paid the prosecutor to drop the charges.",
    "Councilman Diaz paid off the judge to toss the case.",
]

NEAR_MISSES = [
    # bodies and plurals, not one person
    "The county's deputies beat detainees.",
    "La policía de Villa Seca se robó el dinero.",
    "The Piedras Rojas police planted the gun.",
    "The Costa Verde deputies beat detainees.",
    "Los maestros de la secundaria Benito Juárez venden calificaciones.",
    # a source, a hedge, a question, a denial
    "Reportedly the Costa Verde DA took bribes.",
    "Did the Costa Verde DA take bribes?",
    "According to the indictment, the Piedras Rojas police chief planted the gun.",
    "La denuncia dice que el alcalde le pagó al juez para que archivara el caso.",
    "¿El alcalde le pagó al juez para que archivara la denuncia?",
    "The mayor never paid the judge to toss the case.",
    "Allegedly the mayor paid off the judge to toss the case.",
    "Hola, Carmen no estafó a nadie.",
    # opinion on public conduct
    "The DA is soft on crime.",
    "The Costa Verde DA is soft on crime.",
    "El alcalde es un inútil.",
    "El alcalde de Villa Seca es un inútil.",
    # the word that is only a word
    "Rosa mexicano para las paredes.",
    "Hola, Rosa mexicano queda bien.",
    "Ray of hope for the team.",
    "La luz se fue otra vez.",
    "Rosa lava la ropa los domingos.",
    "Luz roba protagonismo en la foto.",
    "Hope stole the show last night.",
    "Joy steals the show.",
    # paying for lawful work
    "El alcalde le pagó al abogado para que presentara la denuncia.",
    "The mayor paid the lawyer to file the case.",
]


@pytest.mark.parametrize("text", HITS)
def test_held_by_rules(text):
    verdict = screen(Submission(text=text), blog_model=False)
    assert verdict.action == "hold" and "libel" in verdict.categories, verdict.to_dict()


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_pass(text):
    verdict = screen(Submission(text=text), blog_model=False)
    assert "libel" not in verdict.categories, verdict.to_dict()
