"""Shapes left by earlier work, each with its hard harmless neighbours (our own sentences):

- a trope reported ("someone wrote that ...") and condemned passes; a denial waved away by
  "no me digan que" / "don't tell me" asserts the trope;
- entitlement felt ("X feel entitled"), the haters of a group held right, a group kept apart
  from "normal people", in-group loyalty likened to a gang;
- Mexican crude praise ("qué chingón estuvo") and a mild swear at traffic count half toward
  excessive profanity; a praise exclamation closed by "cabrones" is a cheer.
"""

import pytest

from .expect import assert_category_action

TROPE_REPORTED = [
    ("Someone wrote that Jews control the banks. Disgusting.", "en"),
    ("Someone wrote that Jews control the banks, which is an old lie.", "en"),
    ("My uncle keeps saying Jews run the media, which is an old lie.", "en"),
    ("A guy at work says Jews own the media. Gross.", "en"),
    ("Alguien escribió que los judíos controlan los bancos. Qué asco.", "es"),
    ("Mi tío dice que los judíos manejan la prensa, una mentira de siempre.", "es"),
    ("Don't tell me Jews control the banks. That's an antisemitic myth.", "en"),
    ("Don't tell me the Holocaust never happened.", "en"),
    ("No me digan que los judíos controlan los bancos, es un mito antisemita.", "es"),
    ("No me digan que los judíos no controlan los bancos, eso es antisemitismo puro.", "es"),
    ("¿No me digan que los judíos no controlan los bancos?", "es"),
    ("Jews don't control the banks.", "en"),
    ("Los judíos no controlan los bancos.", "es"),
    ("The Times wrote that the senator took bribes from a developer.", "en"),
]

TROPE_HELD = [
    ("Jews control the banks, and everyone knows it.", "en"),
    ("No me digan que los judíos no controlan los bancos.", "es"),
    ("Y no me vengan con que los judíos no controlan los medios.", "es"),
    ("Don't tell me Jews don't control the banks.", "en"),
    ("My uncle wrote that Jews run Hollywood and I agree with him.", "en"),
]

HATE_HELD = [
    ("Immigrants feel entitled to welfare.", "en"),
    ("Immigrants feel so entitled.", "en"),
    ("Refugees always feel entitled to everything.", "en"),
    ("People who hate Mexicans are right about them.", "en"),
    ("Anyone who hates Muslims has a point.", "en"),
    ("Los racistas que odian a los mexicanos tienen razón.", "es"),
    ("Quienes desprecian a los gitanos están en lo correcto.", "es"),
    ("Gays need their own space away from normal people.", "en"),
    ("Los gays deberían vivir lejos de la gente normal.", "es"),
    ("I met some Somalis downtown. They always stick together, like a gang.", "en"),
    ("Conocí a unos hondureños. Siempre andan juntos como pandilla.", "es"),
]

HATE_PASSES = [
    ("Immigrants are entitled to welfare after five years of work.", "en"),
    ("Immigrants feel unsafe in this neighborhood.", "en"),
    ("I feel entitled to a refund after that.", "en"),
    ("People who hate Mexicans are wrong.", "en"),
    ("People who hate Mexicans are never right.", "en"),
    ("People who hate Mexicans think they are right.", "en"),
    ("People who hate Mexicans are right-wing extremists.", "en"),
    ("People who don't hate Mexicans are right about them.", "en"),
    ("Los que odian a los mexicanos no tienen razón.", "es"),
    ("Los que no odian a los mexicanos tienen razón.", "es"),
    ("Dicen que los que odian a los mexicanos tienen razón. Qué asco.", "es"),
    ("Gays need their own space away from bigots.", "en"),
    ("Gay people are normal people.", "en"),
    ("Disabled kids shouldn't be segregated from regular kids.", "en"),
    ("They told us gays should live apart from normal people. That's hateful.", "en"),
    ("Los gays merecen un espacio seguro.", "es"),
    ("The Somali families on our street stick together like a family should.", "en"),
    ("My brothers always stick together like a gang.", "en"),
    ("Conocí a unos hondureños. Siempre andan juntos, como familia.", "es"),
    ("Someone said Somalis stick together like a gang. That is a racist stereotype.", "en"),
]

PROFANITY_PASSES = [
    ("¡Qué chingón estuvo el concierto de anoche, cabrones!", "es"),
    ("¡Estuvo bien chingona la fiesta, cabrones!", "es"),
    ("El concierto quedó chingón, güeyes, a huevo.", "es"),
    ("Pinche tráfico en el puente, carajo.", "es"),
    ("Damn traffic on the bridge, hell.", "en"),
    ("Qué pinche calor, carajo.", "es"),
    ("This weather is so dumb.", "en"),
    ("This traffic is so dumb.", "en"),
]

PROFANITY_HELD = [
    ("Chinguen a su madre, cabrones.", "es"),
    ("Te crees muy chingón, cabrón.", "es"),
    ("¡Qué chingón estuvo el concierto, cabrones hijos de puta!", "es"),
    ("Pinche tráfico, carajo, qué mierda de ciudad.", "es"),
    ("Pinche gobierno, carajo.", "es"),
    ("Damn traffic, damn mayor, shit.", "en"),
]


@pytest.mark.parametrize("text,lang", TROPE_REPORTED + HATE_PASSES)
def test_hate_passes(text: str, lang: str) -> None:
    assert_category_action(text, "approve", "hate", lang)


@pytest.mark.parametrize("text,lang", TROPE_HELD + HATE_HELD)
def test_hate_held(text: str, lang: str) -> None:
    assert_category_action(text, "flag", "hate", lang)


@pytest.mark.parametrize("text,lang", PROFANITY_PASSES)
def test_profanity_passes(text: str, lang: str) -> None:
    assert_category_action(text, "approve", "profanity", lang)


@pytest.mark.parametrize("text,lang", PROFANITY_HELD)
def test_profanity_held(text: str, lang: str) -> None:
    assert_category_action(text, "flag", "profanity", lang)
