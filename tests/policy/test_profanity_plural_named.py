"""A plural of officials called a foul name in English (our own sentences): "That mayor is an
asshole" was held by `profanity.aimed` and "The senators are a bunch of assholes" passed. A
quantity ("a bunch of", "una bola de") names a plural as the article names one, and a plural
copula before a plural foul noun ("you guys are assholes") names them too. A swear at a thing,
a team's season or a decision still passes.
"""

import pytest

from moderation.policy import Submission, screen


def _rules(text: str) -> set[str]:
    verdict = screen(Submission(text=text, lang="en"), blog_model=False)
    return {f.rule for f in verdict.findings if f.action != "approve"}


HELD = [
    "The senators are a bunch of assholes.",
    "That mayor is an asshole.",
    "You guys are assholes.",
]

PASSES = [
    "The council made a shitty decision on the budget.",
    "The senators screwed us again, damn it.",
    "These rules are bullshit.",
    "Those games were shit.",
    "The Dodgers are shit this year.",
    "The council members are a bunch of crooks.",
    "The results were a bunch of crap.",
]


@pytest.mark.parametrize("text", HELD)
def test_plural_named_is_aimed(text: str) -> None:
    assert "profanity.aimed" in _rules(text)


@pytest.mark.parametrize("text", PASSES)
def test_swear_at_a_thing_passes(text: str) -> None:
    assert "profanity.aimed" not in _rules(text)
