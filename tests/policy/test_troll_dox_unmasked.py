"""A reader unmasked or watched, with no act named: their job or face told back ("I know you're
Danny Pham from the print shop on Main"), their number read out, their real name and employer
or IP found, their photo passed to "friends", their spouse seen, where they go ("ya sé por
dónde andas 😉"), what time they lock up. The harmless neighbours must pass: "I know you're a
nurse", "ya sé que eres de Monterrey", a hotline's number, the writer's own number, a deed's
real name, an address that is public record, a neighbour offering a ride or a hand. Rules
alone; hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_rules_pass_all, rule_action

LOCATED = [
    (
        "Hey mod, I know you're Danny Pham from the print shop on Main. Delete my comment again.",
        "en",
    ),
    ("Whoever keeps posting this, I know you're that ESL teacher. Think about it.", "en"),
    ("Ya sé que eres la maestra de la secundaria 14, Paty", "es"),
    ("@Lety_RGV tu número es el 956-555-0177, ¿verdad? Al rato te llamo.", "es"),
    ("Took me five minutes to find @TruthSeeker's real name and employer. Keep talking.", "en"),
    ("Tengo tu IP, no te hagas el chistoso.", "es"),
    ("Nomás para que sepas, ya les pasé tu foto y tu nombre a unos amigos de tu colonia.", "es"),
    ("@lachilanga82 bonito perfil, vi tus fotos del gimnasio. Ya sé por dónde andas 😉", "es"),
    (
        "Bet your wife would love what you post at 2am. Saw her at the Mercado on Dyer yesterday.",
        "en",
    ),
    (
        "@JoeyV keep talking. I've seen your silver F-150 at the Whataburger on Zaragoza.",
        "en",
    ),
    ("I know you're that nurse. I know what time you clock out. Just saying.", "en"),
]

PASSES = [
    ("I know you're a nurse, thank you for everything you did during covid.", "en"),
    ("I know you're right about the bridge, but the county won't listen.", "en"),
    ("I know you're from the old neighborhood, you remember the flood.", "en"),
    ("Ya sé que eres nuevo aquí, bienvenido al blog.", "es"),
    ("Ya sé que eres de Monterrey, allá el calor es peor.", "es"),
    ("I've seen your comments on every article this month.", "en"),
    ("Your number is 3 on the waiting list, call the office.", "en"),
    ("Call the city hotline, their number is 915-555-0100.", "en"),
    ("Mi número es el 656-555-0199, llámenme si quieren ayudar con la colecta.", "es"),
    ("La clínica de la calle Oregon está en el 1500 y su teléfono es 915-555-0100.", "es"),
    ("Your address is public record if you own the house, that is how appraisals work.", "en"),
    ("I live 2 streets from you, want a ride to the council meeting?", "en"),
    ("Ya le pasé tu número a mi tía para lo del pastel.", "es"),
    ("I know what time you lock up, Marta, I'll be there at 8 to help carry the chairs.", "en"),
    ("Your wife's bakery is great, saw her at the farmers market on Saturday.", "en"),
    ("We found his real name was on the original deed, the county had it wrong.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), LOCATED)
def test_reader_unmasked_is_flagged(text: str, lang: str) -> None:
    assert rule_action(text, lang, "troll.veiled_threat_person") in ("hold", "reject")


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_reader_known_harmlessly_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)
