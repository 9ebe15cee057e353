"""Spanish threats on a person put impersonally ("hay que desaparecer a ese comentarista",
"alguien debería darle una visita al reportero, a ver si aprende", "hay que callarlo a
golpes") reject like "te voy a ...". Their near misses pass: a thing abolished ("desaparecer
la corrupción"), a disappearance reported or refused, a visit to make a demand, a lesson in
the literal sense, "no nos van a callar". A reader's workplace told back with a well-wish
("sé que trabajas en el hospital, cuídate mucho") is care, not a threat, unless the home, the
family or a menace comes too. Rules alone; hand-written."""

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
