"""Spanish hate in shapes the rules let through until now, with their harmless near twins (our
own sentences): a death among a people cheered or wished by the river, question jokes and the
silk proverb, a sneer at a people's oddities, a wink with a charge, vermin named by a people's
place, a pen called for, charges said after a people ("roban niños", "viven de los programas",
"ni son mexicanos de verdad"), colloquial names for a people. Near misses that must pass: the
same words negated, refuted, told of others' treatment, said of a team, a pest or a cartel, an
old belief told and then regretted, or a hedge before care for all."""

import pytest

from .expect import assert_rules_flag, assert_rules_pass_all, rule_action

# Holds of `hate.coded`: coded shapes, read by a moderator.
CODED_HOLDS = [
    "Un hondureño menos, qué bueno.",
    "Cada haitiano que se ahoga en el río es una buena noticia.",
    "Otra balsa hundida con cubanos, buena noticia.",
    "Me alegré cuando se volcó la camioneta con los migrantes.",
    "Ojalá el río haga su trabajo con los que cruzan.",
    "¿Cuántos judíos caben en un vocho? jaja",
    "¿Qué le dice un haitiano a otro? jaja",
    "Indio aunque se vista de seda, indio se queda.",
    "Negro con traje sigue siendo negro.",
    "Qué raro que ningún judío pierda dinero en las crisis, ¿no?",
    "Curioso que los banqueros siempre sean de la misma comunidad.",
    "Sospechoso que tanto musulmán cruce por Tijuana. Nomás digo.",
    "Desde que llegaron los venezolanos al edificio hay robos. Ustedes me entienden.",
    "Las cucarachas del sur ya llegaron a la colonia.",
    "Changos del Caribe, regrésense a su isla.",
    "Changos al zoológico, no a Tijuana.",
    "Pues que les construyan un corral a esos migrantes y ya.",
    "Que los metan en un corral a los haitianos.",
    "No es racismo, es salud pública: los que vienen del sur traen enfermedades.",
    "Ni modo, hay culturas que no sirven para nada. No es odio, es realidad.",
    "Los triquis del mercado, y por algo la zona huele como huele.",
    "Las viejas no deberían votar, solo votan por el guapo.",
    "Ninguna vieja sirve para alcaldesa.",
    "Típico de viejas, lloran en vez de hacer cuentas.",
    "Los negros vinieron como esclavos y así deberían seguir.",
    "En Argentina los bolivianos trabajan como esclavos porque para eso nacieron.",
    "Hay razas que nacieron para mandar y otras para obedecer.",
    "Limpieza social, eso hace falta contra los centroamericanos.",
    "Hay que meter a todos los centroamericanos en una mega cárcel y tirar la llave.",
    "Los judíos de Polanco ya van a ver lo que es bueno cuando la gente despierte.",
    "Con todo respeto, a los mexicanos en Texas ya les está llegando su hora.",
    "Los judíos siempre caen de pie, en todas las crisis ganan ellos. Curioso, ¿verdad?",
    '¿Sabían que los dueños de las televisoras son todos de la misma "comunidad"? Nomás digo.',
    "Qué raro que en las películas los malos nunca son de cierto grupo. Ahí les dejo la tarea.",
    "Qué curioso que todos los que roban en el centro casualmente hablan con acento caribeño.",
    "Ya sabemos quienes mueven los hilos en Washington y en Hollywood.",
    "Todo el que viene del sur trae enfermedades, hay que cerrar la frontera.",
    "Los de la sierra viven de los programas y luego se quejan. Así son, no cambian.",
    "Uno no es racista, pero no quiero que mis hijas se casen con uno de esos.",
    "A los gais habría que meterlos a todos en una isla y que se las arreglen solos.",
    "Que se deporten solos los migrantes, ni el agua hay que darles.",
]

