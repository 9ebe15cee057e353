"""Who `libel.unattributed_claim` reads as the subject of an act. A demonstrative points at a
person ("Esa señora del puesto vende ...") or at a public body ("Esa patrulla fronteriza abusa
de ..."), and only the person is held; a title right before a noun of its office's business
("the judge scoring") qualifies the noun; a role with the piece the comment is under ("the
reporter on this story") is one person; "X's husband is the one trafficking" names the doer;
a group paid to do something ("pays the migrants to stay quiet") leaves the payer the subject;
offences listed after a count ("hundreds of kidnappings and assaults") are a count; a cue to
the reader ("Saquen cuentas.") is no surname; a county's tax assessor and tax collector are
titles of one person. Attributed, hedged and institutional twins pass. All examples
are our own."""

import pytest

from .expect import assert_category_action, assert_rules_approve

HELD = [
    ("Esa señora del puesto vende cristal a los chavos de la secundaria.", "es"),
    ("Ese señor de la tienda vende droga a los morros.", "es"),
    ("Ese tipo le roba a los viejitos de la colonia.", "es"),
    ("Ese Lencho vende cristal afuera de la secundaria.", "es"),
    ("Pastor Ruelas pays the migrants to stay quiet about the abuse.", "en"),
    ("El pastor Ruelas les paga a los migrantes para que se callen del abuso.", "es"),
    ("The reporter on this story beat his wife.", "en"),
    ("El reportero de esta nota golpea a su esposa.", "es"),
    ("Linda's husband is the one trafficking kids through the ranch road.", "en"),
    ("The mayor rigged the race from the start.", "en"),
    ("The judge scoring was rigged, the judge took bribes from the producers.", "en"),
    ("Judge Farrow rigged the scoring for his nephew.", "en"),
    ("Garza estrena camioneta cada año con sueldo de regidor. Saquen cuentas.", "es"),
    ("The sheriff's brother-in-law sells stolen trucks.", "en"),
    ("El cuñado del alcalde vende los permisos de construcción.", "es"),
    ("El regidor se robó el dinero de las despensas.", "es"),
    ("@bigdan77 sells fake IDs at the swap meet.", "en"),
    ("Tax assessor Mills pockets every third payment.", "en"),
]

PASSES = [
    ("Esa patrulla fronteriza abusa de la fuerza; exijan cámaras.", "es"),
    ("Esa patrulla de la colonia extorsiona a los taqueros.", "es"),
    ("Esa señora del puesto vende unos tamales buenísimos.", "es"),
    ("The DWTS judge scoring was rigged for drama.", "en"),
    ("The mayor race was rigged from the start, the maps were drawn for it.", "en"),
    ("A reporter on this story was attacked by a cartel hitman.", "en"),
    ("Human Rights Watch documented hundreds of kidnappings and assaults near the bridge.", "en"),
    ("La comisión documentó decenas de secuestros y extorsiones en los albergues.", "es"),
    ("Mi renta: 7 mil. Mi sueldo: 8 mil. Saquen cuentas.", "es"),
    ("Mi renta sube cada año y el sueldo no. Saquen cuentas.", "es"),
    ("Según el expediente, el regidor Ramírez se robó el dinero de las despensas.", "es"),
    ("The assessor sets the rates every spring.", "en"),
    ("Tax assessor Mills pockets every third payment, the county audit found.", "en"),
    ("Sheriff Dunn was indicted for taking bribes.", "en"),
    ("Sheriff Dunn allegedly took bribes.", "en"),
    ("The mayor's plan is a scam.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_held(text, lang):
    assert_category_action(text, "hold", "libel", lang)


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_passes(text, lang):
    assert_rules_approve(text, lang, "libel.unattributed_claim")
    assert_rules_approve(text, lang, "libel.insinuated_gain")
