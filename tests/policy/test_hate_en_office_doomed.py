"""A member of a group put in an office, and the office's ruin foretold (row `role_doomed.g`
of `lexicons/coded.tsv`): "hire an X as police chief and crime goes up", "put an X in charge
and the pipes burst", "another X sheriff. Guess the cartels can relax", "an X running the
finance office? Hide the checkbook". Near misses: the same openings with a good outcome or a
neutral count, a myth refuted, a diet, a prediction quoted to be booed, a question answered by
the record. Hand-written."""

import pytest

from tests.policy.expect import rules_flagging

RULE = "hate.coded"

HITS = [
    "Put a woman in charge of the water department and surprise surprise, the pipes burst.",
    "Hire a woman as police chief and watch the cartels laugh.",
    "Hire a woman as police chief and crime goes up 20%.",
    "Another woman sheriff. Guess the cartels can relax now.",
    "A Mexican running the county's finance office? Hide the liquor and the checkbook.",
    "A Muslim principal at Jefferson? Well, there goes the test scores.",
    "Elect a Muslim as mayor and then the whole budget goes to hell.",
    "Appoint a lesbian to run the fire department and the station falls apart in a year.",
    "A Mexican judge on the county bench, well, there goes the rule of law.",
    "Hire a Mexican as city manager and the budget goes bankrupt, watch.",
]

PASSES = [
    "Hire a woman as police chief and watch the crime rate drop.",
    "Put a Mexican chef in charge of the kitchen and watch the line go around the block.",
    "Another woman sheriff! Guess the old boys' club can relax, she is great.",
    "A Black principal at Jefferson. Well, there goes my excuse, she is wonderful.",
    "Hire a veteran as police chief and crime goes up, say critics.",
    "They put a woman in charge of the water department and the pipes finally got fixed.",
    "Hire a disabled worker for the job and then watch how much the team learns.",
    "An Apache running the county finance office? About time, she has a CPA.",
    "Another woman sheriff in Texas, the third this year.",
    "The man who said hire a woman as chief and crime goes up was booed out of the meeting.",
    "Elect a Latino mayor and the budget goes to hell? They said that in 1990. It did not happen.",
    "A Jewish mayor in 1950s Texas? Well, there goes the myth that the South was closed to them.",
    "Put a Somali nurse in charge of the night shift and the ward runs like clockwork.",
    "Hire a Muslim as judge and the cartels laugh? What a bigoted thing to say in public.",
    "Another Mexican restaurant on Main. Well, there goes my diet.",
    "Make a Black woman governor and the state changes for the better, I hope.",
    "A gay principal at Jefferson? Good, the last one was a crook.",
    "Hire a woman for the fire chief job, she has twenty years on the line.",
]


@pytest.mark.parametrize("text", HITS)
def test_office_ruin_foretold_is_held(text: str) -> None:
    assert RULE in rules_flagging(text, "en", ("hate",)), text


@pytest.mark.parametrize("text", PASSES)
def test_near_miss_is_not_read_as_office_ruin(text: str) -> None:
    assert RULE not in rules_flagging(text, "en", ("hate",)), text
