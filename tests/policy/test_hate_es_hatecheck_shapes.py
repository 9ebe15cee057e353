"""Spanish group hate in the shapes a functional test suite probes, written by us: implicit
derogation (the only thing a people "knows how to do", crossing the street at the sight of a
member, a stone-age people, a smell, a bird's brain, a right granted called a mistake, hands
washed after a handshake, "claro que fue un X"), direct threats with the body part named, the
price in blood and the future said to the group itself, and a claim carried to a later clause
("Conocí a un X. Son todos ...", "... y sé que son ...", "No lo son: son ..."). Twins that must
pass: the same words of a non-protected target, praise, negation, counter-speech and report."""

import pytest

from tests.policy.expect import assert_category_action

FLAGGED = [
    # implicit derogation
    "Lo único que saben hacer los musulmanes es poner bombas.",
    "Lo único que aportan aquí las personas trans es ruido.",
    "Cada vez que veo a una persona trans me cambio de acera.",
    "Cruzo la calle en cuanto se acerca un gitano.",
    "Los indígenas todavía viven en la edad de piedra.",
    "Los inmigrantes huelen fatal.",
    "Tener un vecino judío es mala suerte.",
    "Las lesbianas tienen el cerebro de una gallina.",
    "Los negros y los monos tienen mucho en común.",
    "Los gays se parecen a los cerdos.",
    "Dejar votar a las mujeres fue un error.",
    "No me sentaría al lado de un musulmán ni loco.",
    "Mis hijos nunca jugarán con gitanos.",
    "Me lavo las manos después de darle la mano a un negro.",
    "Los discapacitados tienen suerte de que los aguantemos.",
    "Las mujeres son buenas para una sola cosa.",
    "Los inmigrantes no saben ni atarse los zapatos.",
    "Los discapacitados nunca deberían tener hijos.",
    "Claro que fue un gitano, como siempre.",
    "No existe un judío que valga la pena.",
    "Los gitanos nunca valen para nada.",
    "Las mujeres no tienen dos dedos de frente.",
    "Los indígenas no se enteran de nada.",
    "Las personas trans necesitan que alguien piense por ellas.",
    "Las feministas están mejor calladitas.",
    "Los inmigrantes deberían dar gracias por poder vivir aquí.",
    "Si eres discapacitado, mejor no tengas hijos.",
    "Ayer hablé con unos gitanos. Qué gente tan inmunda.",
    # spelling: a space lost, a letter lost from the second half of a group name
    "Odio alas mujeres.",
    "Las personas tras son escoria.",
    "Las personas tans no son humanas.",
    "Los gitanos son baura.",
    "Las lesbianas son escoia.",
    # direct threats
    "Voy a hacer que los gays paguen con sangre.",
    "Le dispararé al próximo inmigrante que vea.",
    "Voy a cortarles la lengua a las feministas judías.",
    "Les romperé los dientes a los musulmanes.",
    "Pagaréis con vuestra vida, negros.",
    "Os mataré a todos, trans asquerosos.",
    "Cuando vea a un gitano le pego un tiro.",
    "Mis amigos y yo vamos a dar caza a los inmigrantes.",
    "Haré que las lesbianas lamenten haber nacido.",
    "Los judíos deberían tener miedo de mí.",
    "Voy a meter a los gitanos en un horno.",
    "Estoy deseando ver a los musulmanes colgando de un árbol.",
    # questions that say it
    "¿Cuándo se van a largar los negros?",
    "¿Quién querría tener a un gay de vecino?",
    "¿Por qué los indígenas no se vuelven a su país?",
    "¿Cómo puede alguien respetar a las mujeres?",
    # a claim carried to a later clause
    "Acabo de conocer a un gay. Son todos asquerosos.",
    "Conozco a los indígenas y sé que son unos parásitos.",
    "Los gays dicen que son iguales a nosotros. No lo son: son inferiores.",
]

APPROVED = [
    "Lo único que saben hacer los inmigrantes es trabajar sin descanso.",
    "Lo único que hacen los políticos es robar.",
    "Dicen que lo único que saben hacer los gitanos es robar, y es un prejuicio racista.",
    "Cada vez que veo a un perro suelto me cambio de acera.",
    "Mi abuela se cambiaba de acera cuando veía a un gitano, y me da vergüenza.",
    "Los indígenas vivían en cavernas hace miles de años, como todos.",
    "Las mujeres huelen a perfume caro en esta tienda.",
    "Tener un jefe como el mío es mala suerte.",
    "Tener un vecino judío no es mala suerte, es un vecino como cualquier otro.",
    "Los gays y los heteros tienen mucho en común.",
    "Dejar votar a las mujeres fue un avance histórico.",
    "Decir que dejar votar a las mujeres fue un error es machismo puro.",
    "No me sentaría al lado de ese pesado ni loco.",
    "Mis hijos nunca jugarán con pistolas de juguete.",
    "Me lavo las manos después de tocar el dinero.",
    "Los inmigrantes tienen suerte de que los voluntarios los ayuden.",
    "Los perros son buenos para una sola cosa: hacerte feliz.",
    "Los políticos no saben ni sumar.",
    "Los niños no saben ni atarse los zapatos a esa edad.",
    "Claro que fue un inmigrante quien le salvó la vida.",
    "¿Quién ganó el premio? Claro, fue una mujer, la mejor del equipo.",
    "No hay un solo político que valga la pena.",
    "No existe un gay que no merezca respeto.",
    "Es falso que los discapacitados no deberían tener hijos.",
    "No es verdad que las personas trans huelan mal.",
    "Le dispararé al próximo ciervo que vea, si me dejan cazar.",
    "Pagaréis con vuestra vida, traidores, dijo el villano de la película.",
    "Conocí a un gitano en el tren. Son todos bienvenidos en mi casa.",
    "Conozco a los indígenas del valle y sé que son gente trabajadora.",
    "Unos chavales insultaron a unos inmigrantes en el metro. Qué gente tan repugnante.",
    "Los políticos no tienen dos dedos de frente.",
    "Mis vecinos gays no se enteran de nada de lo que pasa en el edificio.",
    "Si eres gay, mejor no tengas miedo de contarlo en casa.",
    "Las excusas nunca sirven para nada.",
    "No es cierto que los gays nunca valen para nada.",
    "Los refugiados deberían poder vivir aquí en paz.",
    "Los pájaros baten sus alas negras al amanecer.",
    "Las personas tras la guerra necesitan ayuda.",
    "Muchas personas tras el partido se quedaron a limpiar.",
    "Los políticos son baura, todos.",
    "No quiero ver a los inmigrantes muertos en el mar nunca más.",
    "Los inmigrantes deberían tener miedo de la policía, y eso es un problema.",
    "Mi abuela metía a los pollos en el horno los domingos.",
    "Cuando vea a mi primo le pego un susto.",
    "Los cazadores van a dar caza a los jabalíes del monte.",
    "Haré que mis hijos se sientan orgullosos de haber nacido aquí.",
    "¿Cuándo se van los temporeros a su casa después de la cosecha?",
    "¿Cuándo se van a largar los políticos corruptos?",
    "¿Por qué los refugiados no se vuelven a su país? Porque allí hay guerra.",
    "¿Cómo puede alguien no respetar a las personas trans?",
    "¿Quién no querría tener a una médica gitana tan buena?",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_flagged(text: str) -> None:
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", APPROVED)
def test_approved(text: str) -> None:
    assert_category_action(text, "approve", "hate", "es")
