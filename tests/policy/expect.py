"""The shared assertion of the table-driven category tests: what the engine does in one
category, compared with "flag" (hold or reject), "hold", "reject" or "approve". A row that
expects "approve" is a must-pass comment: its own category must approve it and so must the
whole verdict. A must-pass row held under another clause, or by the blog model, is marked with
`held_elsewhere(reason)`: a strict xfail that says which mechanism holds it, while a finding in
the row's own category still fails the test."""

import pytest

from moderation.policy import Submission, screen

_ORDER = ["approve", "hold", "reject"]


class HeldElsewhere(AssertionError):
    """The row's own category approves it, but another clause or the blog model holds it."""


def held_elsewhere(reason: str) -> pytest.MarkDecorator:
    """The mark of a must-pass row that something outside its category holds (say what)."""
    return pytest.mark.xfail(raises=HeldElsewhere, strict=True, reason=reason)


def category_action(
    text: str, category: str, lang: str | None = None, *, blog_model: bool = True
) -> str:
    """The strongest action of the findings in `category` ("approve" when there are none);
    `blog_model=False` asks the rules alone."""
    verdict = screen(Submission(text=text, lang=lang), blog_model=blog_model)
    found = [str(f.action) for f in verdict.findings if str(f.category) == category]
    return max(found, key=_ORDER.index, default="approve")


def assert_category_action(
    text: str, expected: str, category: str, lang: str | None = None
) -> None:
    action = category_action(text, category, lang)
    if expected == "flag":
        assert action in ("hold", "reject"), text
        return
    assert action == expected, text
    if expected == "approve":
        verdict = screen(Submission(text=text, lang=lang))
        if verdict.action != "approve":
            found = [(f.rule, round(f.score, 2)) for f in verdict.findings]
            raise HeldElsewhere(f"{text!r} is held: {found}")


def rules_flagging(text: str, lang: str, categories: tuple[str, ...] = ("hate", "profanity")):
    """The rule ids of the rules' findings in `categories` (no blog model): for tables of
    frames and counter-speech, which are the rules' call."""
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    return [f.rule for f in verdict.findings if f.category in categories]


def rule_action(text: str, lang: str, rule: str) -> str | None:
    """The action of the rules' first finding by `rule` (no blog model), or None: for the
    tables of one rule, whose near misses may still be flagged by another."""
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    found = [f for f in verdict.findings if f.rule == rule]
    return found[0].action.value if found else None


def assert_rules_approve(text: str, lang: str, rule: str) -> None:
    """A near miss of one rule's table: the rules alone (no blog model) approve it, and `rule`
    has no finding on it at all."""
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    assert rule not in {f.rule for f in verdict.findings}, verdict.to_dict()
    assert verdict.action == "approve", verdict.to_dict()


def by_lang(en: list[str], es: list[str]) -> list[tuple[str, str]]:
    """An English and a Spanish table of texts as one table of (text, lang) rows."""
    return [(t, "en") for t in en] + [(t, "es") for t in es]


def assert_rules_pass_all(text: str, lang: str) -> None:
    """A must-pass row of the probe tables: the rules alone (no blog model) approve the
    whole comment, whatever the clause."""
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    assert verdict.action == "approve", [(f.rule, round(f.score, 2)) for f in verdict.findings]


def assert_rules_flag(text: str, lang: str, category: str) -> None:
    """A must-flag twin of the probe tables: the rules alone flag it in `category`."""
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    assert any(str(f.category) == category for f in verdict.findings), verdict.to_dict()
