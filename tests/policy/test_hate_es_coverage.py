"""Spanish hate coverage in three parts, with the near misses that must keep passing: slurs at
a person or group in the frames people use (and the feminine forms and regional words the list
lacked), direct threats against a group (the future or conditional passive vouched for by the
writer, a slow death, harm to the body in more words), and spelling evasion of Spanish slurs,
group words and threat verbs (a dropped or swapped letter, words run together). English rows
of the same shapes keep the two languages in step. Hand-written; the rules alone (no blog
model), judged on the hate category."""

import pytest

from tests.policy.expect import category_action

SLURS = [
    # a slur at a person or group, in the frames people use
    ("Eres un maricón.", "es"),
    ("Pinche joto.", "es"),
    ("Esos sudacas otra vez.", "es"),
    ("Negrata de mierda.", "es"),
    ("Odio a los maricones.", "es"),
    ("Un sudaca más en el barrio.", "es"),
    ("Típico de sudacas.", "es"),
    ("Travelo.", "es"),
    ("Eres un mongolo de mierda.", "es"),
    # the feminine forms the list lacked
    ("Para mí solo eres una tullida.", "es"),
    ("Esas frijoleras no deberían estar aquí.", "es"),
    ("Otra veneca más en la fila.", "es"),
    # regional words of contempt
    ("Los cabecitas negras arruinaron el barrio.", "es"),
    ("Son todos unos negros cabeza.", "es"),
    ("Qué pesados los meapilas de mi pueblo.", "es"),
    ("Argentuchos de mierda.", "es"),
    ("Eres una putita.", "es"),
    ("Pinche machona.", "es"),
    ("Eres un volteado.", "es"),
    # a misogynist slur as a noun for someone
    ("Comportamiento típico de zorra.", "es"),
    ("¿Por qué eres tan zorra?", "es"),
    ("Solo una zorra diría algo así.", "es"),
    ("Solo una guarra diría algo así.", "es"),
    # English rows of the same frames
    ("You are just a faggot to me.", "en"),
    ("Those wetbacks again.", "en"),
    ("Typical tranny behaviour.", "en"),
]

SLURS_PASS = [
    # colour, a people's name, history, a hail between friends, the word talked about
    ("Me compré un coche negro y una camisa negra.", "es"),
    ("Los moros conquistaron la península en el año 711.", "es"),
    ("Mi abuela es gitana y canta flamenco como nadie.", "es"),
    ("Marica, qué susto el temblor de anoche.", "es"),
    ("La palabra 'sudaca' es un insulto racista.", "es"),
    ("El gachupín de la canción es un personaje histórico.", "es"),
    ("La calle está mojada después de la tormenta.", "es"),
    ("Esta puta ley no sirve para nada.", "es"),
    ("Le dijeron 'maricón' en el colegio y nadie hizo nada.", "es"),
    ("Tengo una camioneta volteada en el taller.", "es"),
    # in-group and reclaimed uses, a festival, a people's name
    ("Nosotros los sudacas también escribimos buena literatura.", "es"),
    ("Soy bollera y a mucha honra.", "es"),
    ("Mi negra, te quiero mucho.", "es"),
    ("Este fin de semana son las fiestas de moros y cristianos en Alcoy.", "es"),
    ("Como maricón que soy, este artículo me emocionó.", "es"),
    ("Las travas del barrio organizamos la marcha del orgullo.", "es"),
    ("Mi abuelo era un indio zapoteco orgulloso de su lengua.", "es"),
    ("Soy una putita y qué, dijo la cantante entre risas.", "es"),
    ("Colorful language is not the same as a slur.", "en"),
]

THREATS = [
    ("Los gays serán ejecutados si de mí depende.", "es"),
    ("Los judíos serían fusilados si yo mandara.", "es"),
    ("Los gitanos serán asesinados, te lo prometo.", "es"),
    ("Los musulmanes morirán, lo juro.", "es"),
    ("Las feministas pagarán por lo que han hecho, me encargaré de ello.", "es"),
    ("Me aseguraré de que todos los inmigrantes tengan una muerte lenta.", "es"),
    ("Me aseguraré personalmente de que estos negros sufran.", "es"),
    ("Haré que todos los musulmanes paguen con su vida.", "es"),
    ("Si veo a un judío, le daré un puñetazo.", "es"),
    ("Pronto empezaré a matar inmigrantes.", "es"),
    ("Quiero cortarles la garganta a todos los gays.", "es"),
    ("Les arrancaré la piel a los indígenas.", "es"),
    ("Voy a hacer pedazos a los discapacitados.", "es"),
    ("Haré desaparecer a todos los gitanos.", "es"),
    ("Las lesbianas van a sufrir en mis manos.", "es"),
    ("No pararé hasta matar a todos los negros.", "es"),
    ("Voy a asegurarme de que los trans no vivan para ver otro día.", "es"),
    ("Hay que ahorcar a todos los judíos.", "es"),
    ("Mátenlos a todos, son mexicanos.", "es"),
    ("A los gays hay que matarlos.", "es"),
    ("Ojalá se mueran todos los inmigrantes.", "es"),
    ("Todos los gays merecen una muerte lenta.", "es"),
    ("I am going to shoot the next immigrant I see.", "en"),
    ("Muslims will be executed, I promise you that.", "en"),
]

