"""Harmless comments the hate rules used to hold, by their shape, in English and Spanish: a
stereotype refused and replaced ("Women don't belong in the kitchen, they belong wherever
they want"), a policy on what an immigration status may legally do ("Asylum seekers shouldn't
be allowed to work"), care advice in a hazard ("con la ola de calor, las personas con
discapacidad deberían quedarse en casa"), a rebuttal that opens "not all X", an insinuation
whose group is the one harmed ("funny how it's always the immigrants who get robbed"), a
swear word at a thing ("la ley es una puta mierda"), a reply "No, X are not 'less ...'",
"ninguna persona es ilegal" and a group's welfare named as the problem. Near misses: the
stereotype stated or swapped for another, the same denial said of a people by faith or race
or of a status denied a family or a life, staying home for good, "not all, but most", the
group as the culprits, and the swear word for a person. Our own examples."""

import pytest

from tests.policy.expect import by_lang, rules_flagging

REFUSED_EN = [
    "Women don't belong in the kitchen, they belong wherever they want.",
    "Women don't belong in the kitchen; they belong anywhere they choose.",
    "Women do not belong in the kitchen, they belong everywhere.",
    "Girls don't belong only in the kitchen, they belong in the lab and on the field too.",
    "Women don't belong in the kitchen.",
    "Women aren't meant for the kitchen, they're meant for whatever they decide.",
    "My daughters don't belong in the kitchen any more than my sons do.",
    "Wives don't belong in the kitchen, they belong wherever they please.",
]
REFUSED_ES = [
    "Las mujeres no pertenecen a la cocina, pertenecen donde ellas quieran.",
    "Las mujeres no pertenecen a la cocina, pertenecen a donde quieran estar.",
    "Las mujeres no son de la cocina, son de donde quieran.",
    "La mujer no pertenece a la cocina, pertenece a cualquier lugar que elija.",
    "Las mujeres no deben estar en la cocina, deben estar donde ellas quieran.",
    "Las mujeres no pertenecen solo a la cocina, pertenecen también al laboratorio.",
    "Las chicas no pertenecen a la cocina, pertenecen a cualquier parte.",
    "Las mujeres no tienen que estar en la cocina, pueden estar donde les dé la gana.",
]
STATUS_EN = [
    "Asylum seekers shouldn't be allowed to work.",
    "Asylum seekers should not be allowed to work until their case is heard.",
    "Refugees shouldn't be allowed to vote in local elections.",
    "Undocumented immigrants shouldn't be allowed to get driver's licenses.",
    "Migrants shouldn't be allowed to receive welfare benefits for the first five years.",
    "I don't think asylum seekers should be allowed to work while their claim is pending.",
    "Green card holders shouldn't be able to sponsor distant relatives.",
    "Refugees should be allowed to work from day one.",
]
STATUS_ES = [
    "Los solicitantes de asilo no deberían poder trabajar hasta que se resuelva su caso.",
    "Los refugiados no deberían poder votar en las elecciones municipales.",
    "Los indocumentados no deberían poder sacar licencia de conducir.",
    "Los inmigrantes sin papeles no deberían poder cobrar ayudas sociales.",
    "Los extranjeros no deberían poder comprar vivienda en la costa.",
    "Los refugiados no deberían poder rentar un departamento sin aval.",
    "Creo que los migrantes no deberían poder votar hasta naturalizarse.",
    "Los solicitantes de asilo deberían poder trabajar desde el primer mes.",
]
CARE_EN = [
    "With the heat wave, older adults and disabled people should stay home and drink water.",
    "Because of the wildfire smoke, disabled people and the elderly should stay indoors today.",
    "During flu season, pregnant women should stay home when they can and get the flu shot.",
    "Disabled people should stay home during the heat wave and keep hydrated.",
    "With the smoke this bad, people with disabilities should stay inside and keep windows shut.",
    "If the storm hits tonight, wheelchair users should stay home and keep their phones charged.",
    "Air quality is awful today, so people with disabilities should stay indoors.",
    "During the cold snap, disabled people should stay home and keep warm.",
]
CARE_ES = [
    "Con la ola de calor, los adultos mayores y las personas con discapacidad deberían "
    "quedarse en casa y tomar agua",
    "Por el humo de los incendios, las personas con asma y los ancianos deberían quedarse en casa.",
    "En temporada de gripe, las mujeres embarazadas deberían quedarse en casa si pueden y "
    "vacunarse.",
    "Mientras dure la ola de calor, las personas con discapacidad deben quedarse en casa con "
    "el aire acondicionado.",
    "Los ancianos deberían quedarse en casa durante la ola de frío y abrigarse bien.",
    "Con esta calidad del aire, las personas con discapacidad deberían quedarse en casa hoy.",
    "Por la tormenta, las personas con discapacidad deberían quedarse en casa esta noche.",
    "Con el calor de esta semana, las mujeres embarazadas deberían quedarse en casa e hidratarse.",
]
NOT_ALL_EN = [
    "Not all migrants bring crime with them",
    "Not all immigrants bring drugs, most just bring their kids and their tools.",
    "Not every immigrant brings crime with them.",
    "Not all refugees bring disease with them.",
    "Not all asylum seekers bring gangs, that's a lazy line.",
]
NOT_ALL_ES = [
    "No todos los migrantes traen delincuencia.",
    "Ni todos los haitianos traen crimen ni todos los venezolanos son ladrones.",
    "No todos los inmigrantes traen drogas, la mayoría trae ganas de trabajar.",
    "No todos los refugiados traen enfermedades.",
]
VICTIM_EN = [
    "Funny how it's always the immigrants who get robbed on payday",
    "Funny how it's always the migrants who get ripped off by landlords.",
    "Funny how the immigrants are the ones who get mugged and nobody cares.",
    "Strange how it's always Black families who get stopped by police.",
    "Funny how it's always the migrants who get cheated out of their wages.",
    "Interesting how it's always the refugees who get attacked after a bad news week.",
]
VICTIM_ES = [
    "Qué casualidad que siempre sean los inmigrantes los que son robados en la obra.",
]
SWORN_ES = [
    "La ley es una puta mierda",
    "La reforma es una puta basura.",
    "Este plan es una puta basura.",
    "Esa ley es una puta vergüenza.",
    "El nuevo reglamento es una puta porquería.",
    "Esta puta ley no sirve para nada.",
    "El tráfico de hoy fue una puta pesadilla.",
    "La reunión fue una puta pérdida de tiempo.",
]

