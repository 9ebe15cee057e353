"""Spanish lines that shut disabled people away (`hate.es_disability`, hold only): sent home or
to an institution, kept apart, bred out, held unfit to take part, or said to fake it. Near
misses that must pass: the line quoted, reported or asked back to answer it, a negation in the
line's clause, advice for a heat wave, a parking space, a referee called blind, a disabled
relative's news. Our own sentences."""

import pytest

from .expect import assert_rules_pass_all, rule_action

RULE = "hate.es_disability"

HOLDS = [
    "Las personas con discapacidad que se queden en sus casas, como antes.",
    "A los niños con autismo hay que mandarlos a estudiar aparte, con los de su tipo.",
    "Los sordos deberían tener sus propias escuelas y no estorbar a los demás.",
    "A los que nacen con síndrome de Down habría que esterilizarlos.",
    "Los de silla de ruedas deberían quedarse en su casa, no en la boleta.",
    "Los cieguitos del crucero ni están mal, nomás se hacen.",
    "Una diputada en silla de ruedas, ¿en serio? Ni caminar puede y quiere gobernar.",
    "Los autistas no deberían tener trato especial, deberían esterilizarlos y ya.",
    "Ese sordomudo del cabildo no debería decidir por los normales.",
]

PASSES = [
    "Leí en un comentario que 'los ciegos deberían quedarse en casa'. Mi madre es ciega.",
    "¿En serio alguien aquí escribió que los discapacitados no deberían votar? Qué vergüenza.",
    "Nadie dice que las personas con discapacidad deban quedarse en su casa, al contrario.",
    "Los niños con autismo pueden estudiar en escuelas normales si hay maestros de apoyo.",
    "Las personas en silla de ruedas no pueden ni subir al camión en Juárez, exijan rampas.",
    "Los sordos no deberían quedarse sin intérprete en el cabildo.",
    "Los discapacitados deben tener sus propios lugares de estacionamiento respetados.",
    "Mi abuela en silla de ruedas ya puede ir a votar, pusieron rampa en la casilla.",
    "Ese árbitro está ciego, no hay otra explicación, nos robaron el partido.",
    "Lo que hay que hacer es poner rampas, no que las personas con discapacidad se queden en su "
    "casa.",
]


@pytest.mark.parametrize("text", HOLDS)
def test_held_by_the_rule(text):
    assert rule_action(text, "es", RULE) == "hold", text


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_pass_all(text, "es")
