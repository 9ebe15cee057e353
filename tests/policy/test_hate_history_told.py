"""A group's exclusion told as history (our own sentences).

"Growing up, Black families were not welcome in this neighborhood" tells what was done to them;
`hate.derogation` rejected it and `hate.broad` held it. A past copula before "not welcome / not
allowed" now reads as history, as it already did in `hate.negated_positive`, unless a present or
future after it carries the exclusion into now ("... and never will be", "... still aren't"),
which now holds in `hate.negated_positive` too.
"""

import pytest

from moderation.policy import Submission, screen


def _rules(text: str) -> set[str]:
    verdict = screen(Submission(text=text, lang="en"), blog_model=False)
    return {f.rule for f in verdict.findings if f.action != "approve"}


HISTORY = [
    "Growing up, Black families were not welcome in this neighborhood.",
    "Jews were not welcome at the country club back then.",
    "In the fifties Mexicans were not welcome in the downtown pool.",
    "Women were not allowed to vote until 1920.",
    "Muslims were not welcome at that rally, which tells you everything about the organizers.",
]

EXCLUSION = [
    ("Mexicans are not welcome here.", "hate.derogation"),
    ("Black families are not welcome in this neighborhood.", "hate.derogation"),
    ("Mexicans were not welcome here then and they still aren't.", "hate.derogation"),
    ("Jews were never welcome here and never will be.", "hate.negated_positive"),
    ("Gays were never welcome in this town and never will be.", "hate.negated_positive"),
]


@pytest.mark.parametrize("text", HISTORY)
def test_history_passes(text: str) -> None:
    assert _rules(text) == set()


@pytest.mark.parametrize("text,rule", EXCLUSION)
def test_exclusion_now_is_held(text: str, rule: str) -> None:
    assert rule in _rules(text)
