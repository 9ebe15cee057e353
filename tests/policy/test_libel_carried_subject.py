"""Libel carried to the next sentence: a person named in one sentence stays the subject of the
next when that sentence names no one of its own: a demonstrative and a person noun ("Ese señor
cobra piso ...", "This guy took bribes ..."), a dropped Spanish subject past a copula and other
verdicts ("Es un corrupto y un ladrón."), an English fragment ("Bought and paid for."). The
near misses: praise after "ese señor", a verdict on a plan ("Es un fraude."), a source before,
a hedge, harm suffered ("Killed at a traffic stop."), a gerund as a subject ("Stealing is a
serious charge"), a deed denied ("Stole nothing"). Our own names."""

import pytest

from tests.policy.expect import assert_rules_approve, rule_action

RULE = "libel.unattributed_claim"

HELD = [
    ("Conozco al regidor Pascual Medina desde la prepa. Ese señor cobra piso a los taqueros.",
     "es"),
    ("El síndico Arnoldo Páez firmó el contrato. Ese hombre se robó el dinero de las despensas.",
     "es"),
    ("La tesorera Leticia Olmos dejó el cargo en marzo. Esa señora se quedó con el dinero de las "
     "becas.", "es"),
    ("El comisario Beto Ramos cerró la feria. Es un corrupto y un ladrón.", "es"),
    ("El licenciado Ponce Urías maneja la notaría del centro. Es un estafador.", "es"),
    ("Councilman Pete Olvera voted for the rezoning. Bought and paid for.", "en"),
    ("Judge Alma Trevino freed the Salgado nephew on a small bond. Bought and paid for.", "en"),
    ("Director Tom Ocheltree runs the asphalt yard. Stealing from the taxpayers every weekend.",
     "en"),
    ("Coach Brent Hollis runs the booster club. This guy took bribes from the parents.", "en"),
]  # fmt: skip


@pytest.mark.parametrize("text,lang", HELD)
def test_libel_carried_subject_held(text: str, lang: str) -> None:
    assert rule_action(text, lang, RULE) == "hold", text


NEAR_MISSES = [
    # a verdict on a plan, praise, opinion on public conduct
    ("El alcalde Ruiz presentó el plan del puente. Es un fraude.", "es"),
    ("Conozco al padre Ordaz desde hace años. Ese señor es un santo.", "es"),
    ("El regidor Pérez votó contra el presupuesto. Es una vergüenza.", "es"),
    ("El comandante Lugo detuvo a los que cobraban piso. Ese señor es un héroe.", "es"),
    ("El alcalde Cavazos es un incompetente. Ese señor no sabe gobernar.", "es"),
    ("Mataron al periodista Jacinto Robles. Ese señor era un valiente.", "es"),
    ("A don Chuy Lemus lo asaltaron ayer en la tienda. Ese señor es muy trabajador.", "es"),
    ("La jueza Mendiola dictó sentencia. Es un robo lo que le hicieron a la familia.", "es"),
    # a source or a hedge
    ("El alcalde Ruiz fue condenado por robo en 2019. Es un ladrón.", "es"),
    ("El diputado Lozano está acusado de desviar fondos, según la fiscalía. Ese señor se robó el "
     "dinero del fondo.", "es"),
    ("El padre Ordaz fue denunciado por sus feligreses. Supuestamente se quedó con la limosna.",
     "es"),
    ("Mayor Ruiz was convicted of bribery in 2019. Bought and paid for.", "en"),
    # harm suffered, a gerund as subject, a deed denied, someone who reports a crime
    ("Praying for the family of Officer Reyes. Killed at a traffic stop doing his job. "
     "Heartbreaking.", "en"),
    ("Officer Tom Reyes testified yesterday. Shot twice in 2019 and still on patrol.", "en"),
    ("Judge Marquez ruled on the theft case today. Stealing is a serious charge and needs proof.",
     "en"),
    ("Ray Quintanilla ran the food bank for years. Stole nothing, gave everything.", "en"),
    ("Sheriff Dunn arrested two men for smuggling. Also seized the guns they had.", "en"),
    ("Commissioner Hollis voted against the landfill. A disgrace, but that's politics.", "en"),
    ("Coach Ray Benitez retired last week. This guy gave thirty years to those kids.", "en"),
    ("Councilman Diaz says the cartel is stealing fuel. That guy knows the border.", "en"),
]  # fmt: skip


@pytest.mark.parametrize("text,lang", NEAR_MISSES)
def test_libel_carried_subject_near_misses(text: str, lang: str) -> None:
    assert_rules_approve(text, lang, RULE)
