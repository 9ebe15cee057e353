"""Spanish hate recall (our own sentences): expressions of hatred and disgust, denial of worth,
threats, a group carried across clauses, obfuscated spellings and slurs, with the near misses
that must pass. "flag" means hold or reject in the hate category."""

import pytest

from moderation.policy.analysis import canonical
from moderation.policy.lexicon import load

from .expect import assert_category_action

EMOTION = [
    ("Vosotros los gays me dais asco.", "flag"),
    ("Vosotras las mujeres me ponéis enferma.", "flag"),
    ("Me enojan las personas trans.", "flag"),
    ("Qué asco me dan los judíos.", "flag"),
    ("Odio muchísimo a los indígenas.", "flag"),
    ("De verdad que odio a las personas negras.", "flag"),
    ("Siento un profundo desprecio por los discapacitados.", "flag"),
    ("No siento más que desprecio por las lesbianas.", "flag"),
    ("No hay nada peor que un homosexual.", "flag"),
    ("Ver a los judíos me pone enfermo.", "flag"),
    ("Los gays me dan asco!!", "flag"),
    ("Vi a unos indígenas en el metro y me dieron asco.", "flag"),
    ("Hay judíos en mi barrio. Los detesto.", "flag"),
]
DENIAL = [
    ("Ningún judío merece respeto.", "flag"),
    ("No respeto a ninguna mujer.", "flag"),
    ("Nunca confiaré en un gay.", "flag"),
    ("Las vidas de las personas negras no importan.", "flag"),
    ("Las personas trans no tienen lugar en un país civilizado.", "flag"),
    ("Los indígenas no tienen ningún derecho.", "flag"),
    ("Los discapacitados pertenecen a un zoo.", "flag"),
]
THREATS_ES = [
    ("Voy a darle una paliza al próximo gay que vea.", "flag"),
    ("Les voy a romper el cuello a los judíos.", "flag"),
    ("Pienso matar a todos los indígenas.", "flag"),
    ("Que alguien mate a las personas trans.", "flag"),
    ("Habría que reunir a todos los discapacitados y fusilarlos.", "flag"),
    ("Que les jodan a las lesbianas.", "flag"),
    ("Que os jodan a todos, maricones.", "flag"),
]
SPELLING = [
    ("Odoi a los judíos.", "flag"),
    ("Hay que matr a los gays.", "flag"),
    ("Me dan acso las personas negras.", "flag"),
    ("Los gyas son asquerosos.", "flag"),
    ("Desprecio alos indígenas.", "flag"),
    ("Hayque matar a las mujeres.", "flag"),
    ("Los negros sonuna plaga.", "flag"),
]
SLURS_ES = [
    ("Eres un mariposón.", "flag"),
    ("Los travecas deberían desaparecer.", "flag"),
    ("Cállate, zorra.", "flag"),
]
NEAR_MISSES_ES = [
    ("Los sicarios son unos asesinos.", "approve"),
    ("Los políticos son todos unos corruptos.", "approve"),
    ("El presidente es un mentiroso y un cobarde.", "approve"),
    ("Los indígenas no son inferiores a nadie.", "approve"),
    ("No odio a los judíos.", "approve"),
    ("Me da asco la gente que odia a los gays.", "approve"),
    ("Decir que las mujeres son inferiores es machismo.", "approve"),
    ("Atacaron a los gays en la calle y me da asco.", "approve"),
    ("Los gays sufren mucho en la calle y me dan pena.", "approve"),
    ("Las mujeres votan. Esto es un error del sistema electoral.", "approve"),
    ("Voy a darle una paliza al Real Madrid el domingo.", "approve"),
    ("Los gays merecen respeto.", "approve"),
    ("Conozco a muchos indígenas y son gente estupenda.", "approve"),
    ("El vuelo retardado llegó a las tres.", "approve"),
    ("Hay que acabar con el racismo contra los negros.", "approve"),
    ("Odio los lunes.", "approve"),
]

# A relative clause that only says where the members are or what they do for a living keeps
# the whole group as the subject; a clause of deeds ("que golpean a ...") does not.
RELATIVE = [
    ("Los gitanos que viven en mi colonia son unos ladrones.", "flag"),
    ("Los judíos que viven en Polanco son una plaga.", "flag"),
    ("Los hondureños que duermen en la plaza son basura.", "flag"),
    ("Las mujeres que estudian ingeniería son inferiores.", "flag"),
    ("A los migrantes que cruzan el río habría que dispararles.", "flag"),
    ("Los venezolanos que piden en la calle me tienen harto. Son basura.", "flag"),
    ("Los sicarios que llegan a Culiacán son asesinos.", "approve"),
    pytest.param(
        "Los hombres que golpean a las mujeres son unos cobardes.",
        "approve",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the blog model's short reading (from the seventeenth "
            "session) holds it as hate at p(flag) 0.95 (short cut 0.95); the rules approve",
        ),
    ),
    ("Los migrantes que llegan a Tijuana son víctimas de extorsión.", "approve"),
    ("Los haitianos que llegan a Tapachula son discriminados.", "approve"),
    ("Los gays que viven en el pueblo son amenazados.", "approve"),
    ("Los migrantes que venden droga son delincuentes, como cualquier otro.", "approve"),
    ("Los venezolanos que llegan son gente trabajadora, no criminales.", "approve"),
]

