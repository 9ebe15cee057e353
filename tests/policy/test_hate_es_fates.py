"""A people's killing wished for, approved or called for, in Spanish (`hate.es_fate`, hold
only): another massacre asked for, one that happened approved, a group wished the fate of a
massacre's victims, gunfire called for at the border. Near misses that must pass: outrage that
asks how many more massacres it takes, a negated wish, reports and grief, a condemnation of
shots at the border, the same calls about gunmen and a police purge. Our own sentences."""

import pytest

from .expect import assert_rules_pass_all, rule_action

RULE = "hate.es_fate"

HOLDS = [
    "Hace falta otra masacre de indios como la de Acteal",
    "Les hace falta otra matanza a los haitianos, así dejan de venir",
    "A los chinos de Torreón les hace falta otra matanza, a ver si así se regresan",
    "Lo de la matanza estuvo bien, eran puros indígenas revoltosos.",
    "Ojalá a los hondureños de la caravana les pase lo mismo que a los de San Fernando",
    "Que les disparen a los migrantes en el río",
    "Que la guardia dispare a cualquiera que cruce el río, así aprenden los demás",
    "Que los reciban a balazos en el río, a todos, sin excepción.",
    "Es una invasión, y a las invasiones se les responde a balazos.",
    "Fácil: que los soldados tengan permiso de disparar y en dos semanas ya nadie cruza.",
    "Pongan alambre en el Suchiate y al que se brinque que le disparen.",
]

PASSES = [
    "¿Cuántas masacres más hacen falta para que el gobierno proteja a los migrantes?",
    "No hace falta otra masacre de migrantes para entender que la ruta es peligrosa.",
    "La masacre de San Fernando, 72 migrantes asesinados, sigue impune.",
    "Que la Patrulla Fronteriza dispare a migrantes desarmados es un crimen.",
    "Exigimos que dejen de disparar a los migrantes en la frontera.",
    "Hace falta una limpieza en Migración, los agentes extorsionan a los migrantes.",
    "Ojalá a nadie le pase lo mismo que a los migrantes de San Fernando.",
    "Que no les pase lo mismo que a los de Acteal, cuiden a las comunidades indígenas.",
    'El comentario que dice "hace falta otra masacre de indios" es racista y debería borrarse.',
    "Hace falta una limpieza en la policía municipal, están coludidos con los cárteles.",
    "La masacre de Acteal fue un crimen de Estado contra indígenas tzotziles.",
    "Esperan a que haya otra masacre de migrantes para actuar.",
    "No hay que disparar a los que cruzan, hay que darles asilo.",
    "Que haya otra masacre de indígenas sería una vergüenza nacional.",
    "Ojalá no vuelva a haber otra matanza de chinos como la de Torreón en 1911.",
    "La Patrulla Fronteriza no tiene permiso de disparar a los que cruzan, eso sería un crimen.",
    "Que los policías les disparen a los asaltantes, ya estamos hartos de los robos.",
    "Dicen que la patrulla les dispara a los que cruzan el río, qué horror.",
    "Hay que dispararles a los polleros en el río, ellos son los que matan gente.",
    "Lo del tiroteo en la colonia estuvo bien feo, hubo balazos toda la noche.",
]


@pytest.mark.parametrize("text", HOLDS)
def test_held_by_the_rule(text):
    assert rule_action(text, "es", RULE) == "hold", text


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_pass_all(text, "es")
