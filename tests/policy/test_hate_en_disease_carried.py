"""A people said to carry, bring, spread or give "us" a disease (row `disease` of
`lexicons/coded.tsv`): AIDS, covid, cholera, measles, "the virus", "one plague already", or the
group called "carriers". Near misses: health workers, doctors and scientists of the same
groups doing their work, carriers of a gene or a trait, a mosquito as the carrier, counter-
speech, a negation, a question answered in good faith and "spread the word". A claim someone
else "insisted" on is reported, not said (`frames.tsv`). Hand-written."""

import pytest

from tests.policy.expect import rules_flagging

RULE = "hate.coded"

HITS = [
    "Haitians bring AIDS. They always have.",
    "Gay men spread AIDS on purpose.",
    "Those Asian nail salon people spread the virus.",
    "The Chinese gave us covid and now they want our farmland.",
    "These people are carriers, plain and simple.",
    "Somalis carry cholera across the border.",
    "Hondurans are disease carriers, every last one.",
    "Venezuelans bring measles and scabies into our schools.",
    "Haitians spread TB wherever they settle.",
    "Those people gave us one plague already.",
]

PASSES = [
    "Haitian nurses bring vaccines to the villages every spring.",
    "Gay men spread awareness about HIV testing at the clinic on Fifth.",
    "Black Americans are carriers of the sickle cell trait more often, the doctor explained.",
    "Mexican doctors treat cholera for free at the border clinic.",
    "Chinese scientists gave us the first covid genome in January 2020.",
    "Mosquitoes carry the virus and Haitian kids are the ones who get sick.",
    "UN peacekeepers brought cholera to Haiti, not Haitians.",
    "It is a racist lie that Haitians bring AIDS.",
    "Haitians do not bring disease, the county health office checked.",
    "The Chinese government hid covid for weeks, and that is about a regime, not a people.",
    "Gay men were the first to fight AIDS when the government would not.",
    "Immigrant families bring their kids for measles shots at the county clinic.",
    "Somali volunteers carry water and medicine to the flood victims.",
    "Jewish doctors brought the polio vaccine to the world.",
    "Did Haitians bring cholera to the Dominican Republic? The WHO says it came with the UN.",
    "Asian Americans were blamed for covid and beaten on the street.",
    "Women are carriers of the gene, so their sons have the higher risk.",
    "The claim that gay men spread AIDS on purpose is homophobic garbage.",
    "Mexican families spread the word about the free clinic.",
    "Latino health workers brought covid testing to every colonia.",
    "A guy at the bar insisted gay men spread AIDS on purpose. I paid my tab and left.",
]


@pytest.mark.parametrize("text", HITS)
def test_disease_laid_on_a_people_is_held(text: str) -> None:
    assert RULE in rules_flagging(text, "en", ("hate",)), text


@pytest.mark.parametrize("text", PASSES)
def test_near_miss_is_not_read_as_disease_slur(text: str) -> None:
    assert RULE not in rules_flagging(text, "en", ("hate",)), text
