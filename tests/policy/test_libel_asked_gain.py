"""A pointed question about a person's money left to the reader (`libel.insinuated_gain`, the
`_ASKED_GAIN` cue of `rules/libel/gain.py`): "ask Coach X how much the refs got", "pregúntenle
al general de dónde salieron sus casas"; and the cash or hush money taken, money taken from
the developer and games fixed that `libel.tsv` names. Both hold, never reject.

Near misses that must pass: the question put to one's own kin, a question the writer answers
in the same sentence, an invoice or a ledger pointed at. All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action

HITS = [
    ("Ask Councilman Ruiz how he paid for that lake house.", "en"),
    ("Ask Sheriff Pruitt about his new boat.", "en"),
    ("Pregúntenle al alcalde Ramírez de dónde salieron sus dos ranchos.", "es"),
    ("Pregúntenle a la regidora Treviño dónde quedaron los millones del drenaje.", "es"),
    ("Pregúntenle al profe Leyva cuánto le pasaron los papás.", "es"),
    # acts named in libel.tsv
    ("Commissioner Ybarra has been taking money from the developers since 2020.", "en"),
]

PASSES = [
    ("Ask Coach Simms how much the new turf cost; he has the invoices.", "en"),
    ("Ask your grandmother how she paid for college in 1960.", "en"),
    (
        "If you want the numbers, ask the clerk where the road money went, she posts the "
        "ledger every month.",
        "en",
    ),
    ("Pregúntenle a mi abuela cómo pagó su casa: trabajando cuarenta años.", "es"),
    ("Pregúntenle al tesorero dónde quedaron los fondos, el informe se publica el lunes.", "es"),
    ("Pregúntenle al entrenador cuánto costó el pasto nuevo; tiene las facturas.", "es"),
    ("He allegedly took money from the contractors, according to the indictment.", "en"),
    (
        "The auditor took money from the contractor's escrow back to the city, as the law says.",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "lang"), HITS)
def test_pointed_questions_and_acts_hold(text, lang):
    assert_category_action(text, "hold", "libel", lang)


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_near_misses_pass(text, lang):
    assert_category_action(text, "approve", "libel", lang)
