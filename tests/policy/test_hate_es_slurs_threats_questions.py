"""Spanish slurs the lexicon lacked, threats against a named group, and hate asked as a question.

Slurs from Mexico, the US, the Caribbean, Central America and Spain in the shapes they are
said ("Eres un X", "Los X no deberían estar aquí", "X de mierda", "Odio a los X"), with their
homonyms: a small ball, beans, an arepa shop, a surname, the Moors in history, a friend's
hail, curly hair, a term of endearment. Threats made to a group in the open ("les meto un
tiro a todos los X") or left hanging ("ya verán lo que les pasa a los X aquí"), with a match,
a hunt, history told and condemnation as twins. Hate asked as a question in both languages,
beside the questions about prejudice and policy that must pass. Our own examples."""

import pytest

from tests.policy.expect import rules_flagging

SLURS = [
    "Eres un bolita",
    "Los bolitas no deberían estar aquí",
    "Los prietos de ese pueblo no sirven para nada",
    "Eres un sionazi",
    "Eres un mongoloide",
    "Tu hermano es un deficiente mental",
    "Eres una arepera",
    "Mariconcito de mierda",
    pytest.param(
        "Indito de mierda",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'indito'/'indita' are no group words: near-word matching read 'invito', "
            "'indica', 'incito' and 'inédito' as them; the plural 'inditos' still reads as "
            "'indios'",
        ),
    ),
    "Eres un oligofrénico",
    "Los yoruguas no deberían estar aquí",
    "Eres un chupacirios",
    "Jotolón de mierda",
    "Sudaca de mierda",
    "Odio a los maricones",
    "Eres un moraco",
    "Los negratas no deberían estar aquí",
    "Indio tenías que ser",
    "¡Gitano tenías que ser!",
]
SLUR_TWINS = [
    "Hice bolitas de queso para la fiesta",
    "Frijoles prietos con arroz, qué rico",
    "Te quiero, mi prieta",
    "Abrieron una arepera nueva en el barrio y las arepas están buenísimas",
    "Sergio Moro fue juez en Brasil",
    "Los moros y cristianos de Alcoy son una fiesta preciosa",
    "En el año 711 los moros llegaron a la península",
    "Marica, qué susto el temblor de anoche",
    "Tengo el pelo chino desde niña",
    "Compré una camisa negra para la boda",
    "Te extraño mucho, mi negra",
    "Decirle sudaca a alguien es racismo puro",
    "La palabra bollera se usa para insultar a las lesbianas",
    "Los moros construyeron la Alhambra",
    pytest.param(
        "En el zoo hay un macaco nuevo",
        marks=pytest.mark.xfail(
            strict=True,
            reason="hate.slur: 'zoo' arrives inside the phrase unit 'en el zoo', so the homonym "
            "context is not seen; reading context words inside any unit also read 'no business "
            "in office' as the economy sense of 'cripples'",
        ),
    ),
    'Escuché la canción "Joto" en la radio y me gustó el ritmo',
    "Mi abuelo era indio purépecha y hablaba su lengua",
    "Qué chino tienes el pelo",
    "Nos vemos en la arepera el domingo, pago yo",
    "Para ser monja tenías que ser mujer",
]

THREATS = [
    "Ya verán lo que les pasa a los mexicanos aquí",
    "Ya verán lo que les espera a los judíos",
    "Los chinos van a ver lo que les pasa si se quedan",
    "Que se preparen los gitanos, vamos por ellos",
    "Ya les tocará a los gitanos",
    "No va a quedar ni un solo gitano en este pueblo, lo juro",
    "Esos inmigrantes van a aparecer en una zanja",
    "Nos vamos a encargar de los inmigrantes a nuestra manera",
    "Les meto un tiro a todos los musulmanes",
    "Voy a matar a todos los inmigrantes",
    "A los judíos los vamos a quemar vivos",
    "A esos negros hay que colgarlos",
    "Les vamos a dar una lección a los musulmanes",
    "A los negros los esperamos con palos",
    "A los gitanos les reventamos la cabeza",
]
THREAT_TWINS = [
    "A los del América los vamos a matar el sábado",
    "A los de Chivas los vamos a matar en el clásico",
    "Los vamos a matar el sábado, ese equipo no tiene defensa",
    "Este fin de semana vamos a matar patos en la laguna",
    "En 1911 mataron a 300 chinos en Torreón",
    "Condeno a quienes dicen que hay que quemar vivos a los migrantes",
    "Nadie debería amenazar con matar a los inmigrantes",
    "Ya verán lo que les pasa a los que no pagan impuestos",
    "Que se cuiden los migrantes del calor en el desierto",
    "Ya les tocará a los jóvenes decidir",
    "No va a quedar ni un solo gitano sin vacunar, prometió la alcaldesa",
    "Mañana nos vamos a encargar de los inmigrantes que llegan al albergue, llevamos comida",
    "A los nietos los esperamos con pastel",
    "Los esperamos con los brazos abiertos, a los migrantes",
]

