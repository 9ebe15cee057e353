"""English hate read in four more shapes, and their near misses: a group said to think laws or
rules are optional, a bank or a paper "owned by, well, you know who", a put-down after a verdict
the writer turns from ("Both are wrong. But ...", in both languages), and a stand-in or a
knowing hint tied to an office or a gang, which speaks of no people ("those people in
Congress", "the cartels ... you know who I mean"). Hand-written."""

import pytest

from tests.policy.expect import assert_category_action, by_lang, rules_flagging

HELD = by_lang(
    [
        # The law taken as optional by a group or its stand-in.
        "It's the culture. Those people raise their kids to think laws are optional.",
        "Somalis think the rules are for other people.",
        "Those folks act like laws are optional, every single one of them.",
        # A bank or a paper owned by "you know who".
        "The paper is owned by, well, you know who.",
        "Funny how the bank that took our house is owned by you know who.",
        # A put-down after a verdict on something else, turned from with "But".
        "The mayor and the council both botched the budget. Both are wrong. But I'll say "
        "this: the new chief got the job because she's a Black woman, not because she's "
        "qualified.",
    ],
    [
        "La reforma está mal hecha, eso es vergonzoso. Pero lo que más me preocupa es que los "
        "nuevos jueces son indígenas y los indígenas no saben gobernar.",
    ],
)

NEAR_MISSES = by_lang(
    [
        # Laws called optional by a policy, an office or a person, not a people.
        "Catch and release tells people the rules are optional.",
        "The council thinks the zoning rules are optional for its donors.",
        "My landlord acts like the lease rules are optional.",
        # Owned by someone named, or the hint answered.
        "The paper is owned by a hedge fund in Denver, and it shows.",
        "The bank is owned by its members, that's what a credit union is.",
        # A stand-in put in an office, a party or a workplace.
        "Those people in Congress are ruining the country.",
        "Those people at city hall are ruining this town with parking meters.",
        # A knowing hint aimed at a gang named in its sentence.
        "The cartels run the drugs and you know who I mean: the Sinaloa guys.",
        "The gangs run this block at night and you know who I mean.",
        # The verdict is on the put-down itself, before or after it.
        "Some say the new chief got the job because she's a woman. That is sexist and wrong.",
    ],
    [],
)


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_laws_optional_owned_by_or_turned_put_down_held(text: str, lang: str) -> None:
    assert_category_action(text, "hold", "hate", lang)


@pytest.mark.parametrize(("text", "lang"), NEAR_MISSES)
def test_near_miss_passes_the_rules(text: str, lang: str) -> None:
    assert rules_flagging(text, lang, ("hate",)) == [], text