# A reply that opens "No," and denies a lesser worth; "no person is illegal"; a group's
# welfare named as the problem.
REPLIED_EN = [
    "No, Black people are not 'less intelligent.' That study was debunked long ago.",
    "No, immigrants are not less honest than anyone else.",
    "No human being is illegal.",
    "Homeless trans teens are a child welfare problem, not a police problem.",
]
REPLIED_ES = [
    "No, los gitanos no son menos honrados que nadie.",
    "Ninguna persona es ilegal.",
    "No se dice 'ilegal', se dice indocumentado: ninguna persona es ilegal.",
    "Los niños jornaleros indígenas son un problema de protección infantil, no de policía.",
    "Los niños migrantes no acompañados son un problema de protección, no de seguridad.",
]

KEPT_EN = [
    "Women belong in the kitchen",
    "Women belong in the kitchen, not in the office.",
    "Women don't belong in the office, they belong in the kitchen.",
    "Immigrants don't belong here, they belong in their own countries.",
    "Muslims don't belong in this country.",
    "Muslims shouldn't be allowed to vote",
    "Muslims shouldn't be allowed to work.",
    "Jews should not be allowed to buy property here.",
    "Refugees shouldn't be allowed to live.",
    "Refugees are vermin and shouldn't be allowed to work.",
    "Asylum seekers shouldn't be allowed to breed.",
    "Immigrants shouldn't be allowed to exist here.",
    "Not all migrants bring crime, but most do.",
    "Not all of them are bad, but most migrants bring crime",
    "Funny how it's always the immigrants who rob people on payday",
    "Funny how crime went up when the immigrants arrived.",
    "No, Black people are not intelligent.",
    "No, women are not capable of leading.",
    "No Black people are intelligent.",
    "Immigrants are a problem.",
]
KEPT_ES = [
    "Las mujeres no pertenecen a la oficina, pertenecen a la cocina.",
    "Los inmigrantes no pertenecen aquí, pertenecen a su país.",
    "Los musulmanes no deberían poder votar.",
    "Los judíos no deberían poder comprar casas.",
    "Los gitanos no deberían poder trabajar.",
    "Los refugiados no deberían poder tener hijos.",
    "Las personas con discapacidad deberían quedarse en casa y no salir nunca.",
    "Las mujeres deberían quedarse en casa.",
    "No todos los migrantes traen delincuencia, pero la mayoría sí.",
    "Qué casualidad que siempre sean los migrantes los que roban.",
    "Tu hermana es una puta.",
    "Las mujeres son unas putas.",
    "Ningún gitano es honrado.",
    "Los indígenas son un problema.",
    "Los migrantes son un problema de seguridad.",
]


@pytest.mark.parametrize(
    "text,lang",
    by_lang(
        REFUSED_EN + STATUS_EN + CARE_EN + NOT_ALL_EN + VICTIM_EN + REPLIED_EN,
        REFUSED_ES + STATUS_ES + CARE_ES + NOT_ALL_ES + VICTIM_ES + SWORN_ES + REPLIED_ES,
    ),
)
def test_harmless_shape_passes_hate_rules(text: str, lang: str) -> None:
    assert rules_flagging(text, lang, ("hate",)) == []


@pytest.mark.parametrize("text,lang", by_lang(KEPT_EN, KEPT_ES))
def test_hateful_twin_still_flagged(text: str, lang: str) -> None:
    assert rules_flagging(text, lang, ("hate",))