QUESTIONS = [
    ("en", "Why are Muslims so disgusting?"),
    ("en", "Why do immigrants always ruin everything?"),
    ("en", "Why are black people so lazy?"),
    ("en", "Does anyone else think Muslims are a plague?"),
    ("en", "Why are Jews such parasites?"),
    ("es", "¿Por qué los mexicanos son tan flojos?"),
    ("es", "¿Alguien más piensa que los inmigrantes son una plaga?"),
    ("es", "¿Por qué los gitanos siempre roban?"),
    ("es", "¿Por qué los gays son tan degenerados?"),
    ("es", "¿Soy el único que piensa que los venezolanos son unas ratas?"),
    ("es", "¿Por qué los judíos son unos parásitos?"),
    ("es", "¿Por qué los gitanos huelen tan mal?"),
    ("es", "¿A nadie más le dan asco los musulmanes?"),
    ("es", "¿Alguien más está harto de los gitanos?"),
    ("es", "¿Soy el único al que le dan asco los gays?"),
    ("en", "Anyone else sick of immigrants?"),
    ("en", "Am I the only one disgusted by trans people?"),
    ("es", "¿Qué les pasa a los chinos que son tan sucios?"),
    ("es", "¿Desde cuándo los inmigrantes son personas?"),
    ("en", "What is it about immigrants that makes them so filthy?"),
    ("en", "What is it with Muslims and terrorism?"),
]
QUESTION_TWINS = [
    ("en", "Why are immigrants blamed for everything?"),
    ("en", "Why do people say Mexicans are lazy? They work the hardest jobs here"),
    ("en", "Why are Muslims so often the target of hate crimes?"),
    ("en", "Why do women earn less than men?"),
    ("en", "Why is the immigration backlog so long?"),
    ("es", "¿Por qué los indígenas ganan menos?"),
    ("es", "¿Por qué la gente dice que los mexicanos son flojos? Trabajan más que nadie"),
    ("es", "¿Por qué culpan a los inmigrantes de todo?"),
    ("es", "¿Alguien más piensa que la nueva ley de asilo es un desastre?"),
    ("es", "¿Por qué los gitanos sufren tanta discriminación?"),
    ("es", "¿Por qué dicen que los musulmanes son terroristas? Es mentira"),
    ("es", "¿A nadie más le dan asco los que odian a los musulmanes?"),
    ("es", "¿Alguien más está harto de los que odian a los inmigrantes?"),
    ("es", "¿A nadie más le dan pena los migrantes en la frontera?"),
    ("en", "Who else is tired of the Muslim ban debate?"),
    ("en", "Anyone else tired of immigrants being blamed for everything?"),
    ("es", "¿Qué les pasa a los migrantes que llegan sin papeles?"),
    ("es", "¿Desde cuándo los inmigrantes pueden votar aquí?"),
    ("en", "What is it about immigrants that makes them so resilient?"),
    ("en", "What is it with people blaming Muslims for terrorism?"),
    ("es", "¿Qué les pasa a los chinos que son tan sucios? Nada, es un estereotipo racista"),
]


@pytest.mark.parametrize("text", SLURS)
def test_slur_flagged(text: str) -> None:
    assert rules_flagging(text, "es", ("hate",))


@pytest.mark.parametrize("text", SLUR_TWINS)
def test_slur_homonym_passes(text: str) -> None:
    assert rules_flagging(text, "es", ("hate",)) == []


@pytest.mark.parametrize("text", THREATS)
def test_group_threat_flagged(text: str) -> None:
    assert rules_flagging(text, "es", ("hate", "troll"))


@pytest.mark.parametrize("text", THREAT_TWINS)
def test_threat_twin_passes(text: str) -> None:
    assert rules_flagging(text, "es", ("hate", "troll")) == []


@pytest.mark.parametrize(("lang", "text"), QUESTIONS)
def test_hate_question_flagged(lang: str, text: str) -> None:
    assert rules_flagging(text, lang, ("hate",))


@pytest.mark.parametrize(("lang", "text"), QUESTION_TWINS)
def test_genuine_question_passes(lang: str, text: str) -> None:
    assert rules_flagging(text, lang, ("hate",)) == []
