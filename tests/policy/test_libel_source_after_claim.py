"""A source named after the claim, closing its sentence, attributes it: "..., the Ledger says.",
"..., said the district attorney.", "..., per the Tribune.", "..., dice El Heraldo.", "..., dijo
el fiscal." (the lexicon's sources mostly open a clause). Still held: a rumour's teller after
the claim ("..., my cousin says", "..., everybody says", "..., dice la gente", "..., dijo mi
primo") and the writer vouching ("..., lo confirmo"). Our own names."""

import pytest

from tests.policy.expect import assert_rules_approve, rule_action

RULE = "libel.unattributed_claim"

SOURCED_AFTER = [
    ("Mayor John Ramirez took bribes from the cartel, the Ledger says.", "en"),
    ("Mayor John Ramirez took bribes from the cartel, the Ledger reported.", "en"),
    ("Mayor John Ramirez took bribes from the cartel, according to the Ledger.", "en"),
    ("Mayor John Ramirez took bribes from the cartel, prosecutors say.", "en"),
    ("Mayor John Ramirez took bribes from the cartel, the indictment says.", "en"),
    ("Mayor John Ramirez took bribes from the cartel, the Border Herald reports.", "en"),
    ("Mayor John Ramirez took bribes from the cartel, court records show.", "en"),
    ("Mayor John Ramirez took bribes from the cartel, said the district attorney.", "en"),
    ("Mayor John Ramirez took bribes from the cartel, per the Tribune.", "en"),
    ("Judge Ana Ruiz sold her rulings to the Salgado family, the Courier wrote last week.", "en"),
    ("Judge Ana Ruiz sold her rulings, the federal complaint alleges.", "en"),
    ("Judge Ana Ruiz sold her rulings, a grand jury found.", "en"),
    ("Judge Ana Ruiz sold her rulings, the DA's office says.", "en"),
    ("El alcalde Juan Ramírez recibió sobornos del cártel, según el periódico.", "es"),
    ("El alcalde Juan Ramírez recibió sobornos del cártel, dice El Heraldo.", "es"),
    ("El alcalde Juan Ramírez recibió sobornos del cártel, según la fiscalía.", "es"),
    ("El alcalde Juan Ramírez recibió sobornos del cártel, informó la fiscalía.", "es"),
    ("El alcalde Juan Ramírez recibió sobornos del cártel, de acuerdo con la denuncia.", "es"),
    ("El alcalde Juan Ramírez recibió sobornos del cártel, publicó El Diario.", "es"),
    ("El alcalde Juan Ramírez recibió sobornos del cártel, afirma la Fiscalía General.", "es"),
    ("El alcalde Juan Ramírez recibió sobornos del cártel, reportó Proceso.", "es"),
    (
        "El alcalde Juan Ramírez recibió sobornos del cártel, según documentos de la Auditoría.",
        "es",
    ),
    ("El alcalde Juan Ramírez recibió sobornos del cártel, dijo el fiscal.", "es"),
    ("El alcalde Juan Ramírez recibió sobornos del cártel, según reportes de prensa.", "es"),
    (
        "El alcalde Juan Ramírez recibió sobornos del cártel, asegura la investigación de "
        "Animal Político.",
        "es",
    ),
    ("La jueza Ana Ruiz vendió sus sentencias, de acuerdo con la carpeta de investigación.", "es"),
    ("La jueza Ana Ruiz vendió sus sentencias, según reveló el periódico Reforma.", "es"),
]


@pytest.mark.parametrize("text,lang", SOURCED_AFTER)
def test_libel_source_after_claim_passes(text: str, lang: str) -> None:
    assert_rules_approve(text, lang, RULE)


RUMOUR_AFTER = [
    ("Mayor John Ramirez took bribes from the cartel, my cousin says.", "en"),
    ("Mayor John Ramirez took bribes from the cartel, everybody says.", "en"),
    ("Mayor John Ramirez took bribes from the cartel, I say.", "en"),
    ("Mayor John Ramirez took bribes from the cartel, he said it himself.", "en"),
    ("Mayor John Ramirez took bribes from the cartel, people say.", "en"),
    ("El alcalde Juan Ramírez recibió sobornos del cártel, dice la gente.", "es"),
    ("El alcalde Juan Ramírez recibió sobornos del cártel, lo dice todo el pueblo.", "es"),
    ("El alcalde Juan Ramírez recibió sobornos del cártel, dijo mi primo.", "es"),
    (
        "El alcalde Juan Ramírez recibió sobornos del cártel, digan lo que digan los periódicos.",
        "es",
    ),
    (
        "El árbitro Nelson Paredes se vendió en la final, le pagaron los de Nacional, lo confirmo.",
        "es",
    ),
]


@pytest.mark.parametrize("text,lang", RUMOUR_AFTER)
def test_libel_rumour_after_claim_held(text: str, lang: str) -> None:
    assert rule_action(text, lang, RULE) == "hold", text
