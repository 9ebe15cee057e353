"""A sentence closes with its whole run of marks ("??", "!?", "...?"): it is a question if
the run holds a "?", and the sentence that answers it is the one past the run, not the empty
sentence between two doubled marks (`Analysis.asked`, `closed_at`, `next_sentence`). A
question answered with a no, a "yes they can" or "they are people like us" is counter-speech
however many marks close it; the claim said outright, or asked and left unanswered, is still
held. All examples are our own."""

import pytest

from moderation.policy.analysis import analyse

from .expect import assert_category_action, rule_action

ANSWERED = [
    ("en", "Should we deport all the Mexicans?? No."),
    ("en", "Should we deport all the Mexicans?! Of course not."),
    ("en", "Muslims can't lead?? Yes they can."),
    ("en", "Gay people can't raise children!? Tell that to my two moms."),
    ("en", "Do you really think Mexicans are criminals?? They are people like us."),
    ("es", "¿Los gitanos no pueden trabajar?? Claro que pueden."),
    ("es", "¿De verdad crees que los mexicanos son criminales?? Son personas como nosotros."),
]


@pytest.mark.parametrize(("lang", "text"), ANSWERED)
def test_a_question_closed_by_doubled_marks_and_answered_against_passes(
    lang: str, text: str
) -> None:
    assert_category_action(text, "approve", "hate", lang)


HELD = [
    ("en", "We should deport all the Mexicans!! Yes."),
    ("en", "Muslims can't lead!! Never."),
    ("en", "Do you really think Mexicans are criminals?? They are criminals, all of them."),
    ("es", "Los gitanos no pueden trabajar!! Nunca."),
    (
        "es",
        "¿De verdad crees que los mexicanos son criminales?? Pues sí, los mexicanos son "
        "criminales.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), HELD)
def test_a_claim_said_or_answered_for_is_still_held(lang: str, text: str) -> None:
    assert_category_action(text, "flag", "hate", lang)


# `hate.generalised` reads statements only: a sentence closed by "!?" or "...?" is asked.
ASKED = [
    ("en", "Romanians are lazy by nature!?"),
    ("en", "Romanians are lazy by nature...?"),
    ("es", "¿Los rumanos son flojos por naturaleza!?"),
    ("es", "Los rumanos son flojos por naturaleza...?"),
]


@pytest.mark.parametrize(("lang", "text"), ASKED)
def test_a_run_of_marks_holding_a_question_mark_asks(lang: str, text: str) -> None:
    assert rule_action(text, lang, "hate.generalised") is None


SAID = [
    ("en", "Romanians are lazy by nature!!"),
    ("en", "Romanians are lazy by nature..."),
    ("es", "Los rumanos son flojos por naturaleza!!"),
]


@pytest.mark.parametrize(("lang", "text"), SAID)
def test_a_run_without_a_question_mark_says(lang: str, text: str) -> None:
    assert rule_action(text, lang, "hate.generalised") is not None


def test_the_analysis_reads_the_whole_run() -> None:
    an = analyse("Really!? No. Fine...", "en")
    assert [an.asked(u.sentence) for u in an.units] == [True, False, False]
    assert an.next_sentence(0) == 2  # past "!?": sentence 1 is the empty one between the marks
    assert an.norm.text[an.closed_at(0) :].startswith(" no")
    assert not an.asked(99)
