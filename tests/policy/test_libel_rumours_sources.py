"""A rumour repeated, and what sources a charge. A bare rumour that a named person committed a
crime is held: repeating a defamatory claim is publishing it ("Dicen que el regidor X cobra
mordidas", "Rumor has it the clerk X ...", "I'm told Councilwoman X ..."). It passes when no
one is identifiable, when the writer doubts or refutes it, when the act is no crime, and when
the charge has a checkable teller: a prosecutor, a court, an audit, a witness under oath ("El
fiscal les aseguró a las familias que ...", "the DA told the families that ...", "testified").
"Según él" (the accused's own word), "según dicen", "according to my cousin" and a paper that
never published it ("nunca publica") source nothing. Spanish nicknames with their article ("el
Güero Lozano", "la Chata Medina") name a person as "Big Mike" does. Our own sentences."""

import pytest

from tests.policy.expect import assert_rules_approve, rule_action

RULE = "libel.unattributed_claim"

HELD = [
    # a rumour passed on, Spanish
    ("Dicen que el regidor Lozano cobra mordidas.", "es"),
    ("En la colonia dicen que el comandante Treviño cobra piso a los abarroteros.", "es"),
    ("Se comenta que el tesorero Ramírez desvió fondos del DIF.", "es"),
    ("Corre el rumor de que el diputado Navarro lava dinero.", "es"),
    ("Andan diciendo que el padre Anselmo abusa de los monaguillos.", "es"),
    ("Se rumora que el comisario Beltrán protege a los huachicoleros.", "es"),
    ("Cuentan que el juez Ibarra cobra mordidas.", "es"),
    ("Según dicen, el diputado Fuentes compró votos en la sierra.", "es"),
    # ... English
    ("I heard Sheriff Dale Pruitt takes cash from the coyotes.", "en"),
    ("Rumor has it the clerk Ana Ruiz takes bribes.", "en"),
    ("People say Judge Harlan takes bribes from the developers.", "en"),
    ("Everybody in town says Sheriff Coltrane takes kickbacks from the tow companies.", "en"),
    ("There's a rumor going around that Principal Dunleavy stole the band trip money.", "en"),
    ("I'm told Councilwoman Petrakis skimmed from the food drive.", "en"),
    ("Mayor Greaves is rumored to take bribes from the casino people.", "en"),
    ("lol people are saying coach Vance beats his kids", "en"),
    # no source: the accused's own word, the writer's kin, a paper's silence
    ("Según mi compadre, el regidor Lozano cobra mordidas.", "es"),
    ("El Güero Lozano es empresario, según él, pero lava dinero para el cártel.", "es"),
    ("El Heraldo nunca publica que el alcalde Ruiz cobra moches.", "es"),
    ("According to my cousin, Sheriff Pruitt takes cash from the coyotes.", "en"),
    ("The Ledger never reported it, but Sheriff Pruitt takes cash from the coyotes.", "en"),
    (
        "According to him, he's just a businessman, but Big Mike launders money for the cartel.",
        "en",
    ),
    # nicknames are names
    ("El Güero Lozano lava dinero para el cártel.", "es"),
    ("La Chata Medina vende droga afuera de la secundaria.", "es"),
    ("El Flaco de la taquería vende droga.", "es"),
    ("Big Mike at the county yard sells the seized guns.", "en"),
    # the writer vouches: no teller
    ("Les aseguro que el comandante Treviño cobra piso.", "es"),
    ("Mi vecino declaró que el comandante Treviño cobra piso.", "es"),
    ("My buddy testified that Sheriff Pruitt takes cash from smugglers.", "en"),
    ("En el juicio de su hermano, el alcalde Ruiz sobornó al jurado.", "es"),
]


@pytest.mark.parametrize("text,lang", HELD)
def test_libel_rumour_or_unsourced_held(text: str, lang: str) -> None:
    assert rule_action(text, lang, RULE) == "hold", text


PASSING = [
    # no identifiable person
    ("Dicen que alguien en el ayuntamiento cobra.", "es"),
    ("Dicen que en esa oficina cobran mordidas.", "es"),
    ("Word is that a few cops take bribes at the checkpoint.", "en"),
    ("I heard they take bribes at the permit office.", "en"),
    # the writer doubts or refutes it
    ("Dicen que Lozano cobra mordidas, pero nadie ha mostrado nada y no lo creo.", "es"),
    ("Dicen que el regidor Lozano cobra mordidas, pero es puro chisme.", "es"),
    ("Andan diciendo que el padre Anselmo abusa de los monaguillos, y es una calumnia.", "es"),
    ("Se comenta que el tesorero Ramírez desvió fondos, pero nadie ha presentado nada.", "es"),
    ("People say Pastor Wilkes embezzled the building fund, but there's no evidence at all.", "en"),
    ("People say Judge Harlan takes bribes, which is a lie spread by his opponents.", "en"),
    ("I keep hearing Coach Vance beats his kids; I don't believe a word of it.", "en"),
    ("Rumor has it the clerk sold the voter rolls, but nobody has shown anything.", "en"),
    # a rumour of no crime
    ("I heard the mayor is retiring.", "en"),
    ("Rumor has it Principal Dunleavy is retiring in June.", "en"),
    ("Dicen que la síndica Olga Reyes se va a casar.", "es"),
    ("Se comenta que el diputado Fuentes va a cambiar de partido.", "es"),
    # another's claim answered, a rumour debunked
    (
        "Algunos dicen que el tesorero Ramírez desvió fondos, pero eso ya lo aclaró la auditoría.",
        "es",
    ),
    ("Los que dicen que el regidor Lozano roba no han visto sus cuentas.", "es"),
    ("The rumor that Judge Amherst takes bribes was debunked by the Ledger.", "en"),
    # a checkable teller
    ("El fiscal les aseguró a las familias que el comandante Treviño cobraba piso.", "es"),
    ("La fiscal declaró ante el juez que el alcalde Ruiz desvió fondos.", "es"),
    ("El procurador afirmó en conferencia que el diputado Fuentes lavaba dinero.", "es"),
    ("Un testigo declaró en el juicio que el comandante Treviño cobraba piso.", "es"),
    ("La auditoría concluyó que la tesorera Ramírez desvió fondos del DIF.", "es"),
    ("El juez determinó que el comisario Beltrán recibió sobornos.", "es"),
    ("La policía les dijo a los reporteros que el comandante Treviño cobraba piso.", "es"),
    ("Los periodistas de Proceso dicen que el diputado Fuentes compró votos.", "es"),
    ("Según el expediente, la directora Elvia Cantú vendía plazas.", "es"),
    ("The DA told the families that Commander Treviño extorted the shop owners.", "en"),
    ("At trial, the bookkeeper testified Mayor Greaves skimmed the road funds.", "en"),
    ("The inspector general found that Principal Dunleavy stole the band trip money.", "en"),
    ("The Ledger reported that Sheriff Dale Pruitt took cash from the coyotes.", "en"),
    ("Prosecutors filed the case Monday. They say Officer Kowalski beat his wife.", "en"),
    # a nickname with no act; a price, however steep
    ("El Güero Lozano ganó la carrera de caballos del domingo.", "es"),
    ("El Güero cobra intereses de 20% semanal. Eso es usura, aunque nadie lo denuncie.", "es"),
]


@pytest.mark.parametrize("text,lang", PASSING)
def test_libel_rumour_or_sourced_passes(text: str, lang: str) -> None:
    assert_rules_approve(text, lang, RULE)
