"""Harmless comments the rules used to hold or reject, second round, with the violating near
misses that must still be caught: a claim the sentence itself calls a trope or a lie, a quote
from someone else's post, a cost a group will bear, the writer's own family named at work.
Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A claim the same sentence calls a trope, a myth or a lie is named to reject it.
    ("Saying Jews run the banks is the oldest antisemitic lie there is.", "en", "hate", "approve"),
    ("Decir que los judíos manejan la prensa es un mito viejo y dañino.", "es", "hate", "approve"),
    (
        "Que los judíos controlan los medios, y eso es una mentira, lo repite mi vecino; "
        "Lupita tiene razón en callarlo.",
        "es",
        "hate",
        "approve",
    ),
    ("Jews run the banks, and that is no myth.", "en", "hate", "flag"),
    ("Los judíos controlan los bancos y eso no es ningún mito.", "es", "hate", "flag"),
    ("Immigrants are criminals and that is a fact, not a stereotype.", "en", "hate", "flag"),
    # A quote from someone else's post or comment is held up, not said; one's own is not.
    (
        "That post yesterday about 'Jewish groups' pushing open borders was ugly.",
        "en",
        "hate",
        "approve",
    ),
    ("My comment about 'Jewish groups' pushing open borders stands.", "en", "hate", "flag"),
    # A group bearing a cost is not a group threatened with retribution.
    ("Con el arancel los gringos lo van a pagar en la tienda, no México.", "es", "hate", "approve"),
    ("Mexicans will pay more at the checkout if this tariff passes.", "en", "hate", "approve"),
    ("Los gringos lo van a pagar muy caro, ya verán.", "es", "hate", "flag"),
    ("Mexicans will pay for this, mark my words.", "en", "hate", "flag"),
    # The writer's own relative named with a workplace is family news, not unmasking.
    ("Mi prima se llama Cuca y trabaja en el hospital de Matamoros.", "es", "troll", "approve"),
    ("My sister is actually named Dolores and works in Laredo.", "en", "troll", "approve"),
    ("El autor en realidad se llama Beto Garza y trabaja en la clínica.", "es", "troll", "reject"),
    ("His real name is Dan Pruitt and he works at the feed store.", "en", "troll", "reject"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_second(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)


CASES_HOLDS = [
    # A swear word alone in quotes is named, not used; used twice it still counts.
    (
        "Somebody flagged me for writing 'hell' once. The levy is a damn mess.",
        "en",
        "profanity",
        "approve",
    ),
    (
        "Mi tía dice 'chingado' por todo, no es para tanto. Qué pinche calor.",
        "es",
        "profanity",
        "approve",
    ),
    ("This damn levy is a damn mess and a hell of a scam.", "en", "profanity", "flag"),
    ("Pinche alcalde y su pinche chingadera de presupuesto.", "es", "profanity", "flag"),
    # A theory named to condemn it; asserted, still held.
    (
        "The 'great replacement' is a conspiracy theory that got people killed.",
        "en",
        "hate",
        "approve",
    ),
    (
        "Eso suena al discurso del gran reemplazo que usan los supremacistas.",
        "es",
        "hate",
        "approve",
    ),
    ("The great replacement is happening in every border town.", "en", "hate", "flag"),
    ("El gran reemplazo ya se nota en las escuelas.", "es", "hate", "flag"),
    # A jeer reported in quotes is someone else's; said to someone, still flame bait.
    (
        "A man at the bus stop yelled 'go back to your country' at my neighbor.",
        "en",
        "troll",
        "approve",
    ),
    ("En la tienda le gritaron 'regrésate a tu país' a mi compadre.", "es", "troll", "approve"),
    ("Go back to your country, nobody asked you.", "en", "troll", "flag"),
    ("Regrésate a tu país y deja de opinar.", "es", "troll", "flag"),
    # A claim with its source given in the same or the next sentence.
    (
        "Several border judges took cartel money, and that's documented by reporters.",
        "en",
        "libel",
        "approve",
    ),
    (
        "El comandante Ríos cobraba cuota en los retenes. Lo documentaron dos periodistas.",
        "es",
        "libel",
        "approve",
    ),
    ("Commander Ruiz took cartel money at the checkpoints.", "en", "libel", "flag"),
    ("El comandante Ríos cobraba cuota en los retenes.", "es", "libel", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES_HOLDS)
def test_overblock_second_holds(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
