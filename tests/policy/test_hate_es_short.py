"""Spanish group hate in short shapes (`hate.es_shape`, hold only): vermin or crime said of a
people, a member's fault said of the whole people, arrival tied to crime, culture or nature
blamed, calls to close or send back, LGBT people cast as degenerate or a danger to children,
proverbs that deny a good member, vermin emoji; with the near misses that must pass
(counter-speech, negation, reports, criticism of governments, parties and cartels, the colour
and the curly hair, the same words about non-protected targets, and English)."""

import pytest

from moderation.policy import Submission, screen

RULE = "hate.es_shape"

HITS = [
    # vermin, crime or filth as the predicate
    "Esos colombianos son unos ratones, todo se lo llevan.",
    "Los haitianos son pura delincuencia.",
    "Las trans son hombres enfermos.",
    # a member's fault said of the people
    "El peruano del taller es un ratero, como todos los de su raza.",
    # arrival tied to crime or decline
    "Llegaron los hondureños y subieron los robos en la colonia.",
    "Desde que llegaron los haitianos el parque está hecho un basurero.",
    "Ya llegaron más venezolanos a la cuadra, a cuidar las bicicletas.",
    "Llegaron ellos y subieron los robos, qué casualidad.",
    "Otra vez los gitanos durmiendo en el portal, qué asco.",
    # culture or nature blamed
    "Los de Oaxaca no saben manejar, es su cultura.",
    "Los gitanos de la plaza roban, lo llevan en la sangre.",
    # calls to close or send back
    "Los chinos venden comida de gato, cierren sus restaurantes.",
    "Esos guatemaltecos que se regresen a su selva.",
    "Ningún haitiano debería poder rentar en esta colonia.",
    # LGBT people as degenerate or a danger to children
    "¿Marcha del orgullo? Puros degenerados.",
    "Los gays quieren adoctrinar a nuestros hijos en la primaria.",
    # proverbs
    "Judío bueno no existe.",
    "Colombiano y honesto, eso no existe.",
    # good for nothing, stink, behind everything, equated
    "Los indígenas nomás vienen a estirar la mano.",
    "Esos cubanos huelen a mugre.",
    "Los judíos controlan los medios.",
    "Venezolanos = robos.",
    'Ahí vienen los "migrantes" 🐀🐀',
]

PASSES = [
    # negation and counter-speech
    "No todos los haitianos son delincuentes, mi vecino es enfermero.",
    "Los gays no son degenerados, son personas.",
    "Ningún gitano es escoria.",
    "Los hondureños de ninguna manera son delincuentes.",
    "Dejen de llamar degenerados a las personas trans.",
    "Decir que los chinos son unos ratones es racismo.",
    "Yo pensaba que los venezolanos eran delincuentes hasta que trabajé con ellos.",
    "Los judíos no controlan los medios, es un mito antisemita.",
    "Los venezolanos no son todos iguales, como nosotros tampoco.",
    "Gitano bueno es gitano preso, decía mi abuelo, y qué vergüenza me da.",
    # reports and data refuting
    "Dicen que desde que llegaron los haitianos subieron los robos, pero es mentira.",
    # governments, parties, cartels, officials
    "El gobierno de Nicaragua es una plaga para su pueblo.",
    "Los del cártel son unos animales, mataron a tres.",
    "Desde que llegó el nuevo alcalde subieron los asaltos.",
    "Que deporten a los narcos y cierren sus negocios.",
    # the same words about other things
    "Mi perro es muy flojo, como todos los de su raza.",
    "Mi sobrina tiene el pelo chino, como todos los de su familia.",
    "El negro es el color que mejor le queda al salón.",
    "Las familias gays quieren a sus hijos igual que cualquiera.",
    "Desde que llegaron los venezolanos abrieron tres panaderías en la colonia.",
    "Los mariachis cantan en las bodas, es su cultura.",
    "Fuera de eso, el artículo está muy bien.",
    "Los tamales oaxaqueños huelen delicioso.",
    "Los hondureños vienen a pedir asilo porque allá no hay trabajo.",
    "Ni una mujer más asesinada.",
    "Con tanto tráfico ya no se puede ni salir.",
    "Los gays no son pervertidos, pervertido es el que abusa.",
    "Ellos llegaron tarde y el partido ya no es lo que era.",
    "Otro gay golpeado en el centro, qué asco.",
    "Otro migrante más muerto en el desierto, qué asco de sistema.",
    "Ellos llegaron al poder y subió la inflación.",
    "Desde que llegaron los del cártel subió el crimen.",
    "Los haitianos en el gobierno de Haití no hacen nada, por eso el país va como va.",
    "Los migrantes trabajan duro, es su naturaleza humana.",
    "Los hombres que pegan a mujeres son escoria.",
    "Desde que llegaron los brigadistas cubanos bajó la mortalidad infantil.",
    "Los chinos son unos genios para el comercio.",
    "Ya llegaron los mexicanos al mundial, qué emoción 🙌",
    "Los refugiados vienen a pedir asilo, no a robar.",
    "Los indígenas no quieren la mina en su territorio y tienen razón.",
    "Los chinos del mercado venden fruta buena, cierren temprano los domingos.",
    # English is not read by this rule
    "Gays = people, and the school board should say so.",
    "Since the new plant opened, crime went up downtown, the police say.",
]


@pytest.mark.parametrize("text", HITS)
def test_held_as_hate(text):
    verdict = screen(Submission(text=text, lang="es"), blog_model=False)
    assert verdict.action in ("hold", "reject"), verdict.to_dict()
    assert "hate" in verdict.categories, verdict.to_dict()


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    verdict = screen(Submission(text=text), blog_model=False)
    assert RULE not in {f.rule for f in verdict.findings}, verdict.to_dict()
    assert verdict.action == "approve", verdict.to_dict()
