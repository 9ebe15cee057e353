"""Spain's Spanish in the slur and threat rules (our own sentences): slurs in the forms the
lexicon missed (diminutives of scorn, "charnego", "maketo", "chinorri", the yeísmo "boyera",
"marikita", "amariconado") and slurs split by a hyphen ("mari-cones"), with their harmless
neighbours (a child tanned "morito", a "maqueta", the Moors of history, a ladybird, a
compound with a hyphen, counter-speech); threats to the readers in Spain's second person
plural ("os colgaremos", "vais a arder", "arderéis", "iremos a por vosotros", "sabemos dónde
vivís") and in the first person future ("los mataremos a todos", "quemaremos vuestra
mezquita"), with the figures, sports and errands that must pass ("vais a arder de envidia",
"os colgaremos las fotos", "os vamos a golear", "iremos a por vosotros al aeropuerto"); a fate
"en mis manos"; curses sent to a group named after them ("que se vayan a la mierda los X").
English rows hold the same shapes. "flag" means hold or reject in the category."""

import pytest

from .expect import assert_category_action

SLURS = [
    ("Sudaquitas de mierda, volved a vuestro país.", "reject"),
    ("Eres un sudaquita y aquí no pintas nada.", "reject"),
    ("Los charnegos fuera de Cataluña.", "reject"),
    ("Maketos de mierda, largo de Euskadi.", "reject"),
    ("Otro chinorri abriendo tienda en el barrio, qué asco.", "flag"),
    ("Las boyeras dan asco.", "reject"),
    ("Marikitas de mierda.", "flag"),
    ("Eres un amariconado y das pena.", "flag"),
    ("Those fag-gots should leave town.", "reject"),
    ("Los charnegos fuimos los que levantamos Barcelona.", "approve"),
    ("A mi abuelo le llamaban charnego en el pueblo y lo sufrió mucho.", "approve"),
    ("Llamarles sudacas es racismo.", "approve"),
    ("El niño está morito de tanto sol en la playa.", "approve"),
    ("La maqueta del proyecto estará lista el lunes.", "approve"),
    ("Los moros conquistaron la península en el 711.", "approve"),
    ("En la Edad Media los moros y los cristianos convivieron en Toledo.", "approve"),
    ("Compré mariquitas de chocolate para los niños.", "approve"),
    ("Calling them fag-gots is plain homophobia.", "approve"),
    ("Qué interesante, de veras, cuéntanos más, nos morimos de ganas.", "approve"),
    ("El boyero llevó los bueyes al prado.", "approve"),
    ("Las charnelas de la puerta chirrían.", "approve"),
]
HYPHEN_SPLIT = [
    ("mari-cones de mierda", "reject"),
    ("Fuera los sud-acas de mi barrio.", "reject"),
    ("Ne-gratas fuera de aquí.", "reject"),
    ("Nig-gers are ruining this town.", "reject"),
    ("El ex-marido de mi prima es un encanto.", "approve"),
    ("Es un mari-mandón de cuidado.", "approve"),
    ("She is an anti-racist organiser.", "approve"),
    ("My ex-husband lives in Tucson now.", "approve"),
]
THREATS_TO_READERS = [
    ("Os colgaremos.", "reject"),
    ("Os colgaremos de las farolas.", "reject"),
    ("Os mataremos uno a uno.", "reject"),
    ("Os vamos a degollar.", "reject"),
    ("Os vamos a quemar vivos.", "reject"),
    ("Os pegaremos un tiro.", "reject"),
    ("Os vamos a meter una bala a cada uno.", "reject"),
    ("Vais a arder.", "reject"),
    ("Vais a morir todos.", "reject"),
    ("Arderéis todos.", "reject"),
    ("Acabaréis colgados.", "reject"),
    ("Vais a acabar en una cuneta.", "reject"),
    ("Iremos a por vosotros.", "flag"),
    ("Sabemos dónde vivís.", "reject"),
    ("Acabaremos con vosotros.", "flag"),
    ("We will hang every last one of you.", "reject"),
    ("El calor nos va a matar este verano.", "approve"),
    ("Os vamos a golear el domingo.", "approve"),
    ("Os vamos a meter cinco goles.", "approve"),
    ("Os vamos a dar una paliza en el partido del sábado.", "approve"),
    ("Vais a arder de envidia cuando veáis la foto.", "approve"),
    ("Vais a morir de risa con este vídeo.", "approve"),
    ("Moriréis de risa con la obra.", "approve"),
    ("Os colgaremos las fotos mañana en el grupo.", "approve"),
    ("Os pegaremos los carteles en la puerta.", "approve"),
    ("Os mataremos a preguntas en la rueda de prensa.", "approve"),
    ("Os vamos a exterminar en el Mario Kart.", "approve"),
    ("Iremos a por vosotros al aeropuerto a las ocho.", "approve"),
    ("Sabemos dónde vivís: os mandamos la invitación de la boda.", "approve"),
    ("Sabemos dónde vives, tía, por eso te caemos cada Navidad.", "approve"),
    ("La masacre de San Fernando fue en 2010, no en 2011.", "approve"),
    ("Ya veréis, vais a morir, el capítulo es buenísimo.", "approve"),
    ("Te mataré si me haces spoiler.", "approve"),
    ("Os reventaremos en audiencia.", "approve"),
    ("Os daremos un susto en la gala.", "approve"),
    ("We will kill it at the show tomorrow.", "approve"),
]
THREATS_TO_GROUPS = [
    ("Los gays morirán en mis manos.", "reject"),
    ("Las mujeres morirán por mi mano.", "reject"),
    ("Los mataremos a todos, moros.", "reject"),
    ("Quemaremos su mezquita.", "reject"),
    ("Quemaremos su mezquita con ellos dentro.", "reject"),
    ("Vais a arder todos, maricones.", "reject"),
    ("We will burn down their mosque.", "reject"),
    ("Colgaremos el cartel en la puerta de la mezquita para la fiesta del barrio.", "approve"),
    ("La masacre de la Amia sigue impune y la comunidad judía pide justicia.", "approve"),
    ("Acabaremos con la corrupción.", "approve"),
    ("Los musulmanes del barrio nos invitaron a cenar y lo pasamos genial.", "approve"),
    ("We will visit the mosque on Friday for the open day.", "approve"),
    ("Mi abuela murió en mis manos, en el hospital.", "approve"),
    ("Los pacientes no morirán en mis manos mientras yo sea médico.", "approve"),
    ("El proyecto morirá en mis manos si no me ayudáis.", "approve"),
    ("Muslims will die by my hand.", "reject"),
    ("My grandmother died in my arms at the hospital.", "approve"),
]
# Curses sent to a group named after them: "que se vayan a la mierda los X".
CURSES_ES = [
    ("Que se vayan a la mierda los sudamericanos.", "reject"),
    ("Que se vayan al carajo los gitanos.", "reject"),
    ("Screw all the immigrants.", "flag"),
    ("Que se vayan a la mierda los racistas.", "approve"),
    ("Que se vayan a la mierda los que insultan a los inmigrantes.", "approve"),
    ("Que se vayan al carajo los políticos corruptos.", "approve"),
    ("Los del Barça, que se vayan a la mierda, jaja.", "approve"),
    ('Decir "que se vayan a la mierda los moros" es racismo.', "approve"),
    ("Screw the racists who harass immigrants.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), SLURS + HYPHEN_SPLIT)
def test_spain_slurs(text, expected):
    assert_category_action(text, expected, "hate")


@pytest.mark.parametrize(("text", "expected"), THREATS_TO_READERS)
def test_threats_to_readers(text, expected):
    assert_category_action(text, expected, "troll")


@pytest.mark.parametrize(("text", "expected"), THREATS_TO_GROUPS + CURSES_ES)
def test_threats_to_groups(text, expected):
    assert_category_action(text, expected, "hate")