# Charges said after a people, and colloquial names for a people: flagged under hate.
FLAGS = [
    "Los gitanos roban niños, todo mundo lo sabe.",
    "Los gitanos se roban a los niños.",
    "Los indígenas viven de los programas y no trabajan.",
    "Los musulmanes nomás traen bombas.",
    "Los colombianos solo exportan droga.",
    "Los negros de la costa ni son mexicanos de verdad.",
    "Los indios no se civilizan ni con tren.",
    "Los indios de la sierra no entienden razones, nomás el plomo.",
    "Los católicos son idólatras que adoran muñecos.",
    "Los morenitos de Guerrero son unos rateros.",
    "Los catrachos son pura basura.",
    "Los magrebíes del barrio son unos delincuentes.",
    "Los pochos no son ni de aquí ni de allá, pura basura.",
    "Hay que tratar a los haitianos como animales.",
    "Ojalá traten a los migrantes como perros.",
    "Trata a los haitianos como animales.",
    "Mi abuela decía que los gitanos son ladrones, y tenía razón.",
    "A los gays hay que recibirlos a pedradas.",
    "A los de la marcha gay alguien debería recibirlos a pedradas.",
    "Esos haitianos se merecen cada madrazo que les dan.",
    "Los negros no tienen disciplina.",
    "Los negros nomás sirven pa correr.",
    "A los negros no les da la cabeza.",
    "Los de Haití son unos flojos.",
    "La gente de Honduras es pura basura.",
    "Los del sur son unos rateros.",
]

