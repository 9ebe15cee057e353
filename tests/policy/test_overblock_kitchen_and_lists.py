"""The kitchen as a place of work or a cuisine, a condemning word that only continues a list of
words said of a group, and peoples of the border named in English: found by probing with our own
sentences. Harmless rows must pass on the rules alone; their hateful twins must be flagged."""

import pytest

from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

PASS = [
    # a kitchen where people work, or a cuisine people gave: no one is sent there
    ("Los migrantes ayudaron en la cocina del albergue toda la semana.", "es"),
    ("Los haitianos del albergue ayudan en la cocina y con la limpieza.", "es"),
    ("Las mujeres de la cooperativa trabajan en la cocina comunitaria desde las cinco.", "es"),
    ("La comunidad mexicana ha aportado tanto a la cocina de este país.", "es"),
    ("Los libaneses le dieron a la cocina poblana los tacos árabes.", "es"),
    ("Las mujeres oaxaqueñas le dieron a la cocina mexicana el mole negro.", "es"),
    ("Migrants work in the kitchens of every restaurant downtown.", "en"),
    ("The Haitian volunteers helped in the kitchen at the shelter all week.", "en"),
    # a people named, kindly
    ("The Lebanese family grocery has the best hummus in Nogales.", "en"),
    ("Los armenios llegaron en 1915 huyendo del genocidio.", "es"),
    ("Every Mixtec family I know works harder than anyone in this town.", "en"),
    # a condemnation after the hateful words is still one
    ("Saying Mexicans are lazy is ignorant.", "en"),
    ("People who think Mexicans are lazy are ignorant.", "en"),
    ("Mexicans are lazy? That is ignorant and racist.", "en"),
    ("Saying Mexicans are lazy is racist garbage.", "en"),
    ("Mexicans are lazy, racist garbage like that gets posted here every day.", "en"),
    ("Gringos are all fat racist pigs, my uncle used to say, and he was wrong.", "en"),
]

FLAG = [
    ("Las mujeres a la cocina, que en política sobran.", "es"),
    ("Que regresen a la cocina las feministas.", "es"),
    ("Las mujeres deberían estar en la cocina y no en el congreso.", "es"),
    ("Women belong in the kitchen, not on the council.", "en"),
    ("Women should stay in the kitchen.", "en"),
    ("Women are only good in the kitchen.", "en"),
    # the last word of a list said of a group is part of what is said, not a verdict on it
    ("Mexicans are stupid and ignorant.", "en"),
    ("Haitians are dirty and ignorant.", "en"),
    ("Los mexicanos son flojos e ignorantes.", "es"),
    ("Gringos are all fat racist pigs.", "en"),
    ("Mexicans are all lazy racist pigs.", "en"),
    # peoples the group lexicon now knows
    ("Oaxacans are dirty and ignorant.", "en"),
    ("Mixtecs are lazy drunks.", "en"),
    ("Los libaneses son unos ladrones.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PASS)
def test_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang"), FLAG)
def test_flagged(text: str, lang: str) -> None:
    assert_rules_flag(text, lang, "hate")
