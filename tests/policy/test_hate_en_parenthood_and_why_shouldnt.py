"""Two English readings (our own sentences).

A protected group barred from parenthood in the progressive ("X shouldn't be raising kids") is
the same bar as "X shouldn't raise kids", which `hate.en_shut` holds.

A negated "why should" question argues for the positive: "Why shouldn't gay men be allowed to
adopt?" means they should be, so `hate.reread` must not read it as "gay men should not be
allowed to adopt"; "Why shouldn't Muslims be deported?" means they should be, which is hate.
"""

import pytest

from moderation.policy import Submission, screen


def _rules(text: str) -> set[str]:
    verdict = screen(Submission(text=text, lang="en"), blog_model=False)
    return {f.rule for f in verdict.findings if f.action != "approve"}


BARRED = [
    ("Autistic people shouldn't be raising kids.", "hate.en_shut"),
    ("Gay men shouldn't be raising children.", "hate.en_shut"),
    ("Muslims shouldn't be having babies.", "hate.en_shut"),
    ("Why shouldn't Muslims be deported?", "hate.reread"),
    ("Why shouldn't Mexicans be banned from the country?", "hate.reread"),
]

PASSES = [
    "Why shouldn't gay men be allowed to adopt?",
    "Why shouldn't gay men be raising children?",
    "Why shouldn't gay people be treated like everyone else?",
    "Teenagers shouldn't be raising kids on their own.",
    "Nobody says gay men shouldn't be raising children anymore.",
    "He said gay men shouldn't be raising children. Disgusting.",
    "Gay men should be raising children if they want to.",
]


@pytest.mark.parametrize("text,rule", BARRED)
def test_group_barred_is_held(text: str, rule: str) -> None:
    assert rule in _rules(text), text


@pytest.mark.parametrize("text", PASSES)
def test_defence_or_report_passes(text: str) -> None:
    assert not {r for r in _rules(text) if r.startswith("hate.")}, text
