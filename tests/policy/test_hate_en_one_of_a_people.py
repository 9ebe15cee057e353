"""English: a nationality adjective after "a", "an" or "another" is a noun for one person of
that people ("I won't hire a Haitian", "never trust a Somali"), so the rules that need a named
group read it. Colours ("a black truck") and words already listed as nouns ("a Muslim") are
left as they were. The near misses: the same words for restaurants, doctors, spouses, cars,
neighbours and a report with its source. Our own sentences."""

import pytest

from tests.policy.expect import assert_category_action, rules_flagging

HITS = [
    "I won't hire a Haitian, I learned my lesson.",
    "I wouldn't rent to a Somali if they paid double.",
    "Never trust a Venezuelan with your wallet.",
    "You can't trust a Guatemalan with money.",
]

NEAR_MISSES = [
    "A Haitian restaurant opened on Main and the line is around the block.",
    "I married a Honduran and her family adopted me on day one.",
    "A Venezuelan doctor at the county hospital saved my dad's life.",
    "We hired a Cuban mechanic last spring and he's the best we've had.",
    "An Indian restaurant in Del Rio? Finally.",
    "A Chinese company bought the ranch next to the base and the county should ask why.",
    "A Somali family moved in next door and brought us sambusa the first night.",
    "I would never hire a contractor who won't give a written estimate, Haitian or Texan.",
    "An Afghan interpreter who served with my unit is still waiting for his visa.",
    "A Japanese car with 300k miles still runs better than my truck.",
    "Never trust a politician who promises lower water bills, Mexican or American.",
    "They arrested a Colombian for the bank fraud, according to the indictment.",
    "There's a Pakistani family that runs the gas station and they sponsor the Little League.",
    "A Syrian refugee opened the bakery and now I'm ten pounds heavier.",
    "I had a Dominican roommate in college who taught me to dance bachata.",
    "A black truck has been parked outside the clinic all week.",
]


@pytest.mark.parametrize("text", HITS)
def test_one_of_a_people_flagged(text: str) -> None:
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_one_of_a_people_near_misses(text: str) -> None:
    # the rules alone: the blog model holds two of these on its own (p 0.82 and 0.86)
    assert rules_flagging(text, "en", ("hate",)) == []
