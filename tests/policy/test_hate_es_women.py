"""Spanish misogyny said as a trait of women (`hate.es_women`, hold only): women held unfit to
govern or command, told their place is the home, or said to lie when they report abuse. Near
misses that must pass: the same words about men, teams and one person, negation, the line
told as someone else's and called sexist, and women praised or defended. Our own sentences."""

import pytest

from .expect import assert_rules_approve, rule_action

RULE = "hate.es_women"

HOLDS = [
    "Con una gobernadora así qué esperaban, las mujeres deciden todo con el corazón.",
    "Pongan mujeres en la comandancia y en la primera balacera se ponen a llorar.",
    "Las mujeres no tienen temple para dirigir un operativo, eso es de hombres.",
    "Ellas se dejan llevar por las emociones, por eso no deberían opinar de finanzas.",
    "Una mujer en la alcaldía de Nogales, a ver cuánto aguanta antes de llorar.",
    "Las viejas nomás sirven para adornar la oficina.",
    "Las mujeres que marcharon el domingo que se regresen a su casa.",
    "Las mujeres estaban mejor cuando sabían cuál era su lugar.",
    "Las mujeres que denuncian a sus jefes casi todas mienten para sacar una lana.",
    "Para dirigir la aduana se necesita un hombre, las mujeres son demasiado emocionales.",
]

PASSES = [
    # men, a team, one coach: no women named
    "Los hombres del comité deciden todo con el corazón y así nos va.",
    "El entrenador se puso a llorar cuando ganamos la final.",
    "Ese equipo no tiene carácter para remontar un partido.",
    "Los diputados de ese partido que se regresen a su casa, no sirven.",
    # negation and the line told as someone else's
    "Las mujeres no se dejan llevar por las emociones más que los hombres.",
    "Decir que las mujeres no tienen carácter para gobernar es puro machismo.",
    "Mi suegro dice que las mujeres deben estar en su casa cuidando niños, y se equivoca.",
    # women defended, praised, or at home by choice
    "La alcaldesa tiene carácter de sobra para enfrentar a los cárteles.",
    "Mi mamá se quedó en su casa con nosotros y después estudió derecho, admirable.",
    "Las mujeres que denuncian acoso merecen que se les crea y se investigue.",
    "Las madres de los desaparecidos lloran en cada audiencia y nadie las escucha.",
    # one official criticised, who happens to be a woman: political opinion
    "La gobernadora no tiene carácter para enfrentar a los cárteles, que renuncie.",
    "La alcaldesa se pone a llorar cada vez que le preguntan por el agua, qué inútil.",
    "La senadora es muy emocional en sus discursos, le falta argumento.",
    # the line asked back, then answered
    "¿Que las mujeres no tienen carácter para mandar? Mi abuela manejó el ejido veinte años.",
]


@pytest.mark.parametrize("text", HOLDS)
def test_held_by_the_rule(text):
    assert rule_action(text, "es", RULE) == "hold", text


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_approve(text, "es", RULE)
