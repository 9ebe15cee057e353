"""A people given dirt and smell, a child's or an animal's mind, a lower rank, harm deserved,
or the blame every time, in Spanish (`hate.es_trait`, hold only). Near misses that must
pass: the line called racism or a lie, dirt put down to no water, a worker made to use the
wrong toilet, "siempre son ellos" of the ones who pay, children said to be children, harm
called undeserved, a danger to migrants, and a town's "raza" greeted. Our own sentences."""

import pytest

from .expect import assert_rules_pass_all, rule_action

RULE = "hate.es_trait"

HOLDS = [
    "Cuando hay un robo en la colonia casi siempre son los hondureños, siempre son ellos.",
    "Los haitianos ni se bañan, huelen a sudor en todo el camión.",
    "Ya se llenó el barrio de migrantes, ahora todo huele a rancio.",
    "Los indígenas son como niños, no entienden de democracia.",
    "Las hondureñas vienen a tener hijos, son como conejas.",
    "Los cubanos de Miami son gente de segunda, nomás saben quejarse.",
    "Los nicaragüenses de la colonia no les da la cabeza para vivir en una ciudad.",
    "Los migrantes se merecen lo que les pasa por meterse ilegalmente.",
    "Los hijos de haitianos nacidos aquí no son mexicanos iguales que nosotros.",
    "Los tarahumaras se lo gastan en alcohol, no les den apoyos.",
    "Esos haitianos no deberían ni estar aquí, y encima piden trabajo.",
    "Tanto oaxaqueño en la colonia, van a acabar con la ciudad.",
    "Ya llegaron los hondureños a la plaza, cuiden sus carteras.",
    "Cuando un haitiano te sonríe, fíjate que no te falte la cartera.",
    "Con tanto haitiano en el centro uno ya no se siente en México.",
    "Aquí hay demasiado migrante ya, uno ya ni reconoce su propia colonia.",
    "Este país sería otra cosa sin tanto indio.",
    "Donde se instalan los haitianos empiezan los robos.",
    "Los hondureños merecen lo que les pasa en el desierto, nadie los mandó.",
    "Los indígenas tienen más hijos que nosotros y así nos van a sustituir.",
    "A los gitanos se les reconoce de lejos, siempre en bola a ver qué se roban.",
    "Uno ve a las indígenas en los semáforos y entiende por qué el país no avanza.",
    "Estos venezolanos ya se sienten dueños de la plaza.",
    "Los indígenas que bajan a vender afean el centro.",
]

PASSES = [
    "Alguien escribió que los haitianos no se bañan; eso es mentira, en el albergue no hay agua.",
    "Siempre son ellos los que pagan los platos rotos, los migrantes sin papeles.",
    "Los niños migrantes son como cualquier niño, quieren jugar y aprender.",
    "Mi papá fue migrante y lo trataron como animal en la detención.",
    "Llevamos tres días sin agua en la colonia, ya ni para bañarse.",
    "El mercado huele a gloria en la mañana y a drenaje en la tarde.",
    "La raza de Ojinaga siempre apoyando al equipo, saludos.",
    "Los indígenas no son como niños, son adultos con derechos, dejen el paternalismo.",
    "El que dijo que los cubanos son gente de segunda debería disculparse.",
    "A la compañera trans la obligaron a usar el baño de hombres, eso es acoso.",
    "Nadie se merece lo que les pasa a los migrantes en el desierto.",
    "Los migrantes no se merecen lo que les pasa en las estaciones migratorias.",
    "Los coyotes son un peligro para los migrantes que cruzan el desierto.",
    "El río es un peligro para los migrantes, cada verano se ahogan.",
    "Los migrantes son iguales que nosotros, con los mismos sueños.",
    "Decir que los indígenas no les da la cabeza es racismo del más viejo.",
    "Los migrantes no saben perder la esperanza, aunque los deporten tres veces.",
    "Los migrantes merecen estar aquí tanto como cualquiera.",
    "El cártel va a acabar con la ciudad si el gobierno no hace nada.",
    "Dicen que los rarámuris se lo gastan en alcohol, pero es un prejuicio viejo y falso.",
    "En el metro cuiden sus carteras, hay muchos carteristas en la línea 2.",
    "A mi tía, que es migrante, le robaron la bolsa en el camión; cuiden sus carteras.",
    'Decir "si ves a un gitano cierra bien la puerta" es racismo de abuela.',
    "Desde que cerraron la maquila uno ya no se siente en su ciudad, todo está vacío.",
    "Con tanta violencia uno ya no se siente en México, se siente en guerra.",
    "Este país sería otra cosa sin tanto político corrupto.",
    "Alguien escribió que donde llegan los migrantes llega el desmadre; los datos lo desmienten.",
    "Donde llegan los migrantes empiezan los negocios, las taquerías y las iglesias se llenan.",
    "Los migrantes no merecen lo que les pasa en el desierto.",
    "Nadie merece lo que les pasa a las mujeres en Juárez.",
    "Dicen que los migrantes nos van a sustituir, es la teoría racista del gran reemplazo.",
    "Los robots nos van a reemplazar en las maquilas, dicen los ingenieros.",
    "Decir que todos los musulmanes apoyan la yihad es mentira y es islamofobia.",
    "Somos árabes y nos enojamos cuando leemos que 'los árabes son todos terroristas'.",
    "Los indígenas no afean el centro, son parte de él desde siempre.",
    "Decir que los indígenas afean la ciudad fue una estupidez del alcalde.",
    "Con tanta corrupción por eso el país no avanza, y los migrantes pagan el precio.",
    "Los migrantes se sienten de aquí porque aquí crecieron sus hijos.",
    "Las familias migrantes piden en los cruceros porque el albergue está lleno.",
]


@pytest.mark.parametrize("text", HOLDS)
def test_held_by_the_rule(text):
    assert rule_action(text, "es", RULE) == "hold", text


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_pass_all(text, "es")
