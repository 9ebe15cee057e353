"""`hate.reread` reads a question for the statement it presumes, and an answer after it. A
doubled mark before the question ("!!", "??") makes an empty sentence the analysis counts in
`sentence_ends` but not in `sentences`; the question mark is looked up by the sentence's own
number, so a doubled mark reads like a single one. All examples are our own."""

import pytest

from .expect import rule_action

RULE = "hate.reread"

# Questions after a doubled mark, read as after a single one.
ASKED = [
    ("en", "Ugh!! Why do you Mexicans always lie?"),
    ("en", "Ugh! Why do you Mexicans always lie?"),
    ("en", "Wow!! Why should Mexicans be trusted? They are not."),
    ("en", "Wow! Why should Mexicans be trusted? They are not."),
    (
        "es",
        "¡¡Vaya!! ¿Por qué los gays deberían tener los mismos derechos? No los merecen.",
    ),
    (
        "es",
        "¡Vaya! ¿Por qué los gays deberían tener los mismos derechos? No los merecen.",
    ),
    ("es", "Bueno!! ¿Por qué las mujeres deberían votar? No deberían."),
]


@pytest.mark.parametrize(("lang", "text"), ASKED)
def test_question_after_a_doubled_mark_is_reread(lang: str, text: str) -> None:
    assert rule_action(text, lang, RULE) == "hold"


# A statement after a doubled question mark is no question: "you" before the group is not
# dropped, and an answer reads nothing into it.
SAID = [
    ("en", "Really?? Why do you Mexicans always lie."),
    ("es", "¿En serio?? Los gays deberían tener los mismos derechos. No los merecen."),
]


@pytest.mark.parametrize(("lang", "text"), SAID)
def test_statement_after_a_doubled_question_mark_is_not_reread(lang: str, text: str) -> None:
    assert rule_action(text, lang, RULE) is None