PASSES = [
    # others' treatment told, a complaint
    "Estoy de acuerdo con el vecino que dice que tratan a los haitianos como animales en la "
    "garita.",
    "En la garita tratan a los haitianos como animales y nadie dice nada.",
    "Es una vergüenza que traten a los migrantes como perros en la estación.",
    "La migra trataba a los guatemaltecos como ganado.",
    "Me indigna que en el albergue traten a las hondureñas como basura.",
    "Qué curioso que siempre culpen a los migrantes de los robos.",
    # a hedge before care for all, or pointing at no people
    "No es racismo, es salud pública: hay que vacunar a todos los niños que llegan al albergue.",
    "No es racismo, es salud pública: hay que vacunar a todos los niños migrantes que llegan al "
    "albergue.",
    # deaths mourned, rescues, sports
    "Un mexicano menos en el torneo, qué lástima.",
    "Qué tristeza, cada migrante que se ahoga en el río es una tragedia.",
    "Me alegré cuando rescataron a los migrantes del tráiler volcado.",
    "Cada balsa hundida es una tragedia para las familias cubanas.",
    "Ojalá el río baje pronto para que pase el agua al campo.",
    "Ojalá que el río se lleve toda la basura que tiran.",
    # earnest questions, proud sayings
    "¿Cuántos migrantes caben en el albergue de la diócesis?",
    "Un mexicano con pasaporte gringo sigue siendo mexicano, y a mucha honra.",
    "Aunque la mona se vista de seda, mona se queda, dijo el diputado de su rival.",
    # hints at a team, an official, a wrong done to a people; winks with no charge
    "Qué curioso que el Monterrey siempre gana en casa.",
    "Qué raro que el alcalde nunca hable de los migrantes en su informe.",
    "Qué curioso que los migrantes siempre sean los primeros culpados de los robos.",
    "Los migrantes también pagan impuestos, nomás digo.",
    "Los migrantes trabajan más que nadie en el campo. Nomás digo.",
    "Las mujeres ganan menos por el mismo trabajo, nomás digo.",
    # pests, monkeys and pens that are pests, monkeys and pens
    "Las cucarachas del sur de la casa ya se acabaron con el fumigador.",
    "La plaga de gusano barrenador que llega de Centroamérica preocupa a los ganaderos.",
    "Los monos aulladores del sur de Veracruz están en peligro.",
    "Mi sobrino vio los changos del zoológico y le encantaron.",
    "Que les construyan un albergue digno a los migrantes, no un corral.",
    "Los niños del albergue necesitan un corral para jugar seguros, donen juguetes.",
    # the charges negated, refuted or said of cartels and officials
    "Es mentira que los gitanos roban niños, es un mito viejísimo y cruel.",
    "Los gitanos no roban niños, eso es un cuento racista.",
    "Los cárteles roban niños en Tamaulipas y nadie los busca.",
    "Los migrantes no viven de los programas, la mayoría no recibe ni un peso.",
    "Los jubilados viven de la pensión y de los programas.",
    "Los cárteles traen la droga y la violencia por la frontera.",
    "Los migrantes no traen violencia, huyen de ella.",
    "Los pochos sí son mexicanos de verdad, aunque hablen mocho.",
    "¿Quién dice que los afromexicanos no son mexicanos de verdad? Eso es racismo.",
    "Los católicos no son idólatras, veneran imágenes, que es distinto.",
    "Los políticos no entienden razones, solo dinero.",
    # "por algo", "viejas" and servitude words with nothing hinted at a people
    "Los migrantes tienen derechos por algo, la ley es la ley.",
    "Mi vecino hondureño pasó ocho meses preso por algo que no hizo.",
    "Las viejas casonas del centro no deberían demolerse.",
    "Mis viejas amigas no saben usar WhatsApp.",
    "Le dicen a la diputada que las viejas no deberían votar, y eso es misoginia pura.",
    "Los negros fueron traídos como esclavos, y así deberían seguir recordándolo las escuelas.",
    "A los jornaleros indígenas los tratan como esclavos en los campos de Sinaloa, es una "
    "vergüenza.",
    "Mi abuela nació para servir a los demás, era enfermera de corazón.",
    # violence told of others, or calls that are no violence
    "Los vecinos recibieron a pedradas a los migrantes, qué vergüenza.",
    "En Chiapas recibieron a balazos a la caravana, lo reportó la CNDH.",
    "Hay que recibir a los migrantes con los brazos abiertos.",
    "Los migrantes no se merecen los golpes que les dan en la estación.",
    "La limpieza social en Colombia fue un crimen contra los pobres y los migrantes.",
    "Algunos dicen que hace falta limpieza social contra los migrantes, qué horror.",
    "Bukele metió a todos los pandilleros en una mega cárcel.",
    "En Texas encierran a todos los migrantes en cárceles privadas, es una vergüenza.",
    "A los corruptos ya les está llegando su hora.",
    "A los migrantes ya les llegó su hora de regularizarse, por fin.",
    # hints at officials, a team, or a people's charm
    "Ya sabemos quiénes manejan los medios en este estado: el gobernador y sus compadres.",
    "Qué curioso que el acento caribeño de mi vecina siempre me alegra la mañana.",
    "El Monterrey siempre gana en casa. Curioso, ¿no?",
    # those from the south defended, officials, an everyday "uno de esos"
    "Dicen que los que vienen del sur traen enfermedades, pero es mentira, los estudios lo "
    "desmienten.",
    "Los que vienen del sur no traen enfermedades, traen hambre.",
    "Los que llegan del sur traen mucha cultura y buena comida.",
    "Los diputados así son, no cambian.",
    "Ayer fue uno de esos días en que todo sale mal.",
    "Los jugadores de Chivas no tienen disciplina.",
    "Los migrantes no tienen valores, eso dicen los racistas del pueblo y es mentira.",
    # a people named by its place, praised or defended; a place's side of town or a team
    "Los de Haití no son flojos, trabajan más que nadie.",
    "La gente de Honduras me recibió con mucho cariño.",
    "Los del sur de la ciudad se quedaron sin agua otra vez.",
    "Los de fuera del estado pagan más en la caseta.",
    "Los del otro lado ganaron el partido, qué rabia.",
    # everyone sent back to class, a cruelty reported, a team photo
    "Que regresen a todos los niños migrantes a clases, sin excepción.",
    "El gobierno quiere deportar a todos los migrantes sin excepción, y eso es cruel.",
    "A los migrantes del albergue ni el agua les dan, es una vergüenza.",
    "Hay que meterlos a todos en un campo de futbol para la foto del equipo migrante.",
    # a double standard pointed at
    "Mi pueblo en Jalisco está lleno de gringos jubilados que no hablan español, comen su "
    "comida y suben la renta. Nadie les dice 'cáncer'. Curioso, ¿no?",
    # an old belief told by its teller, then regretted or blamed
    "Mi abuela decía que los gitanos se roban a los niños, y qué vergüenza me da ahora.",
    "Mi abuela decía que los gitanos son ladrones, y qué vergüenza me da ahora.",
    "Los colonizadores decían que los indígenas no se civilizan, y así justificaron el despojo.",
    "En la escuela nos enseñaron que los indios eran flojos. Hoy sé que es mentira.",
    # names that look like the new people words
    "El diputado Moreno y el regidor Prieto votaron juntos.",
    "Los Toros de Agua Prieta ganaron el clásico del domingo.",
]


@pytest.mark.parametrize("text", CODED_HOLDS)
def test_coded_hold(text):
    assert rule_action(text, "es", "hate.coded") == "hold", text


@pytest.mark.parametrize("text", FLAGS)
def test_flagged_as_hate(text):
    assert_rules_flag(text, "es", "hate")


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_pass_all(text, "es")