# A group denied an office, a profession or a civic act; the near misses state the law, speak
# of conditions or of a group that is no protected one.
ROLES = [
    ("Las mujeres no deberían ser juezas.", "flag"),
    ("Los gays no sirven para ser soldados.", "flag"),
    ("Los judíos no deberían ni opinar.", "flag"),
    ("Las mujeres son muy emocionales. No deberían ser juezas.", "flag"),
    ("Los mixtecos que venden en el mercado son unos cochinos.", "flag"),
    ("Los mayates de la colonia son unos flojos.", "flag"),
    ("Los sacerdotes no deberían ser jueces.", "approve"),
    ("Los migrantes no pueden votar.", "approve"),
    ("Las mujeres no deberían ser juzgadas por su ropa.", "approve"),
    ("Decir que las mujeres no deberían votar es machismo puro.", "approve"),
    pytest.param(
        "Las mujeres no deberían ser juezas solo por cuotas, sino por mérito.",
        "approve",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the blog model's short reading (from the seventeenth "
            "session) holds it as hate at p(flag) 0.96 (short cut 0.95); the rules approve",
        ),
    ),
    ("Un mayate verde se comió las hojas de la higuera.", "approve"),
    ("Me voy a Oaxaca en diciembre a ver a los zapotecos de la sierra.", "approve"),
]

# A place to be cleaned of a group, as the writer's wish; reports, plans of others, the act
# discussed as a subject, and things or non-protected people to be cleaned away pass.
CLEANSING = [
    ("Hay que limpiar la ciudad de gitanos.", "flag"),
    ("Ojalá alguien limpie Tijuana de tanto haitiano.", "flag"),
    ("Purguemos el país de judíos.", "flag"),
    ("Que limpien las calles de indígenas de una vez.", "flag"),
    ("Hay que limpiar la ciudad de basura.", "approve"),
    ("Las mujeres limpian las casas de los ricos.", "approve"),
    ("Habría que limpiar la frontera de polleros.", "approve"),
    ("Quieren limpiar la ciudad de migrantes y eso es inhumano.", "approve"),
    ("No hay que limpiar la ciudad de migrantes, hay que ayudarlos.", "approve"),
    ("Limpiar la ciudad de migrantes es limpieza étnica y hay que denunciarlo.", "approve"),
    ("Que alguien limpie el río de basura, los indígenas de la zona lo piden.", "approve"),
]

# Crime as the reason a group comes, "puro problema", entry refused, a fault called the
# group's nature; coded anti-Semitism (a hint after a question of who controls the money, Jews
# behind caravans or NGOs), with the reports, denials and ordinary senses that pass.
PURPOSE_AND_CODES = [
    ("Los venezolanos vienen a delinquir.", "flag"),
    ("Los migrantes que llegan a Tijuana son puro problema.", "flag"),
    ("Hay que prohibir la entrada a los musulmanes.", "flag"),
    ("Los gitanos roban, es su naturaleza.", "flag"),
    ("¿Quién controla los medios? Pista: no son católicos.", "flag"),
    ("¿Quién maneja los bancos? Adivinen, los de la kipá.", "flag"),
    ("Los judíos están detrás de las caravanas.", "flag"),
    ("Los migrantes no vienen a delinquir, vienen a trabajar.", "approve"),
    ("Dicen que los migrantes vienen a delinquir, pero los datos dicen otra cosa.", "approve"),
    ("Ese trámite es puro problema.", "approve"),
    ("Hay que prohibir la entrada a los camiones de carga en el centro.", "approve"),
    ("El gobierno quiere deportar a los musulmanes, es una vergüenza.", "approve"),
    ("Los gatos cazan, es su naturaleza.", "approve"),
    ("Los migrantes trabajan duro, es su naturaleza humana.", "approve"),
    (
        "¿Quién controla los bancos? Los accionistas, no son católicos ni nada, son fondos.",
        "approve",
    ),
    pytest.param(
        "Todos sabemos quién maneja el dinero de la campaña. Los mismos de siempre.",
        "approve",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the blog model's short reading (from the seventeenth "
            "session) holds it as libel at p(flag) 1.00 (short cut 0.95); the rules approve",
        ),
    ),
    ("En Tamaulipas siempre los mismos apellidos en el poder.", "approve"),
    (
        "Hay quien dice que los judíos están detrás de las caravanas. Es una mentira antisemita.",
        "approve",
    ),
    ("Los de la kipá rezaban en el muro cuando llegamos.", "approve"),
]
RECALL_ES3 = RELATIVE + ROLES + CLEANSING + PURPOSE_AND_CODES


@pytest.mark.parametrize(
    ("text", "expected"),
    EMOTION + DENIAL + THREATS_ES + SPELLING + SLURS_ES + NEAR_MISSES_ES + RECALL_ES3,
)
def test_spanish_hate(text, expected):
    assert_category_action(text, expected, "hate", lang="es")


@pytest.mark.parametrize(
    ("word", "meant"),
    [("gyas", "gays"), ("matr", "matar"), ("odoi", "odio"), ("acso", "asco")],
)
def test_spanish_slips_of_hate_words_are_undone(word, meant):
    assert canonical(word, load(), "es") == meant


@pytest.mark.parametrize("word", ["esto", "oido", "paga", "gas", "tras", "mueres", "alas"])
def test_real_spanish_words_are_not_read_as_slips(word):
    assert canonical(word, load(), "es") == word
