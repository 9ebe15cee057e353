"""Spanish slurs by target and threats against a group in more verbs and more words of intent
(our own sentences): verbs of killing and maiming ("asfixiar", "despedazar", "coserlos a
tiros"), intent as a wish, a charge or an oath ("quisiera", "me encargaré de", "salgo a",
"te juro que"), harm approved before the act ("está justificado pegar a"), harm promised to any
member picked out by a harmless act ("a toda mujer que me hable le voy a pegar"), and slurs
the lexicon missed ("boliguayo", "colipato", "islamierda", "una gitanada"). Each table has
near misses that must pass: reports of others' threats, negation, condemnation, fiction,
idioms of "matar", kind intents in the same words, and homonyms ("se fue al gabacho", "la
Paqui"). English rows check the same shapes still read in English. "flag" means hold or
reject in the hate category."""

import pytest

from .expect import assert_category_action

VERBS_ES = [
    ("Voy a asfixiar a todos los inmigrantes.", "reject"),
    ("Voy a apalizar a todos los inmigrantes.", "reject"),
    ("Voy a analizar a fondo los datos sobre los inmigrantes.", "approve"),
    ("Vamos a despedazar a los musulmanes.", "reject"),
    ("Electrocutaremos a los gays uno por uno.", "flag"),
    ("Hay que crucificar a los judíos.", "reject"),
    ("Voy a coserlos a tiros a todos esos gitanos.", "flag"),
    ("Les voy a quitar la vida a las personas trans.", "reject"),
    ("Voy a dejar sin vida a todos los negros.", "reject"),
    ("Voy a hacerles mucho daño a las personas trans.", "reject"),
    ("Voy a acabar con la vida de todos los gays.", "reject"),
    ("Voy a poner una bomba en la sinagoga.", "reject"),
    ("Pienso hacer una matanza de indígenas.", "reject"),
    ("Les volaré los sesos a esos judíos.", "reject"),
    ("Ese libro me voló los sesos, se lo recomiendo a las mujeres.", "approve"),
    # near misses: reports, history, idioms, kind acts
    ("El vídeo muestra cómo asfixiaron a un hombre negro.", "approve"),
    ("La película trata de una matanza de indígenas en 1900.", "approve"),
    ("El cartel amenazó con matar a los migrantes.", "approve"),
    ("La policía detuvo a un hombre que amenazó con apuñalar a inmigrantes.", "approve"),
    ("Me mata de risa mi amigo gay.", "approve"),
    ("Estamos matando el tiempo con las chicas trans del grupo.", "approve"),
    ("Me voy a morir de risa con esos gays.", "approve"),
    ("Voy a aporrear la puerta de mi vecina musulmana hasta que me abra.", "approve"),
]
INTENT_ES = [
    ("Quisiera matar a todos los judíos.", "reject"),
    ("Me encargaré personalmente de eliminar a cada inmigrante.", "reject"),
    ("Mañana salgo a matar inmigrantes.", "reject"),
    ("Te juro que mataré a todos los gays.", "reject"),
    ("No dudaré en disparar a cualquier musulmán.", "reject"),
    ("Estoy decidido a apuñalar a los gitanos del barrio.", "reject"),
    # the same words of intent with a kind or neutral act, negation, fiction, condemnation
    ("Quisiera saber por qué los inmigrantes no votan.", "approve"),
    ("Quisiera agradecer a las mujeres su trabajo.", "approve"),
    ("No quisiera matar a nadie.", "approve"),
    ("Me encargaré de ayudar a los inmigrantes.", "approve"),
    ("Salgo a correr con mis amigos gays.", "approve"),
    ("Juro que los gays de mi barrio son los más majos.", "approve"),
    ("No dudaré en defender a los musulmanes.", "approve"),
    ("Estoy decidido a proteger a las personas trans.", "approve"),
    ("Mi intención es apoyar a los refugiados.", "approve"),
    ("En la novela, el villano dice que va a matar a todos los inmigrantes.", "approve"),
    ("Nunca diría que hay que colgar a los negros.", "approve"),
    ("Condeno a quienes dicen que hay que quemar a los gitanos.", "approve"),
    ('Decir "voy a matar a los musulmanes" es un delito de odio.', "approve"),
]
APPROVED_ES = [
    ("Está justificado pegar a los inmigrantes.", "reject"),
    ("No hay nada malo en matar a un negro.", "reject"),
    ("Apoyo totalmente que linchen a los negros.", "reject"),
    ("El mundo estaría mejor si mataran a todos los trans.", "reject"),
    ("Odiar a los gitanos está totalmente justificado.", "reject"),
    ("No está justificado pegar a los inmigrantes.", "approve"),
    ("Odiar a los gitanos no está justificado.", "approve"),
    ("Nunca está justificado agredir a los gays.", "approve"),
    ("No hay nada malo en ser gay.", "approve"),
    ("Apoyo que los inmigrantes tengan derechos.", "approve"),
    ("Apoyo totalmente que se castigue a quien agreda a los gays.", "approve"),
    ("Nadie apoya que linchen a los negros.", "approve"),
    ("El barrio estaría mejor si ayudaran a los inmigrantes.", "approve"),
]
# Any member picked out by a harmless act, then the writer's harm through a clitic
ANY_MEMBER_ES = [
    ("A toda mujer que me hable le voy a pegar.", "flag"),
    ("A todo inmigrante que entre en mi tienda lo voy a matar.", "flag"),
    ("Cualquier judío que vea, lo apuñalo.", "flag"),
    ("Al primer gay que se me acerque le parto la cara.", "flag"),
    ("A todo gay que me hable no le voy a pegar.", "approve"),
    ("A cualquier mujer que me pida ayuda le voy a pegar un grito de alegría.", "approve"),
    ("A cualquier inmigrante que venga lo voy a ayudar.", "approve"),
    ("A toda mujer que me hable le voy a regalar flores.", "approve"),
    ("A todo inmigrante que llegue le voy a dar trabajo.", "approve"),
    ("Cada mujer que me escriba la voy a bloquear.", "approve"),
]
SLURS_ES = [
    ("Los boliguayos nos quitan el trabajo.", "reject"),
    ("Mi vecino es un colipato.", "reject"),
    ("La islamierda invade Europa.", "reject"),
    ("Hay un gabacho en la oficina.", "flag"),
    ("Estoy harto de los tiraflechas.", "flag"),
    ("Los tragahostias de mi pueblo.", "flag"),
    ("Odio a los paquis.", "flag"),
    ("Qué gitanada hiciste.", "flag"),
    ("Me hizo una judiada.", "flag"),
    ("Vaya merienda de negros.", "flag"),
    # homonyms and names
    ("Mi primo se fue al gabacho a trabajar.", "approve"),
    ("La Paqui vino a comer.", "approve"),
    ("Ayer comí con Paqui y su hermana.", "approve"),
    ('La palabra "judiada" es antisemita, no la uses.', "approve"),
    ("Las gitanas del mercado me vendieron fruta.", "approve"),
]
ENGLISH = [
    ("I'm going to strangle every immigrant I see.", "reject"),
    ("We will slaughter all the Muslims.", "reject"),
    ("I want to thank the women who organised this.", "approve"),
    ("The cartel threatened to kill the migrants.", "approve"),
    ("That comedian kills me, and he's gay.", "approve"),
]


@pytest.mark.parametrize(
    ("text", "expected"), VERBS_ES + INTENT_ES + APPROVED_ES + ANY_MEMBER_ES + SLURS_ES + ENGLISH
)
def test_spanish_slur_and_threat_lexicon(text, expected):
    assert_category_action(text, expected, "hate")
