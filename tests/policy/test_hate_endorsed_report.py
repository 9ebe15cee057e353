"""A reporting or counter-speech frame that hides the writer's agreement, in English and
Spanish: someone's words told and then agreed with ("... and he is right", "y no se
equivoca"), a rhetorical question that states the claim as the writer's own thought ("am I
racist for thinking ...?", "¿soy malo por decir que ...?"), and a refused treatment followed
by an ordered one ("stop treating X like people, treat them like rats"). Near misses keep
the report or refusal: the speaker called wrong or the words condemned, a question with no
claim about a group, agreement with someone's act of condemning ("she is right to call
that racism"), and the treatment ordered the other way round. Our own examples."""

import pytest

from moderation.policy import Submission, screen

FLAG_EN = [
    "My neighbour calls migrants vermin and he is right.",
    "My uncle says Muslims are savages and he's right.",
    "My boss calls refugees parasites, and she is spot on.",
    "A guy at work says gypsies are thieves and he's not wrong.",
    "The pastor says gay men are perverts. He has a point.",
    "My neighbour calls migrants vermin and I agree.",
    "Am I racist for thinking Muslims are dangerous?",
    "Am I wrong for saying immigrants are parasites?",
    "Am I a bad person for thinking refugees are vermin?",
    "Stop treating migrants like people, treat them like rats.",
    "Quit treating refugees like guests, just treat them like rats.",
]

APPROVE_EN = [
    "My neighbour calls migrants vermin and he is wrong.",
    "My neighbour calls migrants vermin and that's disgusting.",
    "My uncle says Muslims are savages, which is racist.",
    "Am I wrong for thinking the mayor lied?",
    "Am I racist for thinking the border needs more judges?",
    "My neighbour calls migrants vermin, and she is right to call that racism.",
    "Stop treating migrants like rats, treat them like people.",
    "Stop treating refugees like vermin, treat them like neighbours.",
    "He is right about the budget.",
]

FLAG_ES = [
    "Mi vecino dice que los migrantes son una plaga y tiene toda la razón.",
    "Mi tío dice que los gitanos son ladrones y no se equivoca.",
    "Mi jefe dice que los musulmanes son terroristas y estoy de acuerdo.",
    "Mis vecinos dicen que los inmigrantes son parásitos y tienen razón.",
    "¿Soy racista por pensar que los gitanos son ladrones?",
    "¿Soy malo por decir que los inmigrantes son una plaga?",
    "¿Soy una mala persona si pienso que los musulmanes son terroristas?",
]

APPROVE_ES = [
    "Mi vecino dice que los migrantes son una plaga y eso es racismo.",
    "Mi tío dice que los gitanos son ladrones, y se equivoca.",
    "Mi vecino dice que los migrantes son una plaga, qué vergüenza.",
    "¿Soy racista por pensar que la frontera necesita más jueces?",
    "¿Soy malo por decir que el alcalde mintió?",
    "Mi vecino dice que los gitanos son ladrones, y ella tiene razón al decir que eso es racismo.",
    "El alcalde no se equivoca con el presupuesto.",
]


def _flagged(text: str, lang: str) -> list[str]:
    v = screen(Submission(text=text, lang=lang), blog_model=False)
    return [f.rule for f in v.findings if f.category in ("hate", "profanity")]


@pytest.mark.parametrize("text", FLAG_EN)
def test_endorsed_report_en(text: str) -> None:
    assert _flagged(text, "en")


@pytest.mark.parametrize("text", APPROVE_EN)
def test_report_kept_en(text: str) -> None:
    assert _flagged(text, "en") == []


@pytest.mark.parametrize("text", FLAG_ES)
def test_endorsed_report_es(text: str) -> None:
    assert _flagged(text, "es")


@pytest.mark.parametrize("text", APPROVE_ES)
def test_report_kept_es(text: str) -> None:
    assert _flagged(text, "es") == []
