"""Spanish hate shapes the training rows showed the engine letting through, each caught by a
row of `lexicons/coded.tsv` (`hate.coded`, hold only): the Holocaust mocked or shrunk without
a Jewish word, Hitler held right or wished to have finished, a people "driven out of a hundred
countries" for a reason, a camp "as in '42", an official's faith or race named as the reason
for what they did, the only good member being the one who stays away, people called a human
dump, "you can't say anything" closed by "we all know what they are like", citizens denied
belonging "even with papers", a lack of inner worth measured against "us", the group left for
the reader after a hint that it is a kind of people ("hay culturas, ya saben cuáles"), proverbs
turned on a people, a people likened to beasts of burden, and racist abuse blamed on its target.

Our own sentences, paraphrases of the shapes (no training row is copied), beside harmless
neighbours: history told, denial, counter-speech, reports, criticism of governments and
officials, and the same words about rights a group is denied. English rows check that the
same claims in English stay flagged and their neighbours pass."""

import pytest

from .expect import assert_category_action

FLAGGED_ES = [
    # the Holocaust mocked or shrunk, no Jewish word needed
    "¿Seis millones? Puro cuento.",
    "¿6 millones? Sí, cómo no.",
    "Lo de los seis millones es un invento para sacar dinero.",
    "Las cámaras de gas eran regaderas, jaja.",
    "Los hornos eran para hacer pan 🍞 jajaja",
    "Las cifras del Holocausto se inflaron después de la guerra.",
    "Inflaron los números del Holocausto para cobrar.",
    # Hitler held right, or wished to have finished
    "Hitler no estaba tan equivocado con esa gente.",
    "No digo que Hitler tuviera razón en todo, pero algo sabía.",
    "A lo mejor Hitler no estaba tan errado, nomás digo.",
    "Ojalá el del bigote hubiera terminado el trabajo.",
    "Lástima que el bigotón no acabó lo que empezó.",
    # driven out of many countries "for a reason"
    "Por algo los han expulsado de más de cien países, algo habrán hecho.",
    "Los han corrido de decenas de países a lo largo de la historia, por algo será.",
    # a camp or a train "as in '42"
    "A esos un campito de vacaciones como en el 42.",
    "A todos esos, un tren como en el 42 y listo.",
    # an official's group named as the explanation
    "La directora es judía, con razón los precios.",
    "El juez es musulmán, con razón lo soltó.",
    "La alcaldesa es gitana, eso lo explica todo.",
    "Claro, la regidora es lesbiana. Con razón la propuesta.",
    # the only good member stays away
    "Los musulmanes decentes son los que se quedan en su país.",
    "Un buen hondureño es el que se queda en Honduras.",
    "Los venezolanos buenos son los que no vinieron.",
    # people as a dump or a coloured plague
    "La plaza ya es un basurero humano.",
    "Cúcuta ya parece un basurero humano, gracias a los que cruzan.",
    "Plaga morena llenando las banquetas.",
    "Ya no es migración, es una infestación.",
    # censored, then "we know what they are like"
    "Uno no puede decir nada porque te llaman racista. Pero todos sabemos cómo son.",
    "No se puede opinar porque luego eres xenófobo, pero ya sabemos cómo son.",
    # belonging denied even with papers
    "Los marroquíes del barrio no son españoles aunque tengan DNI.",
    "Ese guatemalteco nunca va a ser de aquí, aunque tenga la nacionalidad.",
    "Los haitianos jamás serán mexicanos, por más que les den papeles.",
    # a lack of inner worth measured against "us"
    "Esa gente no valora la vida como nosotros.",
    "Los gitanos no tienen la higiene que tenemos aquí.",
    "Los haitianos no tienen el mismo cerebro que uno.",
    "Los hondureños no respetan la ley como nosotros.",
    "Los gitanos tienen una cultura que no valora el trabajo.",
    "Ciertos pueblos no tienen la higiene que tenemos aquí.",
    "Hay culturas que no valoran la vida como nosotros.",
    # the people left for the reader after a hint that it is a kind of people
    "Hay culturas, ya saben cuáles, que no respetan nada.",
    "Hay grupos que solo vienen a exigir. Ya saben a quiénes me refiero.",
    "Ciertas razas traen el desorden, no hace falta decir cuáles.",
    "Ya no se sale de noche, y no hace falta que diga por qué ni por culpa de quiénes.",
    "Ya sabemos quiénes son, siempre son ellos.",
    # proverbs turned on a people
    "El que con gitanos se acuesta, amanece sin cartera.",
    "La gitana que no miente es porque aún no pudo.",
    "El chino que no transa es porque todavía no le han dado chance.",
    "Donde hay un judío hay un negocio, decía mi abuelo.",
    "Negro, ni el café.",
    "Cásate con un güero para mejorar la raza.",
    # beasts of burden, and abuse blamed on its target
    "Trabajar con hondureños es como trabajar con mulas.",
    "Si no quiere que le digan chango, que no se porte como uno.",
    # a people's trait left for the reader, and an animal at a trick
    "Todos sabemos qué nacionalidad está detrás de tanto robo.",
    "Con esas culturas ya sabes lo que vas a encontrar: pleitos.",
    "Una mujer manejando un tráiler es como un perro tocando el piano.",
    "Ver a los indígenas en la universidad es como ver a un mono leyendo.",
]

