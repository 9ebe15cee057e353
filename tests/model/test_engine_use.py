"""How the engine lets the model act: only holds, only where its thresholds were validated.

Our own sentences; nothing copied from the evaluation sets.
"""

import pytest

from moderation.policy import Action, Submission, screen
from moderation.policy.analysis import analyse
from moderation.policy.decide import MODEL_HOLD, model_context


@pytest.mark.parametrize(
    ("text", "lang", "context"),
    [
        ("Immigrants are ruining this town.", None, "plain"),
        ("This town is going downhill fast.", None, "plain"),
        ("Immigrants are not the problem here.", None, "negated"),
        ("This is not a good plan.", None, "negated"),
        ('He said "immigrants are vermin" and got fired.', None, None),  # quoted
        ("People who say immigrants are vermin should be ashamed.", None, None),  # reporting
        ("Los inmigrantes arruinan este pueblo.", None, None),  # not English
        # a call echoed as a bare question and answered against it: counter-speech
        ("Deport them all? Most of them were born here.", None, None),
        ("Kick them all out? No, they pay taxes like everyone else.", None, None),
        # ... answered for it, or stated: the model may read it
        ("Deport them all? Yes, every last one of them.", None, "plain"),
        ("Deport them all, most of them are criminals anyway.", None, "plain"),
    ],
)
def test_model_context(text, lang, context):
    assert model_context(analyse(text, lang)) == context


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Deport them all? Most of them were born here.", Action.APPROVE),
        ("Deport them all? Nonsense, half of them have lived here for decades.", Action.APPROVE),
        ("Deport them all? Yes, every last one of them.", Action.HOLD),
    ],
)
def test_an_echoed_call_answered_against_it_is_not_held_by_the_model(text, action):
    assert screen(Submission(text, lang="en")).action == action


def test_every_context_has_a_threshold_no_lower_than_the_default_hold():
    for limits in MODEL_HOLD.values():
        assert set(limits) == {"plain", "negated"}
        assert all(0.5 <= p < 1.0 for p in limits.values())
        assert limits["negated"] >= limits["plain"]


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants are parasites who leech off this country and breed like rats.",
        "Those people are a disease and this country will never be clean until they are gone.",
        "Women are too emotional and stupid to ever hold office.",
        "The council approved the budget for the new library on Tuesday.",
        "Muslims in our town are opening a new community center.",
    ],
)
def test_the_model_never_rejects_on_its_own(text):
    verdict = screen(Submission(text=text))
    for finding in verdict.findings:
        if finding.rule.startswith("model."):
            assert finding.action == Action.HOLD
            assert finding.evidence or finding.explanation
