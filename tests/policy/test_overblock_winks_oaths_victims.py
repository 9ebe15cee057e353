"""Harmless comments the rules used to hold, by shape, each beside its hateful or abusive twin:
a wink after weather, bills or roadworks with no people in it ("Llegaron las lluvias ..., ya
saben cómo es esto"), a group's neglect judged after a comma ("Disabled kids are always the
last priority in this district, pathetic"), a Spanish oath at the weather ("¡Hijo de puta, qué
frío hace!"), a group as the one robbed ("siempre son los migrantes a los que asaltan"), a claim
quoted and then refuted by evidence ("... immigrants bring crime. The sheriff's own data says
the opposite"), and a comment that defends a group with nothing hostile beside it, which the
blog model must leave to the rules (`decide.speech_frame`). Our own examples."""

import pytest

from moderation.policy import Submission, screen
from moderation.policy.analysis import analyse
from moderation.policy.decide import speech_frame
from tests.policy.expect import assert_rules_pass_all, by_lang, rule_action, rules_flagging

# 1. A wink with no people in it: what arrived is weather, bills, roadworks, a rubbish truck.
WINK_NO_GROUP_ES = [
    "Llegaron las lluvias y se inundó la calle otra vez, ya saben cómo es esto.",
    "Llegaron los recibos de la luz carísimos otra vez, ya saben cómo es esto.",
    "Llegaron las obras del municipio y cerraron la avenida tres meses, ya saben cómo es esto.",
    "Llegan las fiestas patronales y no hay dónde estacionarse, ya saben cómo es esto.",
    "Llegaron los camiones de basura tarde otra vez, ya saben cómo es esto.",
    "Llegó el frío y se congelaron las tuberías, ya saben cómo es esto.",
]
WINK_AT_PEOPLE_ES = [
    "Llegaron los hondureños y ya saben cómo es esto",
    "Llegaron los de fuera y ya saben cómo es esto.",
    "Llegaron los haitianos al albergue, ya saben cómo es esto.",
    "Llegaron y se llenó de robos el barrio, ya saben cómo es esto.",
    "Llegaron unos nuevos a la colonia y empezaron los robos, ya saben cómo es esto.",
    "Llegaron esos al barrio, ya saben cómo es esto.",
]


@pytest.mark.parametrize("text", WINK_NO_GROUP_ES)
def test_wink_with_no_people_passes(text: str) -> None:
    assert_rules_pass_all(text, "es")


@pytest.mark.parametrize("text", WINK_AT_PEOPLE_ES)
def test_wink_at_newcomers_still_held(text: str) -> None:
    assert rule_action(text, "es", "hate.es_hinted") == "hold"


# 2. A group's neglect reported, then judged after a comma.
NEGLECT_EN = [
    "Disabled kids are always the last priority in this district, pathetic.",
    "Disabled kids are always last in line for funding here, shameful.",
    "Deaf kids at Lincoln are left without an interpreter again, shameful.",
    "Wheelchair users are always forgotten by the transit board, disgraceful.",
]
NEGLECT_ES = [
    "Los niños sordos de la escuela se quedan sin intérprete otra vez",
    "Los niños discapacitados siempre son la última prioridad en este distrito, patético.",
    "Los sordos de la escuela otra vez sin intérprete, un desastre.",
]
NOT_NEGLECT_EN = [
    "Immigrants are everywhere now, disgusting.",
    "Disabled kids are always in the way, pathetic.",
    "Disabled kids are pathetic.",
    "Disabled kids are always a burden on this district, pathetic.",
]


@pytest.mark.parametrize("text,lang", by_lang(NEGLECT_EN, NEGLECT_ES))
def test_neglect_judged_passes(text: str, lang: str) -> None:
    assert rules_flagging(text, lang, ("hate",)) == []


@pytest.mark.parametrize("text", NOT_NEGLECT_EN)
def test_group_judged_still_flagged(text: str) -> None:
    assert rules_flagging(text, "en", ("hate",))


# 3. A Spanish oath at the weather or a mishap, aimed at no one.
OATH_ES = [
    "¡Hijo de puta, qué frío hace!",
    "¡Hijo de la chingada, qué calor!",
    "Hijo de puta, otra vez se fue la luz.",
    "¡Ay, hijo de la chingada, se me quemaron los frijoles!",
    "¡Hija de puta, qué susto me di!",
    "Hijo de perra, qué tráfico.",
]
AIMED_ES = [
    "Eres un hijo de puta",
    "Hijo de puta, qué feo eres.",
    "¡Hijo de puta, qué asco me das!",
    "Hijo de puta, qué frío hace y tú ni me prestas la chamarra.",
    "Hijo de la chingada, vete de aquí.",
    "Juan, hijo de puta, qué calor hace.",
]


