"""A people's culture named as "the problem" (row `not_in_culture.g` of `lexicons/coded.tsv`):
"the problem with X is the culture", "the problem with X isn't the border, it's the culture",
"no problem with X, I have a problem with the culture", "X isn't the problem, the culture is".
Near misses: the culture of an institution (a police department, a tipping custom, a school's
secrecy), culture praised or described, culture denied as the cause, counter-speech and a
question answered in good faith. Hand-written."""

import pytest

from tests.policy.expect import rules_flagging

RULE = "hate.coded"

HITS = [
    "The problem with Mexicans isn't the border, it's the culture.",
    "Honestly the real problem with Central Americans is cultural.",
    "I have no problem with Black people, I have a problem with the culture.",
    "The problem with Black folks is the culture, everyone knows it.",
    "The problem with Haitians is their culture. Same thing every time.",
    "The trouble with Somali families here is cultural, plain and simple.",
    "The problem with Gypsies around here is their culture and everyone knows it.",
    "The cartel isn't the problem here, the culture is. Every Mexican family has a cousin in it.",
    "The issue with Muslim men isn't religion, it's the culture.",
    "I got no problem with Arabs, my problem is with their culture.",
]

PASSES = [
    "The problem with the police department is the culture, Black officers told the council.",
    "The problem with Mexican restaurants in this town is the culture of cash tips.",
    "My problem with Catholic schools is their culture of secrecy about abuse.",
    "The problem with Muslims being profiled is the culture at the TSA.",
    "It's not poverty, it's the culture of the police department that kills Black men.",
    "The real problem with Mexican food is cultural appropriation by the chains.",
    "People say the problem with Black neighborhoods is the culture. That is a racist lie.",
    "Is the problem with Native schools cultural? No, it is funding.",
    "I have no problem with Muslims, I have a problem with the culture of fear around them.",
    "The difference between Korean and Japanese food is cultural.",
    "Japanese people take their shoes off indoors, it's cultural.",
    "Mexican families throw big quinceaneras, it's their culture and it is beautiful.",
    "The problem with Jewish summer camps is the price, not the culture.",
    "There is no problem with Haitian culture, the problem is the landlords.",
    "The council's problem with the Hmong festival was parking, not culture.",
    "Arguing that the problem with Black families is the culture ignores redlining completely.",
    "The problem with immigrants is not the culture, it is that the asylum system is broken.",
]


@pytest.mark.parametrize("text", HITS)
def test_culture_blamed_as_the_problem_is_held(text: str) -> None:
    assert RULE in rules_flagging(text, "en", ("hate",)), text


@pytest.mark.parametrize("text", PASSES)
def test_near_miss_is_not_read_as_culture_blamed(text: str) -> None:
    assert RULE not in rules_flagging(text, "en", ("hate",)), text
