"""A group barred from a role or an office (row `barred.g` of `lexicons/coded.tsv`), in the
forms the row missed: "X had no business in the Senate", "X shouldn't be border agents, cops,
judges or teachers", "X should not be certified to teach", "X teachers shouldn't be anywhere
near kids", "X couples shouldn't be adopting". Near misses: what a group should not suffer
(paid less, profiled, purged, bullied, caged), what it should not have to do, a fear, a report
of the claim refuted, a condition ("without being elected", "without protection") and a
question answered in good faith. Hand-written."""

import pytest

from tests.policy.expect import rules_flagging

RULE = "hate.coded"

HITS = [
    "Women had no business in the Senate then and have no business there now.",
    "Women shouldn't be border agents, they can't handle it.",
    "Trans people should not be certified to teach children.",
    "Gay couples shouldn't be adopting, kids need a normal home.",
    "Transgender teachers shouldn't be anywhere near kids.",
    "Muslims should not be in government, period.",
    "Women judges shouldn't be judging men.",
    "Gay men should never be coaches.",
    "Jews should not be in congress.",
    "Lesbians shouldn't be teachers.",
    "Gays should not be anywhere near children.",
    "Women shouldn't be firefighters.",
    "Mexicans should not be cops in this county.",
    "Muslims should never be pilots.",
    "Gay couples should not be allowed to adopt.",
]

PASSES = [
    "Women shouldn't be paid less than men for the same work.",
    "Muslims shouldn't be profiled at airports.",
    "Gay couples shouldn't be denied the right to adopt.",
    "Immigrant kids shouldn't be in cages.",
    "Refugees shouldn't be in detention for years.",
    "Women shouldn't have to choose between a career and a family.",
    "Black voters shouldn't be purged from the rolls.",
    "Trans kids shouldn't be bullied at school.",
    "Women should not be afraid to run for office.",
    "Nobody says women shouldn't be cops anymore.",
    "People who say gays shouldn't be teachers are bigots.",
    "My grandmother said women shouldn't be in the Senate, and she was wrong.",
    "Muslim teachers shouldn't be singled out for wearing a scarf.",
    "Women judges should not be harassed by defendants.",
    "Gay coaches shouldn't have to hide who they are.",
    "Jewish students shouldn't be in the classroom for fear of harassment, the rabbi said.",
    "Mexican families should not be in government housing for ten years waiting for a hearing.",
    "Women should not be in the senate without being elected, same as men.",
    "Immigrant workers shouldn't be anywhere near pesticides without protection.",
    "Should women be border agents? The ones I met at Santa Teresa were excellent.",
]


@pytest.mark.parametrize("text", HITS)
def test_group_barred_from_a_role_is_held(text: str) -> None:
    assert RULE in rules_flagging(text, "en", ("hate",)), text


@pytest.mark.parametrize("text", PASSES)
def test_near_miss_is_not_read_as_barred(text: str) -> None:
    assert RULE not in rules_flagging(text, "en", ("hate",)), text
