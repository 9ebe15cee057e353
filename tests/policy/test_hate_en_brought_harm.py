"""A people said to bring its harm along (row `bring_with.g` of `lexicons/coded.tsv`): chaos,
corruption, a gang, "the failed state" or a cartel mentality brought "with them", "here" or
"wherever they go". Near misses: the same verbs with a culture, skills, recipes or music,
cartels as the subject, counter-speech, negation, a question answered in good faith, and a
storm that brings disease. Hand-written."""

import pytest

from tests.policy.expect import rules_flagging

RULE = "hate.coded"

HITS = [
    "Salvadorans brought their gangs with them and now the kids can't walk to school.",
    "Hondurans bring chaos wherever they go.",
    "The Haitians bring the failed state with them.",
    "Somalis bring clan warfare with them, every single time.",
    "Afghans bring the same tribal mess with them.",
    "Colombians brought the narco mentality here.",
    "Mexicans bring corruption wherever they settle.",
    "Guatemalans? They bring it wherever they go.",
    "Venezuelans brought MS-13 with them.",
    "Nigerians bring their scams and their corruption with them.",
]

PASSES = [
    "Immigrants bring their culture with them, and our food scene is better for it.",
    "Refugees bring their skills and their hopes with them.",
    "Mexican cartels bring violence wherever they go.",
    "It is a lie that Haitians bring disease with them.",
    "Haitians do not bring crime with them, the county data says the opposite.",
    "The rally claimed Mexicans bring crime with them, which is a racist lie.",
    "Do Somali families bring clan politics with them? A researcher at the university says no.",
    "Syrian refugees brought their recipes with them and opened the best bakery in town.",
    "The Irish brought their music with them wherever they went.",
    "Guatemalan workers bring their families here because the jobs are here.",
    "Mexican teachers bring energy to every classroom.",
    "The new Muslim doctors brought real change to the county clinic.",
    "Every hurricane brings disease with it, and poor Honduran villages suffer most.",
    "People who say Salvadorans brought MS-13 with them forget the gang was born in Los Angeles.",
    "Chinese students bring their parents' savings here and pay full tuition.",
    "The Jewish families who fled brought nothing with them but their children.",
    "Vietnamese refugees brought almost nothing here in 1975 and built a whole neighborhood.",
    "Black churches brought the civil rights movement everywhere they went.",
    "Cuban exiles brought their politics with them, and Miami still votes that way.",
    "Stop saying Hondurans bring chaos wherever they go, it is not true.",
]


@pytest.mark.parametrize("text", HITS)
def test_harm_brought_along_is_held(text: str) -> None:
    assert RULE in rules_flagging(text, "en", ("hate",)), text


@pytest.mark.parametrize("text", PASSES)
def test_near_miss_is_not_read_as_brought_harm(text: str) -> None:
    assert RULE not in rules_flagging(text, "en", ("hate",)), text
