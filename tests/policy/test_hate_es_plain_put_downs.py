"""Spanish hate in the words of Mexican and border commenters: slur phrases fused from a colour,
origin or disability word with "pinche" or "de mierda" (`slurs.tsv`), and plain put-downs with
no slur and no charge word (`coded.tsv` rows `sin_hijos_es.g`, `como_uno_es.g`,
`de_nacimiento_es.g`, `calana_es.g`, `nunca_cambian_es.g`, `tratarlos_es.g`,
`sirven_para_es.g`, `mal_aspecto_es.g`, `olia_asi_es.g`, `donde_llegan_es.g`,
`no_son_de_aqui_es`, `viven_de_es.g`, `entrada_salida_es`, `ni_a_la_esquina_es.g`,
`aguantan_es.g`, `son_asi_es.g`): a people kept from having children, "no son gente como
uno", faults "de nacimiento", "de otra calaña", a people that "nunca cambia", good only for
one thing, a blight on the street, dirt "donde llegan", citizens "que no son de aquí aunque
tengan papeles", living "de nosotros", the old saying "si no la hace a la entrada, la hace a
la salida", "con los X ni a la esquina", "a ver si aguantan a esa gente", "son así, qué le
vamos a hacer". Coded rows hold, never reject.

The near misses that must pass: the same words about politicians, deputies, cartels, graffiti
or street stalls, negation and counter-speech, the everyday senses of "prieto", "mojadito",
"indito", "cojo" and "paralítico", plain talk of origin and a child "sordo de nacimiento". All
examples are our own."""

import pytest

from tests.policy.expect import assert_category_action

SLUR_HITS = [
    "pinche prieto",
    "pinches prietas, ni para eso sirven",
    "prietito de mierda",
    "pinche mojadito, regrésate a tu país",
    "esos mojaditos no pagan nada",
    "pinche negrote",
    "pinche judiazo",
    "pinche cojo",
    "pinche paralítico",
    "paralíticos de mierda",
    "la chinada ya llegó a Mexicali",
    "pinche gringa",
]

PUT_DOWN_HITS = [
    # a people kept from having or raising children
    "A los indígenas no deberían dejarlos tener hijos.",
    "Que no los dejen tener más hijos a esos oaxaqueños.",
    "Las indígenas no deberían tener tantos hijos si no los pueden mantener.",
    "A los gays no deberían dejarlos adoptar ni tener hijos.",
    # not people "like us", another "calaña", a nature that never changes
    "Los haitianos no son como uno.",
    "Los hondureños no son gente de bien.",
    "Esos cubanos son de otra calaña.",
    "Los hondureños nunca cambian.",
    "Los costeños son flojos de nacimiento.",
    "Los chiapanecos son tramposos desde la cuna.",
    "A los venezolanos hay que tratarlos como lo que son.",
    # good only for one thing
    "Los chinos no sirven más que para copiar.",
    "Los negros sirven pa correr y taclear, pero de mariscal ni de chiste.",
    # a blight on the street, a smell, dirt where they arrive
    "Los indígenas dan mal aspecto a la ciudad.",
    "Los migrantes afean el centro.",
    "Puro oaxaquita en el concierto, por eso olía así.",
    "Donde llegan los haitianos, llega la mugre.",
    # citizens who are "not from here", a people living off "us", the old saying
    "Los judíos no son de aquí aunque tengan la nacionalidad.",
    "Hay que quitarles el voto a los que no nacieron aquí aunque ya tengan la nacionalidad.",
    "Los venezolanos nomás viven de nosotros.",
    "Mi papá siempre decía que el negro, si no la hace en la entrada, la hace de salida.",
    "Con los hondureños ni a la esquina.",
    "Que pongan el albergue en San Pedro, a ver si aguantan a esa gente.",
    "Los gitanos son así, qué le vamos a hacer.",
]

PASSES = [
    # the everyday senses of the words fused into the slur phrases
    "Prieto dijo que el presupuesto no alcanza.",
    "Mi prieta linda me hizo de comer.",
    "Frijoles prietos con arroz, como los hacía mi abuela.",
    "El pan mojadito en café es lo mejor.",
    "Quedé mojadito por la lluvia.",
    "Juan Diego, el indito de la Virgen.",
    "Mi abuelo quedó paralítico después del accidente.",
    "Mi novia es gringa y habla perfecto español.",
    "La pinche cola del banco no avanza.",
    "pinche cosa no sirve",
    # a slur quoted to condemn it
    'Le decían "pinche prieto" en la escuela y eso es racismo.',
    # the same shapes about officials, outfits, things
    "Los políticos no son gente como uno.",
    "Los diputados son de otra calaña.",
    "Los políticos nunca cambian.",
    "Los mexicanos nunca cambian su forma de votar.",
    "A los narcos hay que tratarlos como lo que son.",
    "A los migrantes hay que tratarlos como lo que son: personas.",
    "Los puestos ambulantes dan mal aspecto al centro.",
    "Los grafitis afean el centro.",
    "Los políticos son ladrones de nacimiento.",
    "Los diputados viven de nosotros.",
    "A los menores no deberían dejarlos tener armas.",
    "Donde hay migrantes hay abusos de la policía.",
    "Con el PRI ni a la esquina.",
    "Con los diputados ni a la esquina.",
    "A ver si aguantan a esa gente del sindicato.",
    "Los políticos son así, qué le vamos a hacer.",
    "Los mexicanos son así, qué le vamos a hacer, siempre llegamos tarde.",
    "Mi abuela dice que los gitanos son así, ni modo, pero se equivoca.",
    # negation, counter-speech, plain talk of origin and disability
    'Los indígenas no "afean" el centro. Son parte de él desde siempre.',
    "Decir que los haitianos no son como uno es racismo.",
    "Los haitianos no son criminales.",
    "Mi suegra es oaxaqueña y cocina delicioso.",
    "Mi hijo es sordo de nacimiento.",
    "Mi abuela es costeña y cocina el mejor pescado.",
    "Los chiapanecos votaron en masa el domingo.",
    "Los cárteles son una plaga y el gobierno no hace nada.",
    # words one edit from the new terms, left as typed
    "Te invito un café cuando pases por Tijuana.",
    "Fue un hecho inédito en la historia del estado.",
]


@pytest.mark.parametrize("text", SLUR_HITS + PUT_DOWN_HITS)
def test_spanish_put_downs_flagged(text: str) -> None:
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", PASSES)
def test_near_misses_pass(text: str) -> None:
    assert_category_action(text, "approve", "hate", "es")
