"""Named misses and over-blocks, eleventh round: a people's plural that also names its country,
contempt felt with a word of degree, "typical of X to ..." and "are X really that ...?" read as
the claims they make, "you sound like a X", a gossip called so to a reader, Spanish slurs that
are also ordinary words; and what must pass: a manner of a few counted members, a denial asked
back and answered yes, "not only", a stranger at home after an event, the animals and the
country. Our own sentences."""

import pytest

from .expect import assert_category_action

HATE_FLAGGED = [
    ("Las filipinas que cuidan niños son unas ratas.", "es"),
    ("Esas filipinas son unas ladronas.", "es"),
    ("I feel only contempt for immigrants.", "en"),
    ("We have deep disgust for Muslims.", "en"),
    ("Siento puro desprecio por los migrantes.", "es"),
    ("Tengo un profundo odio a los gitanos.", "es"),
    ("Isn't it typical for Mexicans to steal?", "en"),
    ("How typical of Muslims to be violent.", "en"),
    ("¿No es típico de los gitanos robar?", "es"),
    ("Qué típico de los mexicanos robar.", "es"),
    ("Are Muslims really that dumb?", "en"),
    ("Are immigrants all that lazy?", "en"),
    ("Are Muslims that dumb?", "en"),
    ("You sound like a Jew.", "en"),
    ("Hablas como un gitano.", "es"),
    ("That's so gay.", "en"),
    ("Las venezolanas son todas unas putas.", "es"),
    ("Ese negro es un mono.", "es"),
    ("Ese negro parece un mono.", "es"),
    ("Ese haitiano es un simio.", "es"),
    # kept: a vice on counted members, a vice said of the group
    ("those filthy Catholics", "en"),
    ("loud-mouthed Catholics ruin everything", "en"),
    ("Two filthy Catholics argued all night", "en"),
    ("We are becoming strangers in our own country.", "en"),
    ("We feel like strangers in our own town since the immigrants came.", "en"),
    ("¿Las mujeres no saben gobernar? Claro que no.", "es"),
    ("Immigrants are not fit to run businesses.", "en"),
]

MUST_PASS = [
    ("Two very loud Catholics argued about the parade all night.", "en"),
    ("A couple of very loud Pentecostals sang at the food drive.", "en"),
    ("Three noisy Mexicans were singing outside my window.", "en"),
    ("Dos católicos muy ruidosos discutieron toda la noche.", "es"),
    ("Un par de evangélicos ruidosos cantaron en la colecta.", "es"),
    ("¿Las mujeres no saben gobernar? Claro que sí.", "es"),
    ("¿Por qué los gays no deberían tener los mismos derechos? Sí deberían.", "es"),
    ("¿Los migrantes no merecen respeto? Por supuesto que sí.", "es"),
    ("Gay people have every right to be happy.", "en"),
    ("Immigrants are not only fit to clean floors, they run half the businesses here.", "en"),
    ("Women are not only capable, they are better leaders.", "en"),
    ("We felt like strangers in our own town after the plant closed.", "en"),
    ("We feel like strangers in our own city since the rents doubled.", "en"),
    ("Viajé a Filipinas y la gente es muy amable.", "es"),
    ("En las Filipinas hay más de siete mil islas.", "es"),
    ("Las filipinas que conozco son muy trabajadoras.", "es"),
    ("Sobre las enfermeras filipinas: el problema no son ellas, es el sistema.", "es"),
    ("Isn't it typical for Mexicans to celebrate with family?", "en"),
    ("Isn't it typical for politicians to lie?", "en"),
    ("Are Muslims really that dumb? No, and neither is anyone else.", "en"),
    ("You sound like a Texan.", "en"),
    ("You sound like a Jew I used to work with, very smart guy.", "en"),
    ("Hablas como un argentino, me encanta tu acento.", "es"),
    ("My neighbor feels only contempt for immigrants and I think he's wrong.", "en"),
    ("Siento puro desprecio por los racistas que atacan a los migrantes.", "es"),
    ("Siento puro desprecio por la política migratoria del gobierno.", "es"),
    ("Las zorras del bosque comen gallinas.", "es"),
    ("Vi una zorra cruzando la carretera.", "es"),
    ("El mono del zoológico se escapó.", "es"),
    ("Qué mono tu perrito.", "es"),
    ("Hay nueve casas con moño negro en la puerta.", "es"),
    ("Tengo unas putas ganas de dormir.", "es"),
    ("Mi abuela es una vieja chismosa pero la quiero.", "es"),
    ("Eres una vieja amiga de la familia.", "es"),
]

TROLL_HELD = [
    ("Eres una vieja chismosa.", "es"),
    ("@Marta eres un viejo metiche.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), HATE_FLAGGED)
def test_hate_flagged(text, lang):
    assert_category_action(text, "flag", "hate", lang)


@pytest.mark.parametrize(("text", "lang"), MUST_PASS)
def test_must_pass(text, lang):
    assert_category_action(text, "approve", "hate", lang)


@pytest.mark.parametrize(("text", "lang"), TROLL_HELD)
def test_troll_held(text, lang):
    assert_category_action(text, "hold", "troll", lang)
