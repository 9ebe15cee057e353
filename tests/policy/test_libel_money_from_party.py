"""Money from a criminal party in more of the ways it is told: a sum by the month ("recibe 200 mil
pesos al mes de la gente de la plaza"), a share ("recibe su parte de la extorsión"), the
progressive ("lleva años recibiendo dinero del cártel"). The near misses: public funds, a
salary, threats received, an inheritance, readers' support, a charge reported or denounced.
Our own names."""

import pytest

from tests.policy.expect import assert_rules_approve, rule_action

RULE = "libel.unattributed_claim"

HELD = [
    ("El alcalde Tomás Ugalde recibe dinero del cártel.", "es"),
    ("El alcalde Tomás Ugalde recibe 200 mil pesos al mes de la gente de la plaza.", "es"),
    ("La comisionada Rocío Ugalde lleva años recibiendo dinero del cártel.", "es"),
    ("El alcalde Tomás Ugalde recibió dinero de los del Golfo para su campaña.", "es"),
    ("El alcalde Tomás Ugalde recibe lana de la maña cada mes.", "es"),
    ("El alcalde Tomás Ugalde cobra en la nómina del cártel.", "es"),
    ("El alcalde Tomás Ugalde recibe su parte de la extorsión.", "es"),
    ("El comandante Tomás Ugalde recibe una cuota de los polleros.", "es"),
    ("El comandante Tomás Ugalde les cobra a los polleros 500 pesos por cabeza.", "es"),
]


@pytest.mark.parametrize("text,lang", HELD)
def test_libel_money_from_party_held(text: str, lang: str) -> None:
    assert rule_action(text, lang, RULE) == "hold", text


NEAR_MISSES = [
    ("El alcalde Tomás Ugalde recibe dinero de la federación para la obra del puente.", "es"),
    ("La maestra Rocío Ugalde lleva años recibiendo dinero del gobierno para su escuela.", "es"),
    ("El alcalde Ruiz recibe 200 mil pesos al mes de sueldo.", "es"),
    ("El comandante Ibarra recibió amenazas del cártel y pidió protección.", "es"),
    ("El alcalde Ruiz recibió su parte de la herencia de su padre.", "es"),
    (
        "El periodista Ruiz recibió una cuota de los lectores para seguir investigando al cártel.",
        "es",
    ),
    ("El alcalde Ruiz fue acusado de recibir dinero del cártel, según la fiscalía.", "es"),
    ("La comisionada Ugalde denunció que policías reciben dinero del cártel.", "es"),
]


@pytest.mark.parametrize("text,lang", NEAR_MISSES)
def test_libel_money_from_party_near_misses(text: str, lang: str) -> None:
    assert_rules_approve(text, lang, RULE)
