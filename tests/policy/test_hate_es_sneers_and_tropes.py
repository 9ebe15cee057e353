"""Spanish group hate that leaves the judgement to an emoji, a pose or a trope, with the
near misses that must pass. A line about a group closed by a sneering emoji ("los X otra vez
en las noticias. Qué sorpresa 🙃"); a people's need or pride called a pose ("mucho X pero
bien que ..."); who someone is given as the reason ("es X, con razón los precios"); poverty
laid at a people's idleness, a poor member denied ("¿X pobre? Eso no existe") and a people
cast as all rich; a people cast as eating pets. Twins: emoji at officials and at one's own
people, praise closed by an emoji, a pose charged on a mayor, a virtue explained by origin,
poverty with its cause, a country's wealth, the wealth trope reported or denied, the pet
libel called a lie, fireworks and a neutering campaign. Our own examples."""

import pytest

from tests.policy.expect import assert_category_action, rules_flagging

HOLDS = [
    # a line about a group closed by a sneering emoji
    "Los guatemaltecos otra vez en las noticias. Qué sorpresa 🙃",
    'Mucho "refugiado" hondureño con cadena de oro 🤔',
    'Los gitanos de mi barrio y su "trabajo" 😏',
    "Otra vez los haitianos en la plaza del centro 🤫",
    # ... or about a people's marks in its place
    "Ya vieron de dónde son los que asaltaron la farmacia 🤷",
    "No voy a decir el color, pero ya saben quiénes tiran la basura 😏",
    "Otro de turbante en la fila del banco 🤔",
    # a need or a pride called a pose
    "Dicen que los sirios son refugiados, pero bien que traen tenis de marca.",
    "Muy orgullosos de ser indígenas pero bien que cobran los apoyos.",
    # who someone is given as the reason
    "El nuevo jefe de compras es judío, con razón los precios.",
    "El portero es gitano, ya decía yo.",
    # poverty laid at a people's idleness, a poor member denied
    "¿Un gitano pobre? Jaja, eso no existe.",
    "¿Judíos pobres? No existen.",
    "Nunca vas a ver a un judío pobre.",
    "Los gitanos viven en la miseria, no trabajan.",
    # a people cast as all rich or as siding with money
    "Todos los judíos son ricos.",
    "Los judíos siempre tienen dinero.",
    "Los chinos nadan en dinero, ¿de dónde lo sacan?",
    # a people cast as eating pets
    "Llegaron los chinos a la colonia y ya no se ven gatos.",
    "Los chinos se comen a los perros, cuidado.",
    "Ya vienen los coreanos, escondan a los perritos.",
]

PASSES = [
    "Mi apodo es el chino y soy de Puebla 🤷",
    "El alcalde otra vez prometiendo el metro 🙄",
    "Los diputados de siempre subiéndose el sueldo 🤡",
    "Qué casualidad, otra vez los mismos apellidos en el gabinete 🙄",
    "La raza ya no aguanta el calor 🙄",
    "El color de la fachada nueva del museo 🤡",
    "Otra vez la bandera de México al revés en el desfile 🤡",
    "Los haitianos celebraron su fiesta en el parque, qué bonito 😍",
    "El alcalde dice que no hay dinero pero bien que se sube el sueldo.",
    "Los venezolanos trabajan mucho y bien que se nota en la colonia.",
    "Mi cuñada es colombiana, con razón baila tan bien.",
    "¿Hay judíos pobres? Sí existen, mi abuelo era uno.",
    "Los indígenas siguen pobres porque les quitaron la tierra.",
    "Los suizos son muy ricos por los bancos.",
    "Mi tío dice que los judíos tienen todo el dinero, qué ignorante.",
    "No es cierto que todos los judíos son ricos.",
    "Viene la pirotecnia de fin de año, escondan a los perros.",
    "Es mentira que los haitianos se comen a las mascotas, eso lo inventaron en Ohio.",
    "En la campaña de esterilización ya no hay perros en la calle.",
]


@pytest.mark.parametrize("text", HOLDS)
def test_held(text: str) -> None:
    assert_category_action(text, "hold", "hate", "es")


@pytest.mark.parametrize("text", PASSES)
def test_rules_leave_near_misses(text: str) -> None:
    assert rules_flagging(text, "es") == [], text
