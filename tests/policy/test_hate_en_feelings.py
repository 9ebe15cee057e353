"""Women said to decide by their feelings (row `too_emotional` of `lexicons/coded.tsv`):
voting, thinking, judging or governing "with their feelings", "more emotional and so ...",
"can't think past their feelings", "feelings-based" policy put on women. Near misses: voters
in general, women's records, a negated or condemned claim, a question, a council that grieved
at a memorial, and "feelings" about a bond issue. Hand-written."""

import pytest

from tests.policy.expect import rules_flagging

RULE = "hate.coded"

HITS = [
    "Women vote with their feelings, that's why the border is open.",
    "Women on city council is how you end up with feelings-based budgets.",
    "Women in politics is how you get feelings-based border policy.",
    "Single women think with their feelings and vote for every bleeding-heart cause.",
    "Feminists pushed open borders because women can't think past their feelings.",
    "Of course she won, women vote with their feelings.",
    "Women judges decide with their emotions, not the law.",
    "Women get so emotional about everything and legislate from their feelings.",
    "Typical, a woman thinks the border should be run on feelings.",
    "Look, women are more emotional and that's why they vote for open borders.",
    "Girls make decisions based on feelings, so keep them off the bench.",
    "Women govern with their hormones, everyone knows it.",
]

PASSES = [
    "Women vote on healthcare more than men, according to the exit polls.",
    "Voters decide with their hearts, not their heads, and every campaign knows it.",
    "Women are not too emotional to lead, the governor proved that.",
    "The claim that women vote with their feelings is sexist nonsense.",
    "Women lead with empathy and the data on their councils is good.",
    "Women in politics is how we got paid family leave in this state.",
    "Men think with their feelings just as much as women do.",
    "Ladies, the forum is Thursday, bring your questions and your feelings about the bond.",
    "Women judges decide on the law, same as men.",
    "Girls on the team play with their hearts every game.",
    "The women's shelter runs on donations and a lot of goodwill.",
    "Who says women are too emotional for office? Not me.",
    "My grandmother voted with her head and her heart, and she never missed an election.",
    "Women legislators voted on the budget numbers, not on anybody's feelings.",
    "Women voters care about the border as much as anyone, the poll says.",
    "The women on the council got emotional at the memorial, and so did everyone in the room.",
    "Mothers know their kids' feelings better than any school counselor.",
    "Women decide with their feet: they are leaving the party in droves.",
    "It is sexist to say women think with their feelings.",
]


@pytest.mark.parametrize("text", HITS)
def test_women_said_to_decide_by_feelings_are_held(text: str) -> None:
    assert RULE in rules_flagging(text, "en", ("hate",)), text


@pytest.mark.parametrize("text", PASSES)
def test_near_miss_is_not_read_as_feelings_slur(text: str) -> None:
    assert RULE not in rules_flagging(text, "en", ("hate",)), text
