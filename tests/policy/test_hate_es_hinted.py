"""Spanish group hate left for the reader to finish (`hate.es_hinted`, hold only): a group, its
marks or a place's decline, then "saquen sus conclusiones" / "ustedes saben de quiénes hablo";
and a group said to come only to take. Near misses that must pass: the same wink about votes,
rumours and politicians, the claim told as someone else's or denied, and counter-speech. Our
own sentences."""

import pytest

from .expect import assert_rules_approve, rule_action

RULE = "hate.es_hinted"

HOLDS = [
    "Desde que pusieron el albergue en la calle Hidalgo se acabaron las macetas. "
    "Ustedes saquen sus conclusiones.",
    "En cada robo de la plaza el sospechoso tiene el mismo acento. Ahí se los dejo.",
    "El barrio se llenó de basura este año, ustedes saben de quiénes hablo.",
    "Los dueños de las casas de empeño tienen apellidos muy parecidos, ya saben cuáles.",
    "Los salvadoreños no vienen a trabajar, vienen a que el gobierno los mantenga.",
    "Esos que llegaron en la caravana nomás vienen a vivir del cuento.",
    "Otra vez robaron en la tienda de la esquina. Ya me entendéis de quiénes hablo, los de fuera.",
    "No le rentes a las familias de Guerrero, ya sabes cómo son.",
    "Llegaron más a la plaza, hay que juntarlos a todos y sacarlos del país.",
    "Remigración ya, no queda de otra.",
]

PASSES = [
    # the wink about votes, rumours and politicians
    "Ahí están las cifras de participación de cada casilla, saquen sus conclusiones.",
    "Mi compadre jura que vio un ovni en la carretera. Ahí se los dejo.",
    "Los diputados del partido votaron otra vez en contra, ya saben quiénes son.",
    # the claim told as someone else's or denied
    "Los que dicen que los hondureños vienen a robar nunca han trabajado con ellos.",
    "Los guatemaltecos no vienen a robar, vienen a trabajar como cualquiera.",
    "Mi tío repite que los migrantes vienen a vivir del gobierno, y es mentira.",
    # people who come to work, or to collect a debt
    "Los jornaleros vienen a trabajar en la cosecha cada año.",
    "El cobrador viene a cobrar los viernes.",
    "Me dolió ver a vecinos con papeles pidiendo que deporten a todos los demás.",
    "Cuando leo 'ya sabemos cómo son' pienso en mi mamá, que trabajó toda la vida.",
    "Que regresen a todos los niños a clases presenciales el lunes.",
]


@pytest.mark.parametrize("text", HOLDS)
def test_held_by_the_rule(text):
    assert rule_action(text, "es", RULE) == "hold", text


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_approve(text, "es", RULE)
