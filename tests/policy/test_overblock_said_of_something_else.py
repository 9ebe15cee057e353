"""Words of the hate lexicons in their everyday sense beside a group: a threat "to no one",
plenty a group has ("les sobran ganas"), a smell or tear gas noticed, a church kitchen taken
over by grandmothers. Found by probing with our own sentences; each with hateful twins that
must still be flagged."""

import pytest

from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

PASS = [
    ("Asylum seekers are a threat to no one.", "en"),
    ("A los migrantes les sobran ganas de trabajar.", "es"),
    ("Haitians at the port could smell the tear gas from the other side.", "en"),
    ("Mexican grandmothers took over the church kitchen and nobody complained.", "en"),
    ("Los migrantes no son una amenaza para nadie.", "es"),
]

FLAG = [
    ("Asylum seekers are a threat to our kids.", "en"),
    ("Los migrantes son una amenaza para todos.", "es"),
    ("Los migrantes sobran en este país.", "es"),
    ("Aquí los haitianos sobran.", "es"),
    ("Mexicans smell.", "en"),
    ("Mexicans smell like onions.", "en"),
    ("Haitians took over the church and ruined it.", "en"),
    ("Those people took over the park.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PASS)
def test_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang"), FLAG)
def test_flagged(text: str, lang: str) -> None:
    assert_rules_flag(text, lang, "hate")


# Found in the same probe: a drain "on nothing", people "worked like animals" by others, a
# group that only wants what everyone wants
PASS_MORE = [
    ("Asylum seekers are a drain on nothing, the county got federal money for the shelter.", "en"),
    ("Women in the maquilas are worked like animals for 12 dollars a day.", "en"),
    ("Gay couples only want what everyone else wants: to be left alone.", "en"),
    ("Migrants don't come for handouts, they come to work.", "en"),
    ("Migrants never came for welfare.", "en"),
]
FLAG_MORE = [
    ("Asylum seekers are a drain on everything.", "en"),
    ("Immigrants only want what's yours.", "en"),
    ("Migrants only want what they can steal.", "en"),
    ("Migrants come for handouts.", "en"),
    ("Gay couples only want to recruit kids.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PASS_MORE)
def test_passes_more(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang"), FLAG_MORE)
def test_flagged_more(text: str, lang: str) -> None:
    assert_rules_flag(text, lang, "hate")


# All the same "to" someone, overrun "with" something, "ruined their backs": what others see
# in them or what they suffer
PASS_SUFFERED = [
    ("Mexican families ruined their backs in those fields for forty years.", "en"),
    ("Migrants are all the same to the cartels: a price tag.", "en"),
    ("Jewish families were all the same to the Nazis, that's the point of the museum.", "en"),
    ("Immigrant workers are overrun with paperwork at the consulate.", "en"),
]
FLAG_SUFFERED = [
    ("Migrants are all the same.", "en"),
    ("Mexicans ruined our town.", "en"),
    ("Migrants are overrunning the border towns.", "en"),
    ("Los migrantes son todos iguales.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PASS_SUFFERED)
def test_passes_suffered(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang"), FLAG_SUFFERED)
def test_flagged_suffered(text: str, lang: str) -> None:
    assert_rules_flag(text, lang, "hate")


# Spanish phrases of the lexicon that belong to a thing or an idiom: youth teams ("fuerzas
# inferiores"), second-hand goods ("ropa de segunda"), plenty of talent, stealing the show,
# worth nothing "to the government"
PASS_ES_IDIOMS = [
    "Los jugadores mexicanos de las fuerzas inferiores ganaron el torneo.",
    "Los haitianos venden ropa de segunda en el tianguis y les va bien.",
    "Los chinos de la Chinesca sobran en talento, la mejor comida del valle.",
    "Los indígenas no valen nada para el gobierno, por eso nadie los escucha.",
]
FLAG_ES_IDIOMS = [
    "Los indígenas no valen nada.",
    "Los haitianos son de segunda.",
    "Los migrantes sobran en este país.",
    "Los migrantes vienen a robar nuestros trabajos.",
    "Los mexicanos son inferiores.",
]


@pytest.mark.parametrize("text", PASS_ES_IDIOMS)
def test_passes_es_idioms(text: str) -> None:
    assert_rules_pass_all(text, "es")


@pytest.mark.parametrize("text", FLAG_ES_IDIOMS)
def test_flagged_es_idioms(text: str) -> None:
    assert_rules_flag(text, "es", "hate")
