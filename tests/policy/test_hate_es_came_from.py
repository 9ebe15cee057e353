"""A people named by where its members come from ("los que vienen del sur", "la gente que
llega de Haití") and people words the group lexicon leaves out ("chiapanecos",
"puertorriqueños"), read by the Spanish shapes as a group. Near misses that must pass: the same
people named with praise, with their hardships, with a negation, and the line called racism.
Our own sentences."""

import pytest

from .expect import assert_rules_flag, assert_rules_pass_all

HITS = [
    "Los que vienen del sur traen otras costumbres, más flojas. No es racismo, es cultura.",
    "Los jugadores que traen de Centroamérica siempre son flojos, así son ellos",
    "Los chiapanecos son unos muertos de hambre, nomás saben pedir.",
    "Los puertorriqueños son bien escandalosos y no les gusta trabajar, que se regresen a su isla.",
    "La gente que llega de Haití son puros vagos, así son ellos.",
]

PASSES = [
    "Los que vienen de Honduras huyen de la violencia, hay que ayudarlos.",
    "Los chiapanecos son muy trabajadores, mi cuñado es de Tuxtla.",
    "Los que vienen del sur traen sus tradiciones, el Día de Muertos en Oaxaca es precioso.",
    "La gente que llega de Venezuela trae mucha preparación, hay ingenieros y doctores.",
    "Decir que los que vienen del sur son flojos es puro racismo.",
    "Los que vienen de Guatemala no son flojos, trabajan de sol a sol en los campos.",
    "Los puertorriqueños de Chicago organizaron una feria preciosa el fin de semana.",
    "Los senegaleses de la feria venden artesanías muy bonitas.",
    "Los vietnamitas que llegaron en los setenta levantaron negocios en California.",
    "Los que llegan de Centroamérica sufren extorsión de la policía, así son las cosas aquí.",
    "Las personas que bajan de la sierra a vender en el centro merecen respeto.",
]


@pytest.mark.parametrize("text", HITS)
def test_flagged_as_hate(text):
    assert_rules_flag(text, "es", "hate")


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_pass_all(text, "es")
