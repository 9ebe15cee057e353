"""Spanish hate said by insinuation, the shapes of blind-written comments (hold only): a
problem given a people's name, a crime figure with the origin left to the reader, humanity
denied, peoples called one trash, shots prescribed for border crossers, faces read as crime
(`hate.es_insinuated`); a people likened to livestock, blamed for how others see "us", or
called a mafia (`hate.es_trait`); profiteering from misfortune as a Jewish trope
(`hate.es_trope`); Pacific island peoples as group words. Near misses that must pass: the
same shapes about officials, criminals and things, counter-speech, reports and negation; a
status sent back as policy (`hate.broad`) and a skill taught (`troll.threat`). All examples
are our own."""

import pytest

from .expect import assert_rules_approve, rule_action

HOLDS = [
    # a problem given a people's name, or a people whose removal fixes all
    ("hate.es_insinuated", "El problema de esta colonia tiene nombre: los haitianos."),
    ("hate.es_insinuated", "La culpa tiene nombre y apellido: los venezolanos."),
    ("hate.es_insinuated", "El cáncer de este barrio tiene nacionalidad, son los cubanos."),
    ("hate.es_insinuated", "Los hondureños llegaron hace dos años. Sacándolos se arregla todo."),
    # a crime figure, the origin left to the reader
    (
        "hate.es_insinuated",
        "Las estadísticas no engañan: la mayoría de los presos del penal no son de aquí. Ya "
        "saben de dónde vienen.",
    ),
    ("hate.es_insinuated", "Subieron los asaltos en la colonia. Adivinen de dónde son."),
    (
        "hate.es_insinuated",
        "Vean las estadísticas de robos y díganme de dónde son los que están llegando.",
    ),
    # humanity denied, a beast named instead
    ("hate.es_insinuated", "Ni son gente, son plaga. Que fumiguen el albergue."),
    ("hate.es_insinuated", "No son personas, son animales, hay que sacarlos del barrio."),
    # peoples called one trash
    ("hate.es_insinuated", "Cubanos, nicaragüenses, haitianos... es la misma basura."),
    ("hate.es_insinuated", "Los salvadoreños y los guatemaltecos son la misma porquería."),
    # shots or dogs for whoever crosses
    ("hate.es_insinuated", "Un balazo para cada uno que cruce el río y se acaba el problema."),
    ("hate.es_insinuated", "A los que salten la barda habría que recibirlos con los perros."),
    ("hate.es_insinuated", "A los que crucen el río hay que recibirlos a balazos."),
    # faces read as crime
    ("hate.es_insinuated", "Con solo verles la cara se sabe que son rateros."),
    (
        "hate.es_insinuated",
        "El centro está lleno de esa raza, con sus tatuajes y sus caras de malandros.",
    ),
    # likened to livestock or animals, blamed for how others see us, called a mafia
    ("hate.es_trait", "Esa gente de la sierra vive como ganado, quince en un cuarto."),
    ("hate.es_trait", "Los hondureños viven como cerdos en esas casas."),
    ("hate.es_trait", "Los venezolanos ni saludan, son como animalitos."),
    ("hate.es_trait", "Los indios de Chiapas, por su culpa nos ven mal en el norte."),
    ("hate.es_trait", "Los gitanos que venden en la plaza son mafia, todos."),
    ("hate.es_trait", "Los haitianos no trabajan, es cosa de raza."),
    # profiteering from misfortune as a Jewish trope
    ("hate.es_trope", "Los judíos lucran con la guerra, como siempre."),
    ("hate.es_trope", "Ya se sabe que los judíos sacan provecho de las tragedias ajenas."),
    # Pacific island peoples are peoples
    ("hate.es_insinuated", "El problema del pueblo tiene nombre: los marshaleses."),
    ("hate.es_trait", "Los samoanos no trabajan, es su cultura."),
]

