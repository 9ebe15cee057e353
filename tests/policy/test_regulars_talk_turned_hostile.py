"""The regulars' harmless shapes (test_overblocks_regulars_talk.py) said with a denial, a harm,
a sarcasm or an insult that turns them back into hate or an attack: a people "the reason
nothing is good" or "the reason the jails are full", a clannish loyalty the writer "will never
admire" or admires "when they rob", a greeting's "cabrones" told to leave the country, a benefit
someone is "entitled to" beside "leeches" or "we pay for it". Each with the harmless neighbour
the exception was made for, English and Spanish. Hand-written rows."""

import pytest

from tests.policy.expect import assert_category_action

# (text, lang, category, expected)
ROWS = [
    # 1. a good denied or a harm after "the reason": the charge stands
    ("Immigrants are the reason nothing is good in this town anymore.", "en", "hate", "reject"),
    ("Immigrants are the reason nothing here is good anymore.", "en", "hate", "reject"),
    ("Muslims are the reason no neighborhood is great anymore.", "en", "hate", "reject"),
    ("Jews are the reason the media is so good at lying to you.", "en", "hate", "reject"),
    ("Jews are the reason the banks are so good at cheating us.", "en", "hate", "reject"),
    (
        "Immigrants are the reason the jails have the best occupancy in the state, lol.",
        "en",
        "hate",
        "reject",
    ),
    ("Somalis are the reason the prisons are full.", "en", "hate", "reject"),
    (
        "Los migrantes son la razón por la que ya nada es bueno en este país.",
        "es",
        "hate",
        "flag",
    ),
    (
        "Los migrantes son la razón por la que ya nada está bien en el barrio.",
        "es",
        "hate",
        "flag",
    ),
    ("Los haitianos son la razón por la que ningún barrio está bien.", "es", "hate", "flag"),
    (
        "Los judíos son la razón por la que los bancos son tan buenos robando.",
        "es",
        "hate",
        "flag",
    ),
    # ... the good credited to them still passes, a denial far before it too
    ("Mexicans are the reason our choir got so good.", "en", "hate", "approve"),
    ("Immigrants are the reason this town has the best food.", "en", "hate", "approve"),
    ("Immigrants are the reason the farms are still running.", "en", "hate", "approve"),
    (
        "Immigrants are the reason no one goes hungry and our parish is thriving.",
        "en",
        "hate",
        "approve",
    ),
    ("Los migrantes son la razón por la que el coro suena tan bien.", "es", "hate", "approve"),
    ("Los migrantes son la razón por la que la comida es tan rica aquí.", "es", "hate", "approve"),
    # 2. a clannish loyalty: admiration denied, a wrong covered, or asked back keeps the charge
    (
        "Jews, they always stick together no matter what, and I will never admire that.",
        "en",
        "hate",
        "flag",
    ),
    (
        "Those people always stick together no matter what, and I don't respect that one bit.",
        "en",
        "hate",
        "flag",
    ),
    (
        "Los gitanos siempre se cubren entre ellos cuando roban, que bonito, ¿no?",
        "es",
        "hate",
        "flag",
    ),
    (
        "Los gitanos siempre se cubren entre ellos cuando roban, y eso lo admiro.",
        "es",
        "hate",
        "flag",
    ),
    ("Los judíos siempre se ayudan entre ellos, qué bonito, ¿no?", "es", "hate", "flag"),
    (
        "Los mexicanos siempre se ayudan entre ellos, y eso nunca lo voy a admirar.",
        "es",
        "hate",
        "flag",
    ),
    (
        "Los judíos siempre se tapan entre ellos, ojalá todos se fueran de aquí.",
        "es",
        "hate",
        "flag",
    ),
    ("Los mexicanos siempre se ayudan entre ellos, ojalá todos se fueran.", "es", "hate", "flag"),
    # ... the loyalty admired still passes
    (
        "Haitians always stick together no matter what, and I admire that.",
        "en",
        "hate",
        "approve",
    ),
    (
        "Haitians always stick together no matter what, wish we were more like that.",
        "en",
        "hate",
        "approve",
    ),
    ("Los mexicanos siempre se ayudan entre ellos, y eso lo admiro.", "es", "hate", "approve"),
    ("Los mexicanos siempre se ayudan entre ellos, qué bonito.", "es", "hate", "approve"),
    (
        "Los mexicanos siempre se ayudan entre ellos, ojalá todos fuéramos así.",
        "es",
        "hate",
        "approve",
    ),
    # 3. a greeting's "cabrones" told to leave: an attack
    ("Qué onda, cabrones, a ver cuándo se largan de mi país.", "es", "troll", "flag"),
    ("Qué onda, cabrones, ya váyanse a su país.", "es", "troll", "flag"),
    ("Qué onda, cabrones, fuera de aquí.", "es", "troll", "flag"),
    # ... a friend hailed still passes, a "no dejes de" invitation too
    ("Qué buena onda, cabrón.", "es", "troll", "approve"),
    ("Qué onda, cabrón, ¿vienes al partido?", "es", "troll", "approve"),
    ("Qué onda, cabrón, no dejes de venir el sábado.", "es", "troll", "approve"),
    ("Qué onda, cabrones, a ver cuándo nos juntamos.", "es", "troll", "approve"),
    # 4. "entitled to" a benefit beside an insult or a burden resented: the charge
    (
        "Mexicans are entitled to welfare and we pay for it, disgusting leeches.",
        "en",
        "hate",
        "reject",
    ),
    (
        "Refugees are entitled to welfare for eight months, and that's eight months too long "
        "for these leeches.",
        "en",
        "hate",
        "reject",
    ),
    ("Refugees are entitled to welfare, these leeches.", "en", "hate", "reject"),
    ("Refugees are entitled to welfare, the freeloaders.", "en", "hate", "reject"),
    # a burden resented is a complaint of the policy, no charge (overblocks51)
    ("Refugees are entitled to welfare and we pay for it.", "en", "hate", "approve"),
    # ... the law's word still passes, a scorn said of someone else too
    ("Refugees are entitled to welfare for eight months.", "en", "hate", "approve"),
    ("Asylum seekers are entitled to a lawyer at the hearing.", "en", "hate", "approve"),
    (
        "Refugees are entitled to welfare for eight months, and the caseworkers are lazy.",
        "en",
        "hate",
        "approve",
    ),
    ("Veterans are entitled to care, and we pay for it gladly.", "en", "hate", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), ROWS)
def test_regulars_talk_turned_hostile(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
