"""The forty-seventh session's review of its merged rules: a trial named in another sentence
excuses no threat, "never the same" after a place "got diverse" is no decline, a plain question
about where people are from is no sneer, a rebuttal that opens "dicen que" is no pose, and an
ordinary "nobody" beside "ok boomer" is no second dismissal. Our own sentences."""

from __future__ import annotations

import pytest

from .expect import assert_category_action, assert_rules_flag, assert_rules_pass_all

PASS = [
    ("Our church got more diverse and it was never the same, it got better.", "en"),
    ("¿Alguien sabe de dónde son los bomberos que vinieron? 🤔", "es"),
    ("Dicen que los migrantes no pagan impuestos, pero bien que pagan IVA en cada compra.", "es"),
    ("ok boomer, but the tariff numbers you quoted are from 2019 and nobody disputes that.", "en"),
    ("Hang them. After a fair trial, obviously.", "en"),
]

FLAG = [
    ("Our block got diverse and went downhill fast, you know why.", "en", "hate"),
    ("Muy orgullosos de ser indígenas pero bien que cobran los apoyos.", "es", "hate"),
    ("ok boomer, nap time.", "en", "troll"),
]


@pytest.mark.parametrize(("text", "lang"), PASS)
def test_debate_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), FLAG)
def test_close_violations_are_still_flagged(text: str, lang: str, category: str) -> None:
    assert_rules_flag(text, lang, category)


def test_a_trial_in_another_sentence_excuses_no_threat() -> None:
    text = "Hang the journalist from a tree. The rest after a fair trial."
    assert_category_action(text, "reject", "troll", "en")