@pytest.mark.parametrize("text", OATH_ES)
def test_oath_at_the_weather_is_no_attack(text: str) -> None:
    assert rule_action(text, "es", "troll.personal_attack") is None


@pytest.mark.parametrize("text", AIMED_ES)
def test_oath_at_someone_still_an_attack(text: str) -> None:
    assert rule_action(text, "es", "troll.personal_attack") in ("hold", "reject")


# 4. The group as the one robbed, not the robbers.
VICTIM_ES = [
    "Qué curioso que siempre sean los migrantes a los que asaltan",
    "Qué curioso que siempre sean los migrantes a quienes asaltan",
    "Siempre son los migrantes a los que asaltan en el camión",
    "Qué raro que siempre sean los hondureños a los que les roban la quincena",
]
CULPRIT_ES = [
    "Qué curioso que siempre sean los migrantes los que asaltan",
    "Qué curioso que siempre sean los migrantes los que roban",
    "Siempre son los haitianos los que asaltan en el camión",
    "Qué curioso que siempre sean los migrantes los que asaltan a los demás",
]


@pytest.mark.parametrize("text", VICTIM_ES)
def test_group_as_victim_passes(text: str) -> None:
    assert rules_flagging(text, "es", ("hate",)) == []


@pytest.mark.parametrize("text", CULPRIT_ES)
def test_group_as_culprit_still_held(text: str) -> None:
    assert rule_action(text, "es", "hate.derogation") in ("hold", "reject")


# 5. A claim quoted, then refuted with evidence.
REFUTED_EN = [
    "Every election cycle we hear that immigrants bring crime. The sheriff's own data says "
    "the opposite.",
    "Every election cycle you hear that immigrants bring crime. The sheriff's own data says "
    "the opposite.",
    "We keep hearing that immigrants bring crime. The numbers show the opposite.",
    "Immigrants bring crime, they say. The numbers show the opposite.",
]
REFUTED_ES = [
    "Cada elección escuchamos que los migrantes traen delincuencia. Las cifras de la policía "
    "muestran lo contrario.",
]
NOT_REFUTED_EN = [
    "Immigrants bring crime. The numbers say the opposite, but the numbers are cooked.",
    "Immigrants bring crime. Liberals say the data shows otherwise.",
    "Immigrants bring crime. The data shows it.",
    "The data says otherwise? Immigrants bring crime, period.",
]
NOT_REFUTED_ES = [
    "Los migrantes traen delincuencia. Las cifras dicen lo contrario, pero las cifras mienten.",
]


@pytest.mark.parametrize("text,lang", by_lang(REFUTED_EN, REFUTED_ES))
def test_claim_refuted_by_evidence_passes(text: str, lang: str) -> None:
    assert rules_flagging(text, lang, ("hate",)) == []


@pytest.mark.parametrize("text,lang", by_lang(NOT_REFUTED_EN, NOT_REFUTED_ES))
def test_claim_not_refuted_still_flagged(text: str, lang: str) -> None:
    assert rules_flagging(text, lang, ("hate",))


# 6. A defence with nothing hostile beside it is a speech frame: the blog model leaves it.
DEFENDED = [
    ("Women don't belong in the kitchen, they belong wherever they want.", "en"),
    ("Funny how it's always the immigrants who get robbed on payday.", "en"),
    ("It's always the Haitians who get robbed at the bus stop and nobody does anything.", "en"),
    ("Qué curioso que siempre sean los migrantes a los que asaltan.", "es"),
]
NOT_DEFENDED = [
    ("Women don't belong in the kitchen, they belong in the bedroom.", "en"),
    ("Funny how it's always the immigrants who get arrested on payday.", "en"),
    ("Funny how it's always the immigrants who get robbed on payday, they should go back home.",
     "en"),
    ("Women don't belong in the kitchen, they belong wherever they want. Immigrants are vermin "
     "though.", "en"),
]  # fmt: skip


@pytest.mark.parametrize("text,lang", DEFENDED)
def test_defence_is_a_speech_frame(text: str, lang: str) -> None:
    assert speech_frame(analyse(text, lang))


@pytest.mark.parametrize("text,lang", NOT_DEFENDED)
def test_hostile_beside_it_is_no_frame(text: str, lang: str) -> None:
    assert not speech_frame(analyse(text, lang))


@pytest.mark.parametrize("text,lang", DEFENDED[:2])
def test_defence_approved_with_the_model(text: str, lang: str) -> None:
    assert screen(Submission(text=text, lang=lang)).action == "approve"


def test_defended_then_hostile_still_held_with_the_model() -> None:
    text = NOT_DEFENDED[2][0]
    assert screen(Submission(text=text, lang="en")).action != "approve"
