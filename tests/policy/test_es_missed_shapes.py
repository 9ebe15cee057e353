"""Spanish violations the rules used to miss, by their shape, with their harmless twins.

A group with a relative clause, then a crime said of it as a habit ("los chinos que abren
tiendas aquí lavan dinero"); a people named only by a proxy, then a warning, a decline, a
taking or a wink ("ya llegaron los del otro lado del río, cuiden sus carteras", "se llenó la
colonia de esos, ya saben"); people called a foul name as a plural subject: officials ("los
regidores son unos hijos de la chingada"), the members of a body ("esos hijos de puta del
sindicato") and those who do something ("los que se meten en la fila son unos ..."); a civic
visit to an official with a menace elsewhere in the comment ("... y que se cuide mucho");
women said to belong in the kitchen. Twins that must pass: the clause that tells of a month
or a job, a crime said of the culprits and not of the people, negation, report and
counter-speech, rain and the tax office, "esos" with its noun, a decline with its cause, a
debate's or a league's other side, a swear at an act, a visit whose only warning is the
ballot, and a recipe that belongs to a kitchen. Our own examples."""

import pytest

from tests.policy.expect import rules_flagging

RELATIVE_CRIME = [
    "Los chinos que abren tiendas aquí lavan dinero todos",
    "Los chinos que abren tiendas aquí lavan dinero",
    "Los marroquíes que viven aquí trafican con hachís",
    "Los rumanos que piden en la calle son todos carteristas",
    "Los gitanos que viven aquí se dedican a robar",
    "Los dominicanos que llegan se dedican al narco",
    "Los haitianos que duermen en la plaza roban celulares",
    "Los chinos que abren tiendas aquí son todos lavadores de dinero",
    "Los colombianos que rentan en la colonia venden droga",
    "Los venezolanos que manejan taxis extorsionan a la gente",
    "Los chinos lavan dinero",
]
RELATIVE_TWINS = [
    "Los hondureños que llegaron en mayo ya tienen trabajo",
    "los que roban son los del cártel, no los migrantes",
    "Los migrantes que denuncian que les roban en el tren merecen protección",
    "Los hondureños que llegan no roban, trabajan",
    "Dicen que los chinos que abren tiendas lavan dinero, puro racismo",
    "Los chinos que abren tiendas aquí pagan impuestos como todos",
    "Los haitianos que duermen en la plaza necesitan un albergue",
    "Los venezolanos que roban deben ser juzgados como cualquiera",
    "Los mexicanos que trabajan en el campo sufren asaltos",
    "Los migrantes que asaltan a otros migrantes son una minoría",
    "No es cierto que los hondureños que llegan roban",
    "Los gitanos que viven aquí se dedican a vender ropa",
    "Los chinos que abren tiendas aquí trabajan todos",
    "Los migrantes que cometen delitos son delincuentes",
    "Los migrantes que roban son ladrones, como cualquiera que roba",
    "Los colombianos que venden droga son delincuentes, como cualquier otro",
]
PROXY_WINK = [
    "Ya llegaron los del otro lado del río, cuiden sus carteras",
    "Se llenó la colonia de esos, ya saben",
    "Se llenó el barrio de esos, ya saben.",
    "Ya llegaron los de fuera a la colonia, cierren bien las puertas",
    "La cuadra se está llenando de esa gente, adiós a la tranquilidad",
    "Ya se metieron puros de esos al edificio. Ustedes entienden.",
    "Llegaron más de esos a la plaza, guarden sus celulares",
    "El mercado está lleno de gente del otro lado que viene nomás a ensuciar",
    "Los de fuera se quedan con todo, aquí ya no hay chamba",
    "Cuando hay tantos de esos en el barrio van a empezar los robos",
    "Desde que se llenó la cuadra de esos morenos ya no se puede dormir",
]
PROXY_TWINS = [
    "Ya llegaron las lluvias, cuiden sus techos",
    "Ya llegaron los del SAT, ya saben",
    "Se llenó el jardín de esos, ya saben, los caracoles",
    "Se llenó la colonia de esos anuncios de la elección, ya saben",
    "Ya llegaron los del otro lado del río para el torneo, traigan más sillas",
    'Mi abuela decía "ya llegaron los del otro lado, cuiden sus carteras", qué racismo',
    "Qué feo cuando dicen que llegaron los de fuera y hay que cuidar las carteras",
    "No digan que se llenó la colonia de esos, ya saben, eso es discriminar",
    "Ya llegó el frío, ya saben, cuiden a sus abuelos",
    "Ya llegaron los de fuera a la feria del pueblo, qué bonito ambiente",
    "Se llenó la plaza de esos, de los que venden globos",
    "En el metro hay muchos carteristas, cuiden sus carteras",
    "Llegaron los de afuera al torneo y nos ganaron, ya saben.",
    "Los del otro lado del debate no entienden nada",
    "Los del otro lado siempre ganan el clásico",
    "Los de fuera vienen a comprar artesanías y dejan buena derrama",
    "Se llenó el barrio de esos, ya no se puede ni caminar por tanto bache",
    "La gente del otro lado que viene a trabajar merece respeto",
    "Ya no se puede dormir con tanto ruido de las obras",
    "En la liga los de fuera se quedan con todo",
]
OFFICIALS_FOUL = [
    "Los regidores son unos hijos de la chingada",
    "Los regidores son unos hijos de puta",
    "Los diputados son unos hijos de la chingada",
    "Los concejales son unas mierdas",
    "Los senadores son unos pendejos",
    "Los que se meten en la fila son unos hijos de la chingada, ojalá los multen",
    "Los que votaron por esa ley son unos pendejos",
    "Estos hijos de la chingada del Congreso nos suben los impuestos cada año.",
    "Esos hijos de puta del sindicato cerraron la calle otra vez",
]
OFFICIALS_TWINS = [
    "El cabildo hizo una chingadera con el presupuesto",
    "Los regidores no son unos hijos de la chingada, son gente que trabaja",
    'Un vecino les gritó a los regidores "son unos hijos de la chingada" y lo sacaron',
    "El presupuesto de los regidores es una mierda",
    "Los regidores son unos chingones, arreglaron todo en una semana",
    "Los regidores hicieron una pendejada con el drenaje",
    "Lo que hicieron con el parque es una mierda",
    "Los que organizaron la feria son unos chingones",
    'Dijo el líder: "esos hijos de puta del cabildo nos robaron"',
]
VISIT_MENACE = [
    "Vamos a hacerle una visita al regidor para exigirle que arregle la calle. "
    "Y que se cuide, sabemos dónde vive su familia.",
    "Vamos a hacerle una visita al regidor para exigirle que arregle la calle. "
    "Y que se cuide mucho.",
    "Le vamos a hacer una visita al síndico para que cumpla. "
    "Y si no cumple, que se atenga a las consecuencias.",
    "Hay que hacerle una visita al regidor para exigir la obra. "
    "Que no se le olvide que tiene hijos.",
    "Vamos a hacerle una visita a la regidora para exigirle el drenaje. "
    "Que se cuide, nunca se sabe lo que puede pasar.",
    "Vamos a hacerle una visita al regidor para exigirle que arregle la calle. "
    "Que se cuide porque la gente está muy enojada y no respondemos.",
]
VISIT_TWINS = [
    "Vamos a hacerle una visita al regidor para exigirle que arregle la calle.",
    "Vamos a hacerle una visita al regidor para exigirle que arregle la calle. "
    "Y que se cuide, porque en las urnas se lo vamos a cobrar.",
    "Vamos a hacerle una visita al regidor para exigirle que arregle la calle. "
    "Ojalá que se cuide de la gripe.",
    "Vamos a hacerle una visita al regidor en su oficina para exigirle que arregle la calle, "
    "y llevamos las firmas.",
]

