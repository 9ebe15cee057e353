"""The lists and readings the rules share instead of copying: the faults a group is charged
with, the replies that deny a question, Spanish agreement, and the next sentence read past a
doubled mark."""

from __future__ import annotations

import pytest

from moderation.policy.analysis import analyse
from moderation.policy.rules.context.vice_named import vice_laid_on_group

from .expect import assert_rules_approve, assert_rules_flag, assert_rules_pass_all, rule_action


@pytest.mark.parametrize(
    "answer", ["No.", "Of course not.", "Not at all.", "Far from it.", "I doubt it."]
)
def test_a_question_answered_with_a_denial_passes(answer: str) -> None:
    # "No." and "Of course not." open a reply (`OPENING_DENIALS`); the rest are whole replies
    assert_rules_pass_all(f"Are Mexicans all criminals? {answer}", "en")


def test_the_same_question_answered_yes_is_held() -> None:
    assert_rules_flag("Are Mexicans all criminals? Yes.", "en", "hate")


@pytest.mark.parametrize(
    "text",
    [
        "What is wrong with calling them savages??? Everything.",
        "What is wrong with calling them savages?! Everything, they are our neighbours.",
    ],
)
def test_a_slur_defence_answered_past_a_doubled_mark_passes(text: str) -> None:
    assert_rules_approve(text, "en", "hate.group_shape")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("What is wrong with calling them savages??? I mean it.", "en"),
        ("¿Qué tiene de malo llamarlos salvajes?? Lo digo en serio.", "es"),
    ],
)
def test_a_slur_defence_not_answered_is_still_held(text: str, lang: str) -> None:
    assert rule_action(text, lang, "hate.group_shape") == "hold"


@pytest.mark.parametrize(
    "text",
    [
        "Un vecino dijo que los gitanos son ladrones. Tienen razón.",
        "Mi cuñado dice que los moros son ladrones. Cuánta razón tiene.",
    ],
)
def test_a_report_then_spanish_agreement_is_held(text: str) -> None:
    assert rule_action(text, "es", "hate.hinted") in ("hold", "reject")


def test_a_report_then_disagreement_passes_hinted() -> None:
    text = "Un vecino dijo que los gitanos son ladrones. No tiene razón."
    assert rule_action(text, "es", "hate.hinted") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Corruption, machismo, violence. They bring it wherever they go.", True),
        ("Violencia, machismo y atraso, eso traen.", True),
        ("Calling women weak is machismo.", False),
    ],
)
def test_machismo_among_the_shared_faults_is_a_charge(text: str, expected: bool) -> None:
    an = analyse(text, "es" if "traen" in text else "en")
    k = next(u.index for u in an.units if u.text == "machismo")
    assert vice_laid_on_group(an, k) is expected
