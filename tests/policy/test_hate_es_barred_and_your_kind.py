"""Spanish hate with no slur in two shapes (hold only): disabled, gay or trans people barred
from a right, a role or a room (`hate.es_barred`), and a reader's whole race or kind smeared
along with them (`hate.es_your_kind`). Near misses that must pass: advocates asking for the
opposite, the line denied, reported, asked back or quoted, a blood group, plain news. Our own
sentences. Also two rows of `lexicons/coded.tsv` (`hate.coded`): the Rioplatense slur pair
"bolitas y paraguas", and Jews pointed at by family names ("-berg y -stein"); and more of
`hate.es_women`'s lines (worth nothing in office, home with the kids, "mienten casi todas")."""

import pytest

from .expect import assert_rules_approve, rule_action

BARRED = "hate.es_barred"
YOUR_KIND = "hate.es_your_kind"
CODED = "hate.coded"
WOMEN = "hate.es_women"

BARRED_HOLDS = [
    "Una persona ciega no debería poder votar, alguien le dice por quién y ya.",
    "Los discapacitados no deberían trabajar en oficinas, retrasan a todos.",
    "Que los sordomudos se queden en sus casas, para qué salen.",
    "Los niños con síndrome de Down deberían ir a escuelas aparte, con su propio personal.",
    "A los que nacieron con discapacidad habría que esterilizarlos.",
    "¿Un maestro gay en la primaria de mi hijo? Ni loco.",
    "Una maestra lesbiana en el kínder es buscarse problemas.",
    "Un discapacitado votando es un voto desperdiciado.",
    "Un discapacitado como candidato, en serio. No puede ni subir la escalera.",
    "Yo no contrataría a una persona con Down en mi tienda, espantan a la clientela.",
]

BARRED_PASSES = [
    # advocates asking for the opposite
    "Las personas con discapacidad no deberían quedarse en su casa por falta de rampas.",
    "Una persona ciega no debería tener que pedir ayuda para votar, exijan boletas en braille.",
    "Los discapacitados no deberían tener que pagar el transporte.",
    "La solución es poner maestros de apoyo, no volver a encerrar a los niños en escuelas aparte.",
    # the line denied, reported or asked back
    "Nadie dice que los discapacitados no deberían votar.",
    "Me dijeron que los ciegos no deberían trabajar, y hoy soy abogada.",
    "¿Por qué una persona ciega no debería votar? Claro que puede.",
    "Decir que los trans no deberían dar clases es pura discriminación.",
    # plain mentions
    "Mi hijo con autismo va a una escuela especial y le encanta.",
    "Un maestro gay me enseñó a leer, en serio, el mejor maestro que tuve.",
    "Mi tía es sorda y trabaja en el banco desde hace veinte años.",
    "Los gays deberían poder casarse y adoptar como todos.",
]

YOUR_KIND_HOLDS = [
    "Los de tu raza no saben aguantar nada y luego andan llorando.",
    "Con razón no entiendes, los de tu raza nomás saben vender chicles.",
    "Las de tu tipo odian todo lo que huele a hombre.",
    "Tú y los de tu raza deberían regresarse a su país.",
    "Son unos ladrones, así es su gente, no tiene remedio.",
]

YOUR_KIND_PASSES = [
    # quoted or told as someone else's
    'En la secundaria me dijeron que "los de tu tipo no van a la universidad" y hoy soy ingeniera.',
    "Ese racista me gritó que los de mi raza no sirven, y que los de tu raza son peores.",
    # denied, praised, or not a people at all
    "No todos los de tu raza son así, ya lo sé.",
    "Son muy trabajadores, así es su gente.",
    "Los de tu tipo de sangre pueden donar a cualquiera.",
    "Mi perro es de raza, los de su raza necesitan mucho ejercicio.",
    "Los de tu equipo siempre pierden, tranquilo.",
]


@pytest.mark.parametrize("text", BARRED_HOLDS)
def test_barred_held(text):
    assert rule_action(text, "es", BARRED) == "hold", text


@pytest.mark.parametrize("text", BARRED_PASSES)
def test_barred_passes(text):
    assert_rules_approve(text, "es", BARRED)


@pytest.mark.parametrize("text", YOUR_KIND_HOLDS)
def test_your_kind_held(text):
    assert rule_action(text, "es", YOUR_KIND) == "hold", text


@pytest.mark.parametrize("text", YOUR_KIND_PASSES)
def test_your_kind_passes(text):
    assert_rules_approve(text, "es", YOUR_KIND)


CODED_HOLDS = [
    "Bolitas y paraguas, vuelvan a su país.",
    "Puros paraguas y bolitas en la feria, manga de vagos.",
    "Los que financian las ONG tienen apellidos muy... particulares. Investiguen.",
    "Curioso que en todos los fraudes aparezca un apellido terminado en -berg o -stein.",
    "Tienen apellidos que no son ni mexicanos ni cristianos, nomás observo.",
]

CODED_PASSES = [
    "Compré bolitas de chocolate y paraguas para la fiesta.",
    "Otra vez los mismos apellidos en el cabildo, puro nepotismo.",
    "Decir que los de apellidos que terminan en -berg controlan todo es antisemitismo.",
]


@pytest.mark.parametrize("text", CODED_HOLDS)
def test_coded_held(text):
    assert rule_action(text, "es", CODED) == "hold", text


@pytest.mark.parametrize("text", CODED_PASSES)
def test_coded_passes(text):
    assert_rules_approve(text, "es", CODED)


WOMEN_HOLDS = [
    "Las tías no valen para la política, que se queden en casa con los críos.",
    "Poner mujeres de policía no sirve, en cuanto hay balazos salen corriendo.",
    "Los hombres y las mujeres no valen igual en el trabajo, ellas rinden menos.",
    "Se nota que es mujer la presidenta, todo lo negocia. Un hombre ya hubiera puesto orden.",
    "Las mujeres que denuncian violencia mienten casi todas para sacar la casa.",
    "La mujer debería estar con sus hijos, así de fácil.",
    "No voten por viejas, la candidata se va a poner a llorar al primer problema, así son todas.",
]

WOMEN_PASSES = [
    "Mis tías viven en Mexicali y vienen en casa para Navidad.",
    "Las mujeres valen igual que los hombres en cualquier trabajo.",
    "Decir que las mujeres no valen para la política es puro machismo.",
    "Mi jefa me dijo que me quede en casa con los niños hoy, que ella cubre mi turno.",
    "Las mujeres que denuncian violencia no mienten, casi todas tienen pruebas.",
    "Un hombre ya hubiera renunciado con ese escándalo, ella aguantó.",
]


@pytest.mark.parametrize("text", WOMEN_HOLDS)
def test_women_held(text):
    assert rule_action(text, "es", WOMEN) == "hold", text


@pytest.mark.parametrize("text", WOMEN_PASSES)
def test_women_passes(text):
    assert_rules_approve(text, "es", WOMEN)
