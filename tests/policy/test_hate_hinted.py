"""Implicit English hate (`hate.hinted`, hold only): a stereotype left to "they", a place
said to be fine before a group came, a drowning wished on a group, a family named as the
target of a run-out threat, and roundabout claims restated plainly (a report then agreed
with, a group put first and taken up by "they", a refused pretence or praise). Each shape
has near misses that must stay approved: a kind predicate, disagreement, a change welcomed,
a team's loss, a wish for safety, no group at all. The agreed report is read in Spanish too
("Mi vecino dice que ... Y lo son."). Our own examples."""

import pytest

from tests.policy.expect import by_lang, rules_flagging

RULE = "hate.hinted"

HELD_EN = [
    # stereotype predicates about a group or "they" for one
    "Afghans will never respect our laws. That's just how they are.",
    "The Haitians on our block don't respect anything.",
    "Ship the Venezuelans back where they belong.",
    "Pakistanis bring different customs that don't fit here.",
    "Our parish has never been the same since the Guatemalans arrived.",
    # a place fine before a group came
    "The laundromat was nice and quiet until the Somalis started using it.",
    "Maple Street was a decent place before they moved in from across the river.",
    # 'they always do' of a named group
    "Of course the Iraqis at the car wash lied on their taxes. They always do.",
    # refused pretence and refused praise
    "I won't pretend Hondurans are anything but parasites.",
    "Stop pretending the Somalis are anything but savages.",
    "Haitians are anything but honest.",
    # an affirmed report
    "A trucker at the diner said Muslims are savages. True.",
    "My cousin says Haitians are vermin. They are.",
    "Some guy on the radio claimed Mexicans are rapists. Facts.",
    # left dislocation
    "The Somalis that moved in next door, they are pigs.",
    "Those Guatemalans at the plant, they're all criminals.",
    # a family name as the target of a threat
    "The Hendersons should be run out of town.",
    "The Okafors need to be driven out of the county.",
    # a wished drowning
    "More Haitians are on the way. Hope the next boat of them sinks.",
    "Cubans keep coming by sea. Praying their rafts capsize.",
    "Salvadorans cross out by Sasabe every week. Hoping the desert gets every one of them.",
]

APPROVED_EN = [
    # kind predicates and no group
    "The council will never respect our votes. That's just how they are.",
    "The new rules don't respect anything we voted for.",
    "Send the forms back where they belong, in the county office.",
    "Our parish changed once the Guatemalan families arrived, and we love it.",
    "The neighbourhood changed once the factory closed.",
    "The park was fine until they cut the budget.",
    "The laundromat was fine until the new owner raised prices.",
    # pretence and praise the other way
    "I won't pretend Hondurans are anything but hardworking.",
    "The council's plan is anything but clear.",
    "Migrants are anything but criminals, whatever the sheriff says.",
    # a report left as a report, or refused
    "A trucker at the diner said Muslims are savages. Nonsense.",
    "My cousin says Haitians are vermin. He is wrong.",
    "My cousin says Mexicans are great cooks. True.",
    # left dislocation with a kind predicate
    "The Somalis that moved in next door, they are lovely people.",
    "The Guatemalans at the plant, they work harder than anyone.",
    # teams, parties and names that are no family
    "The Cowboys should be run out of the playoffs.",
    "The Cowboys should be run out of town after that loss.",
    # wishes for safety
    "More Haitians are on the way. I hope no boat of them sinks.",
    "Praying the boat with the families does not capsize.",
    "Hope the bill sinks in committee.",
    "Salvadorans cross out by Sasabe every week. Hoping the desert does not get any of them.",
    # condemnation of a line
    "Saying our town was fine before the Somalis came is racist nonsense.",
]

# In Spanish only the agreed report is read (the other shapes are English).
HELD_ES = [
    "Mi vecino dice que los hondureños son una plaga. Y lo son.",
    "Un taxista me dijo que los haitianos son unas ratas. Es verdad.",
    "Mi suegra cree que los venezolanos son basura. Tiene razón.",
]
APPROVED_ES = [
    "Mi vecino dice que los hondureños son una plaga. No lo son.",
    "Un taxista me dijo que los haitianos son unas ratas. Qué tontería.",
    "Mi suegra cree que los venezolanos son muy trabajadores. Es verdad.",
    "Los somalíes de al lado, son gente muy amable.",
    "Ojalá que ninguna balsa se hunda.",
]


@pytest.mark.parametrize(("text", "lang"), by_lang(HELD_EN, HELD_ES))
def test_held(text: str, lang: str) -> None:
    assert RULE in rules_flagging(text, lang), text


@pytest.mark.parametrize(("text", "lang"), by_lang(APPROVED_EN, APPROVED_ES))
def test_near_miss_approved(text: str, lang: str) -> None:
    assert rules_flagging(text, lang) == [], text
