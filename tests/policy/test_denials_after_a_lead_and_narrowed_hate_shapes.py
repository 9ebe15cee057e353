"""Review mends of leftovers50's shapes, each with its neighbours (our own sentences):

- "don't tell me" / "no me digan que" waves away only the clause it introduces: a denial
  asserted in a clause of its own after it ("..., the Holocaust never happened", "..., it was
  a hoax") is read; a mocked denial's "no" must sit right before the trope's verb;
- felt entitlement is the charge only bare or to a benefit resented, not to a right;
- the haters held right, a group kept from "normal people" and loyalty likened to a gang no
  longer catch a question, another sense of "right", history told or condemned, or one's own
  family held dear;
- "tránsito" (also the traffic cop) is no nuisance counted half; a two-word praise lead
  ("se ve chingón") and a "se hace el" jab are read.
"""

import pytest

from .expect import assert_category_action

HATE_HELD = [
    # a denial asserted after the lead's clause
    ("Don't tell me the Holocaust was real, the Holocaust never happened.", "en"),
    ("Don't tell me the Holocaust happened, it was a hoax.", "en"),
    ("Don't tell me the Holocaust happened it was a hoax.", "en"),
    ("Don't pretend the Holocaust was real, it was a hoax.", "en"),
    ("No me vengan con que el holocausto fue real, el holocausto fue una farsa.", "es"),
    ("No me digan que el holocausto existió, el holocausto es un invento.", "es"),
    ("No me digan que el holocausto fue real, fue una farsa.", "es"),
    # the mocked denial, still asserting the trope
    ("Don't tell me Jews don't control the banks.", "en"),
    ("No me digan que los judíos no controlan los bancos.", "es"),
    ("Y no me vengan con que los judíos no controlan los medios.", "es"),
    ("The Holocaust was exaggerated.", "en"),
    # felt entitlement bare or to a benefit resented
    ("Immigrants feel entitled to welfare.", "en"),
    ("Those immigrants feel entitled.", "en"),
    ("Immigrants feel entitled to our money.", "en"),
    ("Muslims feel entitled to special treatment.", "en"),
    ("Immigrants feel entitled to free housing and we pay for it.", "en"),
    # the haters held right
    ("People who hate Muslims are right.", "en"),
    ("Everyone who hates Muslims is right, honestly.", "en"),
    ("Los que odian a los judíos tienen razón.", "es"),
    # kept from "normal people"
    ("Gays belong away from normal people.", "en"),
    ("Gays should be kept apart from normal people.", "en"),
    ("Los gays deben vivir lejos de la gente normal.", "es"),
    # sticking together like a gang
    ("Los hondureños siempre andan juntos como pandilla.", "es"),
]

HATE_PASSES = [
    # the denial waved away in the lead's own clause, or one more thing it waves away
    ("Don't tell me the Holocaust never happened, my grandfather survived it.", "en"),
    ("Don't tell me the Holocaust, which killed millions, never happened.", "en"),
    ("Don't tell me the Holocaust was exaggerated, or that it never happened.", "en"),
    ("Don't tell me the Holocaust was exaggerated, or a hoax.", "en"),
    ("Don't tell me the Holocaust was exaggerated.", "en"),
    ("No me digan que el holocausto fue exagerado, ni que fue un invento.", "es"),
    ("No me digan que el holocausto nunca existió, mi abuelo sobrevivió Auschwitz.", "es"),
    ("No me vengan con que el holocausto fue un invento, es historia documentada.", "es"),
    ("Don't tell me the Holocaust was real, it was a hoax, said the racist on the bus.", "en"),
    # a "no" of another phrase, a myth called ridiculous
    ("No me digan que los judíos controlan los bancos y no los masones.", "es"),
    (
        "No me digan que los judíos controlan los bancos y no los masones, ese mito es ridículo.",
        "es",
    ),
    ("No me digan que los judíos no controlan los bancos, ese mito es ridículo.", "es"),
    ("Don't tell me Jews control the banks and not the Freemasons, that myth is absurd.", "en"),
    # felt entitlement to a right
    ("Gay couples feel entitled to the same rights as everyone else, as they should.", "en"),
    ("Black voters felt entitled to equal treatment and marched for it.", "en"),
    ("Gay couples feel entitled to adopt, just like straight couples, and they are.", "en"),
    ("Women who felt entitled to vote were jailed in 1910.", "en"),
    ("Immigrants feel entitled to a fair hearing in court.", "en"),
    # a question, another sense of "right", "razón de ser"
    ("So, people who hate gay people are right? That's your argument?", "en"),
    ("Those who once hated Muslims were right to change their minds.", "en"),
    ("People who dislike Mexicans are right about nothing.", "en"),
    (
        "People who distrust immigrants are right to worry about wages, but wrong to blame "
        "immigrants.",
        "en",
    ),
    ("Y los que odian a los migrantes tienen su razón de ser: el miedo, no los datos.", "es"),
    ("¿Entonces los que odian a los gays tienen razón? Qué tontería.", "es"),
    # history told, or condemned
    ("Gay people were kept apart from normal society for decades, and that was cruel.", "en"),
    (
        "In the 1950s, disabled children were separated from normal children in special schools.",
        "en",
    ),
    ("Jews were segregated from ordinary citizens in the ghettos of Europe.", "en"),
    ("A los gitanos los tenían apartados de la gente decente, una injusticia.", "es"),
    # one's own family and friends held dear
    ("Mis primos mexicanos siempre andan juntos como pandilla, los quiero mucho.", "es"),
    ("Mis hijos siempre andan juntos como pandilla, qué bonito.", "es"),
    ("Nuestros amigos hondureños siempre andan juntos como pandilla.", "es"),
]

PROFANITY_PASSES = [
    ("Pinche tráfico en el puente, carajo.", "es"),
    ("Se ve chingón el carro nuevo, carajo.", "es"),
    ("¡Qué chingón estuvo el concierto, cabrones!", "es"),
]

PROFANITY_HELD = [
    ("Pinche tránsito, me multó otra vez el cabrón.", "es"),
    ("Te crees muy chingón, cabrón.", "es"),
    ("Se hace el muy chingón, el cabrón.", "es"),
]


@pytest.mark.parametrize("text,lang", HATE_HELD)
def test_hate_held(text: str, lang: str) -> None:
    assert_category_action(text, "flag", "hate", lang)


@pytest.mark.parametrize("text,lang", HATE_PASSES)
def test_hate_passes(text: str, lang: str) -> None:
    assert_category_action(text, "approve", "hate", lang)


@pytest.mark.parametrize("text,lang", PROFANITY_PASSES)
def test_profanity_passes(text: str, lang: str) -> None:
    assert_category_action(text, "approve", "profanity", lang)


@pytest.mark.parametrize("text,lang", PROFANITY_HELD)
def test_profanity_held(text: str, lang: str) -> None:
    assert_category_action(text, "flag", "profanity", lang)
