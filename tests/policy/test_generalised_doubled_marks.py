"""`hate.generalised` skips a sentence asked as a question. A doubled mark before it ("!!",
"??") makes an empty sentence the analysis counts in `sentence_ends` but not in `sentences`;
the finder looks the question mark up by the sentence's own number, so a doubled mark reads
as a single one: a statement after "Seriously??" is read, a question after "Wow!!" is not.
All examples are our own."""

import pytest

from .expect import rule_action

RULE = "hate.generalised"

SAID = [
    ("en", "Seriously?? Romanians are lazy by nature."),
    ("en", "Seriously? Romanians are lazy by nature."),
    ("en", "Really?? Muslims are all criminals."),
    ("es", "¿En serio?? Los rumanos son flojos por naturaleza."),
    ("es", "En serio?? Los musulmanes son todos criminales."),
]


@pytest.mark.parametrize(("lang", "text"), SAID)
def test_statement_after_a_doubled_question_mark_is_read(lang: str, text: str) -> None:
    assert rule_action(text, lang, RULE) is not None


ASKED = [
    ("en", "Seriously!! Romanians are lazy by nature?"),
    ("en", "Seriously! Romanians are lazy by nature?"),
    ("en", "Wow!! Muslims are all criminals?"),
    ("es", "En serio!! Los rumanos son flojos por naturaleza?"),
    ("es", "Qué horror!! Los musulmanes son todos criminales?"),
]


@pytest.mark.parametrize(("lang", "text"), ASKED)
def test_question_after_a_doubled_exclamation_is_not_read(lang: str, text: str) -> None:
    assert rule_action(text, lang, RULE) is None
