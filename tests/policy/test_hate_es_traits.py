"""A people given a vice as its nature, in Spanish (`hate.es_trait`, hold only): idle,
unthinking, breeding, living off others, a plague, another species. Near misses that must
pass: the line negated, quoted or answered, someone reading or hearing it, a person's own
laziness, and an invasion in history. Our own sentences."""

import pytest

from .expect import assert_rules_approve, rule_action

RULE = "hate.es_trait"

HOLDS = [
    "Los hondureños de la colonia no quieren trabajar, nomás esperan el apoyo.",
    "Esa gente se reproduce sin parar y en unos años nos van a rebasar.",
    "Los del sur viven del gobierno desde siempre.",
    "Los haitianos son otra especie, no se parecen a nosotros.",
    "Los nicaragüenses que llegaron son una plaga para el barrio.",
    "Los guatemaltecos no valoran nada de lo que se les da. No es racismo, es lo que veo.",
    "Cada año llegan más salvadoreños y en veinte años ya no va a ser México.",
    "Llegan puros hondureños al ejido, nos van a desplazar poco a poco.",
    "Cada mezquita nueva es un cuartel más, luego no digan.",
    "Los discapacitados del programa nomás son un gasto para el municipio.",
    "Saltillo ya parece Somalia con tanto campamento.",
    "Las familias de la costa traen la flojera en la sangre.",
    "Los que vienen del Caribe traen otras costumbres y pura vagancia.",
    "Los salvadoreños del turno de noche son como borregos, van a donde los lleven.",
    "Ningún cubano es de fiar, te sonríen y te roban.",
    "Los peruanos del mercado que se queden en su país, aquí sobran.",
]

PASSES = [
    # the line negated, quoted, read or answered
    "Los hondureños no son flojos, trabajan más que nadie en la obra.",
    "Me duele leer que los guatemaltecos no quieren trabajar, mi papá se levanta a las cuatro.",
    "Mi jefe dice que los del sur son flojos y le contesté con los números del turno.",
    "Eso de que los migrantes traen enfermedades es un mito viejísimo.",
    # one person's laziness, a history lesson
    "Hoy amanecí flojo y no fui al gimnasio.",
    "La invasión francesa de 1862 terminó en la batalla de Puebla.",
    "Lo de que los haitianos nos van a reemplazar es un cuento de la teoría del gran reemplazo.",
    "Alguien pintó la mezquita de la colonia y escribió que eran terroristas, qué vergüenza.",
    "Los discapacitados no deberían tener que pelear cada rampa con el municipio.",
    "La mezquita de Torreón abrió su comedor a los vecinos en la inundación.",
    "Los mixtecos que llegaron al valle tienen una cultura preciosa y una comida increíble.",
    "La gente de Sonora trae el béisbol en la sangre.",
    "Mis sobrinos son como niños todavía aunque ya van a la universidad.",
    "¿Que los nicaragüenses son flojos? Levantan media cosecha del valle.",
    "A los diputados que faltan que les quiten la dieta del mes.",
    # culture, customs and mentality praised or told plainly
    "La gente de Yucatán es muy amable, es su cultura.",
    "Los oaxaqueños son famosos por su cultura, su comida y su música.",
    "La gente del sur tiene otra mentalidad sobre el tiempo, más relajada.",
    "La gente de Monterrey no tiene cultura del agua, la desperdicia.",
    "Los de Texas nos van a reemplazar con sus maquiladoras automatizadas.",
]


@pytest.mark.parametrize("text", HOLDS)
def test_held_by_the_rule(text):
    assert rule_action(text, "es", RULE) == "hold", text


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_approve(text, "es", RULE)
