"""A reader sent away with no argument: "Go back to the basement", "go back to your coffee
shop, kid", "Go back to Ohio, transplant", "go back to third grade", "vete a comentar con los
tuyos", "vete a dar catecismo a otro lado". Said as an imperative opening a sentence. The
harmless neighbours pass: children going back to school, a basement after a flood, a state's
old law to go back to, a town hall suggested for complaints. Rules alone; hand-written."""

import pytest

from tests.policy.expect import assert_rules_pass_all, rule_action

SENT_AWAY = [
    ("Sure you're a 'nurse.' And I'm the Pope. Go back to the basement.", "en"),
    ("The author has never driven a truck. Go back to your coffee shop, kid.", "en"),
    ("You've been wrong for ten years. Go back to bingo night, old man.", "en"),
    ("Another transplant telling us how to run our water. Go back to Ohio.", "en"),
    ("Go back to Ohio, transplant. You don't get a say in how we live down here.", "en"),
    ("Wendy go back to California already. Nobody wants your opinions.", "en"),
    ("You can't even do basic math. Go back to third grade, dummy.", "en"),
    ("Ya llegó la licenciada a dar su clase de moral. Vete a dar catecismo a otro lado.", "es"),
    ("Mejor vete a comentar al Facebook de tus tías, allá sí te aplauden.", "es"),
    ("Aquí no queremos a más de tu clase. Vete a comentar con los tuyos.", "es"),
    ("Aquí no eres bienvenida, vete a tu Facebook con tus amigas a quejarte.", "es"),
]

PASSES = [
    ("My kids go back to third grade on Monday and the school still has no AC.", "en"),
    ("If the pipes freeze, go back to the basement and shut the main valve.", "en"),
    ("After the flood we had to go back to the basement to get the photos.", "en"),
    ("We should go back to California's 1990s water rules, they worked.", "en"),
    ("I moved here from Ohio and I'm never going to go back to Ohio winters.", "en"),
    ("Go back to California in 1994 and look at Prop 187, same playbook.", "en"),
    ("Si quieres opinar del agua, ve a la junta del cabildo, ahí se decide.", "es"),
    ("Vete a comentar al Facebook del municipio, ahí sí contestan rápido.", "es"),
    ("Mi hijo se fue a opinar a la junta con sus amigos de la prepa.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), SENT_AWAY)
def test_reader_sent_away_holds(text: str, lang: str) -> None:
    assert rule_action(text, lang, "troll.flame_bait") == "hold"


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_going_back_harmlessly_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)
