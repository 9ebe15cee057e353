"""English attributes the lexicon lacked, said of a group with a copula (`hate.derogation`):
a people called a mongrel or degenerate race, two-faced, devious, cowardly, unassimilable or
submissive. The near misses use the same words of a dog, a politician, a cartel or a sport, and
deny, quote or condemn the line."""

import pytest

from tests.policy.expect import assert_rules_approve, rule_action

RULE = "hate.derogation"

HITS = [
    "Mexicans are a mongrel race, always have been.",
    "Haitians are a degenerate race.",
    "Asian women are submissive.",
    "Muslims are two-faced.",
    "Haitians are devious.",
    "Somalis are unassimilable.",
    "Arabs are cowardly.",
]

PASSES = [
    "Mexicans are a proud mixed race, and so are most of us on the border.",
    "Ranchers are a dying breed out here.",
    "My dog is a mongrel and I love him.",
    "Asian women are not submissive, that's a stereotype.",
    "The idea that Asian women are submissive is a fetish, not a fact.",
    "Calling Muslims two-faced is bigotry.",
    "The politician was two-faced about the wall.",
    "The lizards in the desert are out in the heat.",
    "Lizards and snakes cross the border freely, no papers needed lol.",
    "Somalis are not unassimilable; look at Minneapolis.",
    "The cartel was cowardly to attack a family.",
    "Our Chihuahua is submissive around bigger dogs.",
]


@pytest.mark.parametrize("text", HITS)
def test_attribute_words_flagged(text):
    assert rule_action(text, "en", RULE) == "reject"


@pytest.mark.parametrize("text", PASSES)
def test_attribute_words_near_misses_pass(text):
    assert_rules_approve(text, "en", RULE)