KITCHEN = [
    "Las mujeres pertenecen a la cocina",
    "La mujer pertenece a la cocina",
    "El lugar de la mujer es la cocina",
    "Las mujeres pertenecen a la casa",
    "Las mujeres pertenecen solo a la cocina",
]
KITCHEN_TWINS = [
    "Las mujeres no pertenecen a la cocina, pertenecen donde ellas quieran.",
    "Las mujeres no pertenecen a la cocina.",
    "Dicen que las mujeres pertenecen a la cocina, qué idea tan vieja",
    "Mi abuelo decía que la mujer pertenece a la cocina, y mi abuela se reía de él",
    "Esta receta pertenece a la cocina de mi abuela",
    "Ese cuchillo pertenece a la cocina",
    "Ni las mujeres ni los hombres pertenecen a la cocina, pertenecen a donde quieran",
    "¿Quién dijo que las mujeres pertenecen a la cocina?",
]


@pytest.mark.parametrize("text", RELATIVE_CRIME + PROXY_WINK + KITCHEN)
def test_group_shape_flagged(text: str) -> None:
    assert rules_flagging(text, "es", ("hate",))


@pytest.mark.parametrize("text", RELATIVE_TWINS + PROXY_TWINS + KITCHEN_TWINS)
def test_group_twin_passes(text: str) -> None:
    assert rules_flagging(text, "es", ("hate",)) == []


@pytest.mark.parametrize("text", OFFICIALS_FOUL)
def test_officials_called_foul_names_flagged(text: str) -> None:
    assert rules_flagging(text, "es", ("profanity", "troll"))


@pytest.mark.parametrize("text", OFFICIALS_TWINS)
def test_swear_at_an_act_passes(text: str) -> None:
    assert rules_flagging(text, "es", ("profanity", "troll")) == []


@pytest.mark.parametrize("text", VISIT_MENACE)
def test_visit_with_menace_flagged(text: str) -> None:
    assert rules_flagging(text, "es", ("troll",))


@pytest.mark.parametrize("text", VISIT_TWINS)
def test_peaceful_visit_passes(text: str) -> None:
    assert rules_flagging(text, "es", ("troll", "hate")) == []
