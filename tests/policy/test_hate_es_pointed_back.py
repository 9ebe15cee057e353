"""Spanish group hate that points back at a people named earlier in the comment: a bare list of
vices in a clause of its own ("contraté a unos X, nunca más, flojos y cochinos todos"), "siempre
es lo mismo con esa gente" after a crime, a short wink ("Ustedes saben.") after a shelter and a
decline (`hate.es_hinted`); a place filled with a people and then ruined (`hate.es_shape`);
old and disabled people held a weight or kept from a normal school (`hate.es_disability`).
Near misses that must pass: the same clauses praising, about politicians, told as someone
else's, denied or asked for a need; English twins where the rules already read them. Our own
sentences."""

import pytest

from .expect import assert_rules_flag, assert_rules_pass_all, rule_action

HOLDS = [
    # a people named as the object, then its vices in a clause of their own
    (
        "Contraté a unos guatemaltecos para la obra, nunca más, flojos y cochinos todos.",
        "hate.es_hinted",
    ),
    (
        "Le rentamos el cuarto a unos hondureños, rateros y mugrosos, ya ni les abro.",
        "hate.es_hinted",
    ),
    # the group pointed at again after a crime or a warning
    (
        "Llegaron los venezolanos al edificio y de volada empezaron los robos, siempre es lo "
        "mismo con esa gente.",
        "hate.es_hinted",
    ),
    ("Esos haitianos que se mudaron enfrente, ojo ahí, nunca se sabe.", "hate.es_hinted"),
    # a shelter or a people, a decline, and a short wink
    (
        "Desde que abrieron el albergue ya no se puede ni salir de noche. Ustedes saben.",
        "hate.es_hinted",
    ),
    ("Con los del albergue llegó la mugre. Ya saben.", "hate.es_hinted"),
    (
        "Pusieron el albergue junto al parque. Luego los robos. Antes nunca. Saquen sus "
        "conclusiones.",
        "hate.es_hinted",
    ),
    (
        "De niña en Reynosa no había tanta violencia, luego llegaron los de fuera. No digo "
        "nombres pero ustedes saben de q países.",
        "hate.es_hinted",
    ),
    # a vice vouched for by "everyone knows", and winks naming what is meant
    ("Los rumanos que acampan junto al río son ladrones, todo mundo lo sabe.", "hate.es_hinted"),
    ("Siempre traen pandillas a donde llegan. Ustedes saben quiénes.", "hate.es_hinted"),
    (
        "Vieron quién llenó la plaza: pura gente color cartón, ya saben de qué hablo.",
        "hate.es_hinted",
    ),
    # a place filled with a people, then ruined
    (
        "Desde que la colonia se llenó de haitianos las señoras no pueden salir solas de noche.",
        "hate.es_shape",
    ),
    ("Cuando se llenó el mercado de centroamericanos se llenó de pandilleros.", "hate.es_shape"),
    (
        "Antes Saltillo era otra cosa, hasta que llenaron el centro de venezolanos. Ahora ni se "
        "puede caminar.",
        "hate.es_shape",
    ),
    ("Llegaron más africanos a la cuadra, ahora sí a cerrar todo con candado.", "hate.es_shape"),
    ("En mi rancho éramos tranquilos antes de que bajaran del sur.", "hate.es_shape"),
    (
        "Antes el malecón era bonito, ahora es un cochinero lleno de gente de fuera.",
        "hate.es_shape",
    ),
    # a people moving in, then the robberies start
    ("Cuando se vienen a vivir los haitianos a una colonia empiezan los asaltos.", "hate.es_shape"),
    ("Los guatemaltecos llegan sin nada y a la semana ya están robando.", "hate.es_shape"),
    # the group named as the habitual culprit, or guessed to be by who it is
    ("Los hondureños de la cuadra de atrás son los que roban, todos lo saben.", "hate.es_shape"),
    ("Esos haitianos del parque seguro fueron los del robo.", "hate.es_shape"),
    ("Esos rateros seguro eran de los que vienen del sur.", "hate.es_shape"),
    # "ya saben cómo es" a people, and "uno nunca sabe con esa religión"
    ("Ya saben cómo es la gente de Guerrero, puro pleito y puro borracho.", "hate.es_implicit"),
    (
        "Los musulmanes abrieron su templo en la colonia. Uno nunca sabe con esa religión.",
        "hate.es_hinted",
    ),
    # old and disabled people as a weight
    ("Los viejos ya no deberían votar, nomás estorban.", "hate.es_disability"),
    (
        "Los ancianos son una carga para el país, deberían dejar de atenderlos en el seguro.",
        "hate.es_disability",
    ),
    (
        "Los niños autistas no deberían estar en escuelas normales, atrasan a todos.",
        "hate.es_disability",
    ),
    ("Los sordos son un estorbo en cualquier oficina.", "hate.es_disability"),
]

