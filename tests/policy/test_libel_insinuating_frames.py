"""Frames that state a charge while seeming to deny, hide or pass it on: paralipsis ("I'm not
saying Sheriff X took bribes. I'm just saying.", "No digo que ..., nomás digo"), what a source
leaves out ("What the article doesn't say is that ...", "Lo que no dicen es que ...", "Lo que
nadie se atreve a decir es que ..."), a rumour heard ("I heard Coach X took ...") and the writer
vouching ("les aseguro que ..."). The near misses: a denial followed by what is really said
("I'm not saying X took bribes. I'm saying the audit was sloppy", "No digo que ...; digo que la
obra quedó mal hecha"), what a source does not say ("The article doesn't say that ..."), a
conviction or harmless news heard, someone else's assurance ("El fiscal les aseguró que ... fue
detenido"), praise vouched for. Our own names."""

import pytest

from tests.policy.expect import assert_rules_approve, rule_action

RULE = "libel.unattributed_claim"

INSINUATED = [
    (
        "Not saying Councilman Pete Olvera took bribes from the Salgado family... but who else "
        "had the keys? Think about it.",
        "en",
    ),
    ("I'm not saying Sheriff Dale Ruiz took bribes from the cartel. I'm just saying.", "en"),
    (
        "No digo que el regidor Pascual Medina se robó el dinero de la feria, nomás digo. Saquen "
        "sus conclusiones.",
        "es",
    ),
    (
        "What the article doesn't say is that Judge Alma Trevino takes bribes from the Salgado "
        "family.",
        "en",
    ),
    ("Lo que no dicen es que el alcalde Tomás Ugalde recibió sobornos del cártel.", "es"),
    ("Lo que nadie se atreve a decir es que el comandante Ibarra cobra piso a los taqueros.", "es"),
    ("I heard Coach Brent Hollis took bribes from the parents.", "en"),
    (
        "Yo vivo en Villa Seca y les aseguro que el síndico Arnoldo Páez recibe sobornos del "
        "cártel.",
        "es",
    ),
]


@pytest.mark.parametrize("text,lang", INSINUATED)
def test_libel_insinuating_frames_held(text: str, lang: str) -> None:
    assert rule_action(text, lang, RULE) == "hold", text


NEAR_MISSES = [
    (
        "I'm not saying Mayor Ruiz took bribes. I'm saying the audit was sloppy and should be "
        "redone.",
        "en",
    ),
    (
        "I'm not saying Sheriff Ruiz took bribes, nobody has shown that. The contract process "
        "was bad.",
        "en",
    ),
    ("Not saying the mayor's plan is perfect, just saying it beats doing nothing.", "en"),
    ("No digo que el alcalde Ruiz se robó el dinero; digo que la obra quedó mal hecha.", "es"),
    ("The article doesn't say that Judge Trevino took bribes; it says the case was delayed.", "en"),
    ("I heard Mayor Ruiz was convicted of bribery last year.", "en"),
    ("I heard Coach Hollis is retiring after this season.", "en"),
    ("El fiscal les aseguró que el comandante Ibarra fue detenido por cobrar piso.", "es"),
    ("Les aseguro que el alcalde Ruiz es buena persona, lo conozco desde niño.", "es"),
    ("Lo que no dicen es que el alcalde Ruiz ya pagó la deuda del municipio.", "es"),
    ("Who else had the keys? Mayor Ruiz never took a bribe in his life, think about it.", "en"),
]


@pytest.mark.parametrize("text,lang", NEAR_MISSES)
def test_libel_insinuating_frames_near_misses(text: str, lang: str) -> None:
    assert_rules_approve(text, lang, RULE)
