"""Three shapes of hate the coded rows now read (our own sentences).

- A people to shun as buyers or sellers: "never buy from X", "boycott X-owned shops"
  (`shun_people`, `shun_people_es`). A state's goods, a cuisine ("Mexican restaurants") and a
  company are not a people.
- Replacement told in the passive: "whites are being replaced" (`replaced_passive`); being
  replaced by robots or automation is not it.
- A crime made a people's trade: "X run every scam in town", "los X controlan el narcomenudeo"
  (`crime_trade`, `crime_trade_es`); a cartel or gang is no people, and a trade that is no crime
  ("run the best bakeries") is praise.

Each comes with twins that must pass: counter-speech, reports, negation, the same verbs about
companies, cartels or cuisines.
"""

import pytest

from moderation.policy import Submission, screen


def _rules(text: str, lang: str) -> set[str]:
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    return {f.rule for f in verdict.findings if f.action != "approve"}


HELD = [
    ("Never buy from Mexicans.", "en"),
    ("Don't buy from Jews, they cheat.", "en"),
    ("Avoid the Arab-owned shops on Main.", "en"),
    ("Stop shopping at Chinese-owned stores.", "en"),
    ("Pakistanis run every gas station scam in town, never buy from Pakistanis.", "en"),
    ("No le compren nada a los chinos.", "es"),
    ("No compren en los negocios de los judíos.", "es"),
    ("Boicot a las tiendas de los musulmanes.", "es"),
    ("Whites are being replaced and the people doing it know exactly what they're doing.", "en"),
    ("White people are being slowly replaced in their own towns.", "en"),
    ("Our people are being bred out, wake up.", "en"),
    ("Mexicans are behind every scam in this town.", "en"),
    ("Nigerians run all the online scams.", "en"),
    ("Hondurans run the drug trade here.", "en"),
    ("Albanians run the rackets in this city.", "en"),
    ("Los venezolanos controlan el narcomenudeo en la colonia.", "es"),
    ("Los chinos manejan todas las estafas por teléfono.", "es"),
]

PASSES = [
    ("Never buy from Mexican restaurants that use canned beans.", "en"),
    ("Avoid the Chinese buffet, it gave me food poisoning.", "en"),
    ("Boycott Israeli products until the war ends.", "en"),
    ("Buy from the Mexican-owned bakeries on 5th, best conchas in town.", "en"),
    ('Some guy at the rally yelled "never buy from Mexicans", which is vile.', "en"),
    ("My grandfather remembered the signs saying don't buy from Jews. Never again.", "en"),
    ("Never buy from Amazon.", "en"),
    ("Support Black-owned businesses this weekend.", "en"),
    ("No compren en Walmart, explotan a sus trabajadores.", "es"),
    ("No compren productos chinos, son de mala calidad.", "es"),
    ('Mi abuelo decía "no le compres a los judíos" y yo le dije que eso es antisemitismo.', "es"),
    ("Compren en los negocios de los migrantes, ellos sostienen el barrio.", "es"),
    (
        "The Great Replacement says whites are being replaced, a racist conspiracy theory.",
        "en",
    ),
    ("We are being replaced by robots at the plant.", "en"),
    ("White people are being replaced by automation like everyone else.", "en"),
    ("Whites are not being replaced; birth rates just fell everywhere.", "en"),
    ("Mexicans run the best taquerias in town.", "en"),
    ("Koreans run most of the dry cleaners on 5th.", "en"),
    ("The cartels run the drug trade here.", "en"),
    ("It's a myth that Nigerians run all the online scams.", "en"),
    ("Not all Albanians run the rackets, my neighbor is a dentist.", "en"),
    (
        "People keep saying Mexicans are behind every break-in; police data says otherwise.",
        "en",
    ),
    ("Los del cártel controlan el narcomenudeo en la colonia.", "es"),
    ("No es cierto que los venezolanos controlan el narcomenudeo, eso lo dice la tele.", "es"),
    ("Los coreanos manejan casi todas las tintorerías del centro.", "es"),
]


@pytest.mark.parametrize("text,lang", HELD)
def test_held_as_coded_hate(text: str, lang: str) -> None:
    assert "hate.coded" in _rules(text, lang)


@pytest.mark.parametrize("text,lang", PASSES)
def test_twin_passes(text: str, lang: str) -> None:
    assert _rules(text, lang) == set()
