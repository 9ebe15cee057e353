"""Spanish threats on a person put impersonally ("hay que desaparecer a ese comentarista",
"alguien debería darle una visita al reportero, a ver si aprende", "hay que callarlo a
golpes") reject like "te voy a ...". Their near misses pass: a thing abolished ("desaparecer
la corrupción"), a disappearance reported or refused, a visit to make a demand, a lesson in
the literal sense, "no nos van a callar". A reader's workplace told back with a well-wish
("sé que trabajas en el hospital, cuídate mucho") is care, not a threat, unless the home, the
family or a menace comes too. Harm sent by proxy ("te mando a unos amigos a tu casa a platicar
contigo", "my friends are going to pay your house a visit"), "darte tu merecido", the fate of
informers wished ("ojalá te pase lo que a los soplones") and "I'll make sure he regrets it"
reject; friends sent with pozole, a crew sent to fix the AC, a ballot-box regret pass. Rules
alone; hand-written."""

import pytest

from tests.policy.expect import assert_rules_pass_all, rule_action

THREATS = [
    ("hay que desaparecer a ese comentarista", "es"),
    ("Alguien debería desaparecer a la autora de esta columna.", "es"),
    ("A ese reportero habría que desaparecerlo, ya estuvo bueno.", "es"),
    ("Alguien debería darle una visita al columnista, a ver si se calla.", "es"),
    ("Hay que hacerle una visita a la autora para que aprenda.", "es"),
    ("Que alguien le dé un susto a ese comentarista, a ver si se calma.", "es"),
    ("Te vamos a dar una visitita a ver si sigues tan valiente.", "es"),
    ("Hay que callarlo a golpes, ya no lo aguanto.", "es"),
    ("Hay que callar a ese comentarista para siempre.", "es"),
    ("A ti te vamos a callar por las malas, Rosario.", "es"),
    ("alguien deberia callarle la boca para siempre", "es"),
    # a workplace with the home, a menace or "where" itself
    ("Sé que trabajas en el hospital y que vives en la colonia Juárez, cuídate.", "es"),
    ("Sé que trabajas en el hospital, ahí nos vemos.", "es"),
    ("Sé dónde trabajas, cuídate mucho.", "es"),
    ("I know you live on Elm Street, stay safe.", "en"),
    # harm by proxy, sworn or wished as the fate of informers
    ("Sigue así y te mando a unos amigos a tu casa a platicar contigo.", "es"),
    ("Si sigues, te vamos a mandar a unos muchachos a tu trabajo a saludarte.", "es"),
    ("Some of my friends are going to pay your house a visit, Dana.", "en"),
    ("Keep it up and I'll send some of my boys over to your house.", "en"),
    ("Vuelve a contestarme y manejo hasta Laredo para darte tu merecido.", "es"),
    ("Ven a la plaza el sábado, a ver si me dices lo mismo en la cara.", "es"),
    ("Que al columnista le pase lo que les pasa a los soplones.", "es"),
    ("Ojalá te pase lo mismo que a los chismosos, Martina.", "es"),
    ("If I run into that commenter at the fair I'll make sure he regrets it.", "en"),
]

PASSES = [
    ("Hay que desaparecer la corrupción del gobierno, no a las personas.", "es"),
    ("Hay que desaparecer a los diputados plurinominales, cuestan muchísimo.", "es"),
    ("No hay que desaparecer a nadie, hay que investigar.", "es"),
    ("En los setenta el gobierno desaparecía a los estudiantes; no lo olvidemos.", "es"),
    ("El ejército desapareció al hijo de doña Rosa y nadie ha respondido.", "es"),
    ("Vamos a darle una visita a mi abuela para que aprenda a usar el WhatsApp.", "es"),
    ("No nos van a callar a la fuerza, seguiremos marchando.", "es"),
    ("Nadie nos va a callar por las malas.", "es"),
    ("Sé que trabajas en el hospital, cuídate mucho.", "es"),
    ("Ya sé que trabajas en el hospital. Cuídate, amiga.", "es"),
    ("Te mando a unos amigos que venden tamales, son buenísimos.", "es"),
    ("Te mando a mis primos a tu casa a saludarte para la posada, llevan el pozole.", "es"),
    ("My friends will stop by your bakery on Saturday, they loved the conchas.", "en"),
    ("I'll send my boys over to your house to help with the move.", "en"),
    ("I'll send some friends over to your house for the cookout.", "en"),
    ("Ojalá te pase lo que a mí: que encuentres trabajo rápido.", "es"),
    ("I'll make sure you regret missing these tamales 😂", "en"),
    ("We'll make sure they regret it at the ballot box in November.", "en"),
    ("El que la hace la paga; el juez le dará su merecido.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), THREATS)
def test_impersonal_threats_reject(text: str, lang: str) -> None:
    assert rule_action(text, lang, "troll.threat") == "reject"


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_near_misses_pass(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "I know you work at the clinic downtown, stay safe out there.",
        "I know you work nights at the plant, drive safe.",
    ],
)
def test_workplace_well_wish_is_no_threat(text: str) -> None:
    assert rule_action(text, "en", "troll.threat") is None