THREATS_PASS = [
    # a fear, a report, history, sport, an idiom, help promised
    ("Los gays serán asesinados si no hacemos nada, advierten las ONG.", "es"),
    ("Los rehenes serán ejecutados si no pagan el rescate, amenazó el cártel.", "es"),
    ("Los gays serán respetados si de mí depende.", "es"),
    ("Si por mí fuera, los inmigrantes tendrían papeles mañana.", "es"),
    ("Los mexicanos sufrirán con este calor, lo juro.", "es"),
    ("Las mujeres pagarán menos por el seguro, lo garantizo.", "es"),
    ("Los inmigrantes pagarán impuestos como todos.", "es"),
    ("Vamos a matar a los del Barça el domingo, 3-0 seguro.", "es"),
    ("Vamos a hacer pedazos a los del Atlético el domingo.", "es"),
    ("El mago va a hacer desaparecer a los conejos del sombrero.", "es"),
    ("Le cortaré el cuello a la botella de vino para la fiesta.", "es"),
    ("Le daré un puñetazo a la mesa si pierde el Madrid.", "es"),
    ("Si veo a un gay en el bar, le daré un abrazo.", "es"),
    ("Me encargaré de que los refugiados tengan comida.", "es"),
    ("No pararé hasta que los inmigrantes tengan papeles.", "es"),
    ("Empezaré a estudiar a los autores árabes este verano.", "es"),
    ("En 1492 los judíos fueron expulsados de España.", "es"),
    ("Los nazis hicieron desaparecer a miles de judíos.", "es"),
    ("Hay que acabar con el racismo contra los negros.", "es"),
    ("Hay que matar el tiempo antes del partido.", "es"),
    ("We are going to kill it at the Muslim food festival this weekend.", "en"),
]

SPELLING = [
    # a dropped letter, two letters swapped, words run together
    ("Eres un marcón.", "es"),
    ("Eres un maircon.", "es"),
    ("Los sduacas son basura.", "es"),
    ("Eres un mogolo de mierda.", "es"),
    ("Eres un espaldamojda.", "es"),
    ("Pinches espaldasmojadas.", "es"),
    ("Odio a los gtianos.", "es"),
    ("Odio a los musulmnes.", "es"),
    ("Los ngros son basura.", "es"),
    ("odioalosjudíos", "es"),
    ("Maricónde mierda.", "es"),
    ("Pinchesjotos.", "es"),
    ("Hay que mtar a los gitanos.", "es"),
    ("Hay que extreminar a los negros.", "es"),
    ("Hayque matar a los gitanos.", "es"),
    ("Voy amatar a los judíos.", "es"),
    ("Hay que matar a todoslos inmigrantes.", "es"),
    ("I hate all the muslmis.", "en"),
]

# the group in an earlier clause, the writer's word to the reader before the predicate
LATER_CLAUSE = [
    ("He vivido con gays y te digo que son basura.", "es"),
    ("Trabajé con gitanos y os aseguro que son unos ladrones.", "es"),
]

LATER_CLAUSE_PASS = [
    ("He vivido con gitanos y te aseguro que son gente maravillosa.", "es"),
    ("Trabajé con musulmanes y te digo que son unos vecinos estupendos.", "es"),
]

SPELLING_PASS = [
    # real words one letter from a slur or a group word, and a shop noun with its accent
    ("Fuimos a la bolera a jugar con los niños.", "es"),
    ("Compré tortillas en la tortillería de la esquina.", "es"),
    ("Los gatos de mi vecina son muy monos.", "es"),
    ("La leña está mojada y no prende.", "es"),
    ("Vivo en la calle Venegas desde hace años.", "es"),
]


def _hate(text: str, lang: str) -> str:
    return category_action(text, "hate", lang, blog_model=False)


@pytest.mark.parametrize(("text", "lang"), SLURS + THREATS + SPELLING + LATER_CLAUSE)
def test_hate_is_flagged(text: str, lang: str) -> None:
    assert _hate(text, lang) in ("hold", "reject"), text


@pytest.mark.parametrize(
    ("text", "lang"), SLURS_PASS + THREATS_PASS + SPELLING_PASS + LATER_CLAUSE_PASS
)
def test_near_miss_passes(text: str, lang: str) -> None:
    assert _hate(text, lang) == "approve", text