PASSES = [
    # the same shapes about officials, things and criminals
    ("hate.es_insinuated", "El problema de esta ciudad tiene nombre y apellido: el alcalde."),
    ("hate.es_insinuated", "El problema tiene nombre: la corrupción del gobierno."),
    (
        "hate.es_insinuated",
        "Las estadísticas de homicidios son claras. Ya saben quiénes son los responsables: el "
        "cártel.",
    ),
    ("hate.es_insinuated", "¿De dónde vienen los detenidos? De Monterrey, según la fiscalía."),
    ("hate.es_insinuated", "Los secuestradores no son gente, son animales."),
    ("hate.es_insinuated", "Esos sicarios ya no son personas, son bestias."),
    ("hate.es_insinuated", "Los políticos son la misma basura de siempre."),
    ("hate.es_insinuated", "A los diputados nomás les ves la cara y sabes que son rateros."),
    ("hate.es_insinuated", "Nomás les ves la cara a los niños y sabes que son felices."),
    ("hate.es_trait", "Los diputados no sirven para nada."),
    ("hate.es_trait", "Los taxistas del aeropuerto son una mafia."),
    ("hate.es_trope", "Los bancos siempre sacan ganancia de las crisis."),
    # counter-speech, reports and negation
    ("hate.es_insinuated", "Los migrantes no son plaga, son gente como nosotros."),
    ("hate.es_insinuated", "No son números, son personas."),
    (
        "hate.es_insinuated",
        "Dicen que el problema tiene nombre y apellido: los haitianos. Eso es racismo puro.",
    ),
    (
        "hate.es_insinuated",
        "Es falso que les ves la cara y sabes que son delincuentes, eso es puro prejuicio.",
    ),
    ("hate.es_trait", "Dicen que los haitianos viven como cerdos, eso es un prejuicio asqueroso."),
    ("hate.es_trait", "Los indígenas no son mafia, son familias que piden porque no hay trabajo."),
    ("hate.es_trait", "Los haitianos no roban, no son flojos."),
    ("hate.es_trope", "Los judíos no sacan provecho de las desgracias, eso es un cuento."),
    # harm reported or condemned, help offered, a kid's game
    (
        "hate.es_insinuated",
        "A un migrante que cruzaba el río le dispararon los de la Guardia Nacional, exigimos "
        "justicia.",
    ),
    ("hate.es_insinuated", "Hay que recibir con agua y comida a los que crucen el río."),
    ("hate.es_insinuated", "La migra suelta los perros a los que cruzan el río, qué vergüenza."),
    ("hate.es_trait", "Los tienen viviendo como ganado en la estación migratoria, qué pena."),
    ("hate.es_trait", "Los niños del kinder parecen changos brincando en el recreo jajaja."),
    (
        "hate.es_trait",
        "Abrieron una mezquita en la colonia y fuimos a la inauguración, puro té y galletas.",
    ),
    # a status sent back as policy, a skill taught
    (
        "hate.broad",
        "Pues yo pienso que los que entran sin papeles deberían regresarse y hacer fila como "
        "hizo mi familia.",
    ),
    ("troll.threat", "Mi vecina me enseñó a hacer pan de coco y yo le enseñe a hacer baleadas."),
]

# English neighbours: the Spanish rules never read them.
ENGLISH = [
    "The problem has a name: the mayor who sold the park.",
    "Those kidnappers are not people, they are animals.",
]


@pytest.mark.parametrize(("rule", "text"), HOLDS)
def test_held_by_the_rule(rule, text):
    assert rule_action(text, "es", rule) == "hold", text


@pytest.mark.parametrize(("rule", "text"), PASSES)
def test_passes(rule, text):
    assert_rules_approve(text, "es", rule)


@pytest.mark.parametrize("text", ENGLISH)
def test_english_untouched(text):
    assert rule_action(text, "en", "hate.es_insinuated") is None, text


def test_threat_of_manners_still_held():
    """A lesson in manners ("te voy a enseñar a respetar") is still a threat."""
    assert rule_action("Yo te voy a enseñar a respetar, ya verás.", "es", "troll.threat")