PASSES_ES = [
    # history told, and the figures stated
    "El Holocausto dejó seis millones de judíos asesinados.",
    "¿Seis millones? Sí, seis millones de personas asesinadas. Lee historia.",
    "Los seis millones están documentados en los archivos.",
    "Los hornos de la panadería de mi tío eran de leña.",
    "Tras la guerra, los expulsaron de muchos países y nadie los recibió.",
    "Los expulsaron de España en 1492 y fue una injusticia.",
    "El campo como en los cuarenta, puro arado y mula.",
    "El tren como en los cuarenta de mi abuelo, qué bonito viaje.",
    # denial, counter-speech and reports
    "Las cifras del Holocausto no se inflaron, están bien documentadas.",
    "Decir que las cifras del Holocausto se inflaron es negacionismo.",
    "Los negacionistas dicen que las cámaras de gas eran duchas, una mentira cruel.",
    "Hitler estaba equivocado en todo.",
    "Decir que Hitler no estaba tan equivocado es una barbaridad.",
    "¿Hitler tenía razón? No, y quien lo diga no sabe historia.",
    "No es cierto que Hitler tuviera razón en nada.",
    "Los neonazis gritaban que Hitler tenía razón, qué asco.",
    "Ojalá el alcalde termine el trabajo del puente.",
    "Llamar basurero humano a un albergue es racista.",
    "Ya no es migración, es una infestación, dicen los racistas, y es mentira.",
    "Decir que no son mexicanos de verdad aunque tengan la nacionalidad es puro racismo.",
    "No es cierto que los gitanos no tengan la higiene que tenemos; es un prejuicio.",
    "No se puede decir nada sin que te digan racista, pero eso es porque lo que dices es racista.",
    # an official's group named with no charge, or a charge against others
    "El juez es musulmán y eso no tiene nada que ver con el fallo.",
    "La alcaldesa es judía y ha hecho un buen trabajo.",
    "La jueza es mujer, con razón la atacan tanto los machistas.",
    "La alcaldesa es judía, con razón la insultan en redes.",
    "La maestra es sorda, con razón sabe lengua de señas.",
    # good people, and staying home by choice
    "Un buen vecino es el que saluda y ayuda.",
    "Los mexicanos buenos son los que ayudan a sus vecinos.",
    "Los hondureños buenos son los que trabajan, como todos.",
    "Hay hondureños que prefieren quedarse en su país si hay trabajo.",
    # criticism of governments and officials, and pests
    "El gobierno convirtió el albergue en un basurero humano por abandono.",
    "La plaga del gusano barrenador llega por el Suchiate.",
    "Ya sabemos cómo son los políticos, prometen y no cumplen.",
    "Los políticos no valoran la vida como nosotros, solo piensan en votos.",
    # rights and belonging: law, a grievance, the writer's own feeling
    "Nunca me voy a sentir de aquí aunque tenga papeles.",
    "Los residentes no son ciudadanos aunque tengan papeles, así es la ley.",
    "Los hijos de migrantes son mexicanos de verdad, tengan o no papeles.",
    "Los migrantes no tienen los derechos que tenemos nosotros, y eso es injusto.",
    "Los jornaleros no tienen el seguro que tenemos nosotros.",
    "Hay comunidades que no tienen la atención médica que tenemos nosotros, hay que cambiarlo.",
    "Hay grupos de vecinos que no tienen el agua que tenemos nosotros.",
    # hints at officials or a cartel, proverbs and sayings about no people
    "Ya sabes a quiénes me refiero: los diputados que votaron la reforma.",
    "No hace falta decir quiénes ganaron el partido.",
    "Ya sabemos quiénes fueron: los del cártel, como siempre.",
    "El que con gitanos se junta, algo aprende.",
    "Donde hay un mexicano hay fiesta.",
    "La campaña contra mejorar la raza fue un paso contra el racismo.",
    "Eso de mejorar la raza es puro racismo.",
    "¿Mejorar la raza? Mis narices, así somos hermosos.",
    "Mejorar la raza ni qué nada, mi abuela era morena y guapísima.",
    "Trabajar con burros en el rancho es como trabajar con niños.",
    "Si no quiere que le digan corrupto, que no robe, señor alcalde.",
    "A Vinícius le gritaron mono y el estadio no hizo nada; vergüenza.",
    "Todos sabemos qué nacionalidad tiene el nuevo jugador: es argentino.",
    "Yo bailando es como un perro tocando el piano, jaja.",
    "Con esas culturas ya sabes lo que vas a comer: tacos y mole, delicioso.",
]

FLAGGED_EN = [
    "Hitler was right about them.",
    "Hitler should have finished the job.",
    "Women commentating football is like a dog playing the piano.",
]

PASSES_EN = [
    "Six million Jews were murdered in the Holocaust.",
    "Saying Hitler was right is vile, and I will say so every time.",
    "The mayor should finish the job on the bridge.",
    "Migrants do not have the rights we have, and that is unfair.",
    "Me dancing is like a dog playing the piano, honestly.",
]


@pytest.mark.parametrize("text", FLAGGED_ES)
def test_spanish_shapes_flagged(text: str) -> None:
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", PASSES_ES)
def test_spanish_neighbours_pass(text: str) -> None:
    assert_category_action(text, "approve", "hate", "es")


@pytest.mark.parametrize("text", FLAGGED_EN)
def test_english_claims_flagged(text: str) -> None:
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize("text", PASSES_EN)
def test_english_neighbours_pass(text: str) -> None:
    assert_category_action(text, "approve", "hate", "en")