PASSES = [
    ("Los adultos mayores votan más, por eso los candidatos los buscan.", "es"),
    ("Contraté a unos guatemaltecos para la obra y trabajaron de maravilla.", "es"),
    ("Contraté a unos guatemaltecos, trabajadores y honrados todos.", "es"),
    ("Los políticos son flojos y rateros.", "es"),
    ("Los diputados contrataron a unos hondureños de asesores, rateros todos.", "es"),
    ("Dijo que los viejos no deberían votar. Qué vergüenza.", "es"),
    ("Llegaron los venezolanos y la colonia los recibió con comida.", "es"),
    ("Llegaron los cubanos a la colonia, siempre es lo mismo con ellos: fiesta para todos.", "es"),
    ("Los niños autistas merecen escuelas con apoyo.", "es"),
    ("Los ancianos no estorban, ellos levantaron este país.", "es"),
    ("Mis viejos ya no deben manejar de noche, les cuesta ver.", "es"),
    ("Los viejos edificios del centro son una carga para el municipio.", "es"),
    ("Los jugadores viejos nomás estorban en la cancha.", "es"),
    (
        "Las personas con discapacidad no son una carga. Lo que sí es una carga es que no haya "
        "rampas.",
        "es",
    ),
    ("Nos vemos en la feria el sábado, ya saben.", "es"),
    ("Los venezolanos son los que más trabajan en la obra.", "es"),
    ("Los migrantes trabajan más que nadie, todos lo sabemos.", "es"),
    ("Se llenó la plaza de venezolanos y antes era bonito ver tanta alegría.", "es"),
    ("A los migrantes los asaltan en el tren, todo mundo lo sabe, y nadie hace nada.", "es"),
    ("Los haitianos sufren robos en el albergue cada semana, ya sabemos.", "es"),
    ("Los mexicanos somos bien fiesteros y a veces borrachos, ya sabes.", "es"),
    ("Los hondureños de mi calle son muy trabajadores, todo mundo lo sabe.", "es"),
    ("El partido se robó la elección, todos lo sabemos.", "es"),
    ("Mi hermano se va a casar en mayo, ya saben de qué hablo.", "es"),
    (
        "Detuvieron a unos venezolanos por el asalto del banco, delincuentes y violentos todos.",
        "es",
    ),
    (
        "Mi jefe contrató a unos hondureños y les decía flojos y cochinos todos, qué vergüenza.",
        "es",
    ),
    ("Los migrantes no son flojos ni cochinos, trabajan más que nadie.", "es"),
    ("Desde que abrieron el albergue los vecinos ayudamos cada semana. Ya saben.", "es"),
    ("Llegaron los hondureños y empezaron los problemas contra ellos en la colonia.", "es"),
    ("Llegaron los guatemaltecos a la obra y empezaron los trabajos de la barda.", "es"),
    ("La gente del sur tiene otra mentalidad sobre el tiempo, más relajada.", "es"),
    ("Los migrantes no son los que roban, son los que más sufren los asaltos.", "es"),
    ("Dicen que los haitianos son los que roban, pero es mentira.", "es"),
    ("Ya saben cómo es la gente de Oaxaca, bien amable y trabajadora.", "es"),
    ("Ya saben cómo es mi tía, siempre llega tarde.", "es"),
    ("Los mexicanos en el mundial, nunca se sabe.", "es"),
    ("Se llenó la plaza de venezolanos celebrando y fue una fiesta bonita.", "es"),
    ("Hired some Guatemalans for the job and they did great work.", "en"),
    ("Old people vote more, that's why candidates court them.", "en"),
]

# English twins the rules already flag: kept here so a change to the Spanish shapes leaves
# them read the same way.
EN_FLAGS = [
    "Hired some Guatemalans for the job, never again, lazy and dirty all of them.",
    "Autistic kids shouldn't be in normal schools, they hold everyone back.",
]


@pytest.mark.parametrize(("text", "rule"), HOLDS)
def test_held_by_the_rule(text, rule):
    assert rule_action(text, "es", rule) == "hold", text


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_passes(text, lang):
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize("text", EN_FLAGS)
def test_english_twins_flagged(text):
    assert_rules_flag(text, "en", "hate")
