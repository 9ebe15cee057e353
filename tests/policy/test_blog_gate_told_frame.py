"""The blog model's hate gate (`decide.left_to_rules`) hands a comment back to the rules when
it reports or condemns speech. It read the frames lexicon's whole "report" class, so the
writer's own hedge ("I'm just saying", "No digo que"), a generic subject ("people who ...") or
"es decir" silenced the model on the hate said beside them. `told_frame` keeps only cues that
tell speech or belief, and a generic subject only when it goes on to speak ("people who
say"). Counter-speech and reports keep the gate. Examples are our own."""

import pytest

from moderation.policy import Submission, screen
from moderation.policy.analysis import analyse
from moderation.policy.decide import speech_frame, told_frame

HEDGES = [
    "I'm just saying, people who come here like that never work.",
    "No digo que todos, pero los hondureños no quieren trabajar.",
    "Es decir, los chinos son así.",
    "I'm not saying Black people are less intelligent. I'm saying the test scores say it and "
    "you can't argue with data.",
]

TOLD = [
    "My uncle keeps saying Mexicans are all on welfare. He's been on disability since 2009.",
    "People who say tribes 'got casinos so they're fine' have never driven through a reservation.",
    "Imagine thinking Muslims are all terrorists. The imam organized half the flood relief.",
    "They say immigrants bring crime, but the county's own numbers say otherwise.",
    "If you think immigrants bring crime, look at the numbers.",
    "Dicen que los migrantes traen delincuencia, pero los datos del condado dicen lo contrario.",
]


@pytest.mark.parametrize("text", HEDGES)
def test_a_hedge_is_a_frame_to_the_rules_but_not_to_the_model(text: str) -> None:
    an = analyse(text, None)
    assert speech_frame(an)
    assert not told_frame(an)


@pytest.mark.parametrize("text", TOLD)
def test_speech_told_keeps_the_gate_and_the_comment_approved(text: str) -> None:
    assert told_frame(analyse(text, None))
    assert screen(Submission(text=text)).action == "approve"


def test_hate_behind_a_hedge_is_held_by_the_blog_model() -> None:
    verdict = screen(Submission(text=HEDGES[3]))
    assert verdict.action == "hold"
    assert [f.rule for f in verdict.findings] == ["model.blog"]
