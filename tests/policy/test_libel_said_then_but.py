"""Three libel shapes. (1) "X dijo que ..., pero ...": a contrast closes what someone said, and
the act after it is the writer's own claim ("pero que" / "but that" carries the saying on).
(2) "q" typed for "que": rumours, hedges, sayings and "el que escribió" read the same either
way. (3) An unnamed someone in an office ("somebody at the sheriff's office") is no person a
reader can identify; the officeholder ("the sheriff") is. Our own names."""

import pytest

from tests.policy.expect import assert_rules_approve, rule_action

RULE = "libel.unattributed_claim"

HELD = [
    # the saying closed by a contrast: the act after it is the writer's
    ("El alcalde Ruiz dice que es honesto, pero se robó el dinero de las becas.", "es"),
    (
        "La regidora Pons dijo en la sesión que todo está en orden, pero ella cobra moches a "
        "cada contratista.",
        "es",
    ),
    ("Dicen que el padre Anselmo es buena persona, pero yo sé que abusó de un monaguillo.", "es"),
    ("The mayor says she is honest, but she stole the scholarship money.", "en"),
    (
        "Councilman Pruitt claims the contract was clean, but he took a bribe from the developer.",
        "en",
    ),
    # "q" for "que": a rumour passed on, the writer vouching, the one who wrote the piece
    ("todos dicen q el comandante Treviño le cobra cuota a los taxistas", "es"),
    ("se dice q el alcalde Ruiz se roba las despensas", "es"),
    ("se comenta q la regidora Pons cobra moches", "es"),
    ("les aseguro q el alcalde Ruiz se robo las despensas", "es"),
    ("el q escribio esta nota cobra del gobierno estatal cada quincena", "es"),
    ("El alcalde Ruiz dice q es honesto, pero se robo el dinero de las becas", "es"),
    # the officeholder, or a named or titled person at the office, is identifiable
    ("The sheriff takes kickbacks.", "en"),
    ("The deputy at the sheriff's office takes kickbacks.", "en"),
    ("Dunn at the sheriff's office takes kickbacks.", "en"),
    ("El alcalde cobra moches.", "es"),
]


@pytest.mark.parametrize("text,lang", HELD)
def test_libel_said_then_but_held(text: str, lang: str) -> None:
    assert rule_action(text, lang, RULE) == "hold", text


PASSES = [
    # the contrast still inside the saying, or the act inside it before the contrast
    ("El alcalde Ruiz dijo que el regidor Pons es honesto, pero que se robó las despensas.", "es"),
    ("El alcalde Ruiz dice que el regidor Pons se robó las despensas, pero nadie le cree.", "es"),
    ("El alcalde Ruiz dice que nunca robó, pero la fiscalía dice que se robó 40 millones.", "es"),
    ("The DA said the case is weak, but that Ruiz took the money anyway.", "en"),
    ("The mayor says the audit was clean, but auditors say she took $40,000.", "en"),
    ("Police say Mayor Ruiz took bribes, but he denies it.", "en"),
    ("Mayor Ruiz says he never took a bribe, but I don't believe him.", "en"),
    ("Councilman Pruitt claims the contract was clean, but maybe he took a bribe.", "en"),
    ("Ruiz dice que es honesto, pero yo creo que se robó algo.", "es"),
    # "q" for "que" in a hedge, a saying, others' claim answered, a rumour doubted
    ("creo q el alcalde Ruiz se robo las despensas", "es"),
    ("parece q el alcalde Ruiz se robo las despensas", "es"),
    ("el regidor Lozano dijo q el alcalde Ruiz se robo las despensas", "es"),
    ("los q dicen q el alcalde Ruiz se robo las despensas no tienen pruebas", "es"),
    ("dicen q el alcalde Ruiz se robo las despensas, pero nadie ha mostrado pruebas", "es"),
    ("El Heraldo publico q el alcalde Ruiz se robo las despensas", "es"),
    # nobody in particular at an office
    ("Somebody at the sheriff's office takes kickbacks.", "en"),
    ("Someone high up in the mayor's office takes bribes.", "en"),
    ("Somebody who works at the sheriff's office takes kickbacks.", "en"),
    ("Somebody in the DA's office leaked the file to the cartel.", "en"),
    ("Alguien en el despacho del gobernador se quedó con el dinero.", "es"),
    ("Alguien de la oficina del alcalde cobra moches.", "es"),
]


@pytest.mark.parametrize("text,lang", PASSES)
def test_libel_said_then_but_passes(text: str, lang: str) -> None:
    assert_rules_approve(text, lang, RULE)


# (4) A copula and a criminal trade about a person: "es pollero", "is a coyote".
TRADE_HELD = [
    ("El regidor Ruiz es pollero.", "es"),
    ("El regidor Ruiz es un sicario.", "es"),
    ("El regidor Ruiz es traficante de armas.", "es"),
    ("El regidor Ruiz es un tratante de personas.", "es"),
    ("@Gerardo tú eres coyote, te he visto pasando gente por el río", "es"),
    ("Councilman Ruiz is a coyote.", "en"),
    ("Councilman Ruiz is a human trafficker.", "en"),
]


@pytest.mark.parametrize("text,lang", TRADE_HELD)
def test_libel_trade_held(text: str, lang: str) -> None:
    assert rule_action(text, lang, RULE) == "hold", text


TRADE_PASSES = [
    ("The coyote is a protected animal in this state.", "en"),
    ("Our school mascot is a coyote.", "en"),
    ("El coyote es un animal muy listo.", "es"),
    ("Ruiz no es pollero, es abogado.", "es"),
    ("Dicen que el regidor Ruiz es pollero, pero no hay pruebas.", "es"),
    ("Según la fiscalía, Ruiz es pollero.", "es"),
    ("Ruiz is not a coyote.", "en"),
    ("If Ruiz is a coyote, prove it.", "en"),
    ("Doña Rosa lleva años regalando tacos, y lo que hay aquí es gente común.", "es"),
]


@pytest.mark.parametrize("text,lang", TRADE_PASSES)
def test_libel_trade_passes(text: str, lang: str) -> None:
    assert_rules_approve(text, lang, RULE)
