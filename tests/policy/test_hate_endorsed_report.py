"""A reporting or counter-speech frame that hides the writer's agreement, in English and
Spanish: someone's words told and then agreed with ("... and he is right", "y no se
equivoca"), a rhetorical question that states the claim as the writer's own thought ("am I
racist for thinking ...?", "¿soy malo por decir que ...?"), and a refused treatment followed
by an ordered one ("stop treating X like people, treat them like rats"). Near misses keep
the report or refusal: the speaker called wrong or the words condemned, a question with no
claim about a group, agreement with someone's act of condemning ("she is right to call
that racism"), and the treatment ordered the other way round. Our own examples."""

import pytest

from tests.policy.expect import by_lang, rules_flagging

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
    "My cousin says Hondurans are vermin, and no, he's not wrong.",
    "My cousin says Hondurans are vermin, and he's right, isn't he?",
    "My neighbour says Haitians are savages. Couldn't have said it better.",
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
    "My cousin says Hondurans are vermin, and he's exactly wrong.",
    "The mayor says the water rates are a mess, and she's right.",
]

FLAG_ES = [
    "Mi vecino dice que los migrantes son una plaga y tiene toda la razón.",
    "Mi tío dice que los gitanos son ladrones y no se equivoca.",
    "Mi jefe dice que los musulmanes son terroristas y estoy de acuerdo.",
    "Mis vecinos dicen que los inmigrantes son parásitos y tienen razón.",
    "¿Soy racista por pensar que los gitanos son ladrones?",
    "¿Soy malo por decir que los inmigrantes son una plaga?",
    "¿Soy una mala persona si pienso que los musulmanes son terroristas?",
    "Mi suegro dice que los hondureños son una plaga, y le doy la razón.",
    "Mi primo dice que los haitianos son unos salvajes, y no, no se equivoca.",
    "Mi primo dice que los haitianos son unos salvajes. Tiene toda la razón, ¿verdad?",
]

APPROVE_ES = [
    "Mi vecino dice que los migrantes son una plaga y eso es racismo.",
    "Mi tío dice que los gitanos son ladrones, y se equivoca.",
    "Mi vecino dice que los migrantes son una plaga, qué vergüenza.",
    "¿Soy racista por pensar que la frontera necesita más jueces?",
    "¿Soy malo por decir que el alcalde mintió?",
    "Mi vecino dice que los gitanos son ladrones, y ella tiene razón al decir que eso es racismo.",
    "El alcalde no se equivoca con el presupuesto.",
    "Mi primo dice que los haitianos son unos salvajes, y no le doy la razón.",
    "Mi suegro dice que los hondureños son flojos, y eso le creó un pleito con su patrón.",
    "¿Tiene razón mi suegro cuando dice que los hondureños son una plaga? Para nada.",
    "El artículo dice que los guatemaltecos no se integran. Con respeto, no estoy de acuerdo.",
]


@pytest.mark.parametrize(("text", "lang"), by_lang(APPROVE_EN, APPROVE_ES))
def test_report_kept(text: str, lang: str) -> None:
    assert rules_flagging(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), by_lang(FLAG_EN, FLAG_ES))
def test_endorsed_report(text: str, lang: str) -> None:
    assert rules_flagging(text, lang)
