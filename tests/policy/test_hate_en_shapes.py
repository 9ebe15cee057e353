"""English hate in looser shapes: a verbless noun said of every member, a neutral clause
between the group and its predicate, the people of a place, and genocide talk in code; with
the near misses that must pass (wrongdoers picked out, politicians, history, negation)."""

import pytest

from moderation.policy import Submission, screen

HITS = [
    "Somalis, everywhere in Minneapolis. Parasites, to a man.",
    "Haitians. Rapists and thieves, every last one of them.",
    "Muslims who live in Dearborn are terrorists.",
    "The gay teachers at that school are groomers.",
    "Mexican workers who come here every summer are parasites, all of them.",
    "Let's be honest, these people aren't civilized. They come from a culture of violence.",
    "They're all the same, these people from Honduras. Liars and gangbangers, every last one.",
    "Haiti is a mess and its people are animals.",
    "We need a final solution to the Somali question.",
    "Load them onto cattle cars and ship them south.",
    "Just ask yourself who runs the media and the banks.",
    "Russians living in Texas are spies.",
]
PASSES = [
    # "They are all the same, these people from Congress. ..." passes the rules; the blog model
    # holds it: tests/model/test_blog_model.py KNOWN_OVER_HOLDS
    "Mexicans keep voting for the same senators. Crooks, every one.",
    "The cartel gunmen? Murderers, every one.",
    "I met some Syrians last week. Lovely people, every one of them.",
    "Mexicans who join the cartels are murderers.",
    "Mexican cartels are murderers.",
    "Muslims who live in Dearborn are not terrorists.",
    "Women who work at the plant are underpaid.",
    "The Somali families on my street are wonderful neighbours.",
    "The senators voted for it again. These people aren't civilized.",
    "I visited Haiti and its people are the kindest I have met.",
    "These people aren't criminals, they come from a country at war.",
    "Historians still argue about when the Final Solution was decided at Wannsee.",
    "My grandmother was shipped to Treblinka in a cattle car.",
    "Ask yourself who owns the local paper in this town.",
]


@pytest.mark.parametrize("text", HITS)
def test_flagged_as_hate(text):
    verdict = screen(Submission(text=text))
    assert verdict.action in ("hold", "reject"), verdict.to_dict()
    assert "hate" in verdict.categories, verdict.to_dict()


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    verdict = screen(Submission(text=text))
    assert verdict.action == "approve", verdict.to_dict()
