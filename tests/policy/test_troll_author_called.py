"""The article's writer called a joke, a fraud or a failure as a whole clause ("Esta escritora
es un chiste, que la corran", "el autor es un fracasado", "This writer is a joke and a fraud
hire"). Its neighbours pass: a job title that starts the same ("a joke teller"), the claim
reported or doubted ("people keep saying the author is a joke. I disagree", "no creo que el
autor sea un fracasado", "creo que el autor es un cobarde por no nombrar al alcalde" is an
opinion of the piece's conduct). Rules alone; hand-written."""

import pytest

from tests.policy.expect import assert_rules_pass_all, rule_action

CALLED = [
    ("Esta escritora es un chiste, que la corran.", "es"),
    ("Ni leí la nota, solo vine a decir que el autor es un fracasado", "es"),
    ("El autor es un cobarde y un mediocre que no le contesta a nadie.", "es"),
    ("This writer is a joke and a fraud hire. Fire her.", "en"),
    ("Honestly the author is a clown.", "en"),
]

PASSES = [
    ("People keep saying the author is a joke. I disagree, the data holds up.", "en"),
    ("The writer is a joke teller too, check her stand-up set.", "en"),
    ("The author is a nobody from Ohio? No, she grew up in Anthony.", "en"),
    ("No creo que el autor sea un fracasado, pero esta nota está floja.", "es"),
    ("Creo que el autor es un cobarde por no nombrar al alcalde.", "es"),
    ("El autor es un chiste andante, dicen mis amigos, pero yo lo respeto.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), CALLED)
def test_author_called_a_joke_holds(text: str, lang: str) -> None:
    assert rule_action(text, lang, "troll.flame_bait") == "hold"


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_author_judged_otherwise_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)
