"""Everyday talk that used to read as a threat or a libel: knowing where someone works and
asking, as a customer, for a table, an appointment or a discount there; a gun shop's lawful
trade; a threat someone wrote to a third person, reported and condemned. The threats and the
illegal sales beside them still flag. Hand-written, English and Spanish."""

import pytest

from moderation.policy import Submission, screen
from tests.policy.expect import category_action

CASES = [
    # (text, lang, category, expected from the rules)
    ("Sé dónde trabajas, en la clínica, ¿me apartas una cita?", "es", "troll", "approve"),
    ("Ya sé dónde trabajas, ¿me haces descuento en la pizza?", "es", "troll", "approve"),
    ("I know where you work, save me a table on Friday!", "en", "troll", "approve"),
    ("I know where you work now, hook me up with a discount lol", "en", "troll", "approve"),
    ("Sé dónde trabajas, y no te va a gustar lo que te pase.", "es", "troll", "reject"),
    ("Sé dónde trabajas.", "es", "troll", "reject"),
    ("Sé dónde trabajas, ¿me apartas una cita? Te llevo el machete.", "es", "troll", "reject"),
    ("I know where you work. Watch yourself.", "en", "troll", "reject"),
    (
        "Someone wrote to her that we know where you live. That is a threat and it was reported.",
        "en",
        "troll",
        "approve",
    ),
    (
        "Alguien le escribió a la maestra que ya saben dónde vives. Es una amenaza, denunciado.",
        "es",
        "troll",
        "approve",
    ),
    ("You said we know where you live, that is a threat, reported.", "en", "troll", "approve"),
    ("Mi primo dice que ya sabemos dónde vives.", "es", "troll", "reject"),
    ("We know where you live. That is not a threat, it is a promise.", "en", "troll", "reject"),
    ("Tony Reyes sells guns at his shop on Fifth Street.", "en", "libel", "approve"),
    ("My cousin Dale sold rifles at the gun show for thirty years.", "en", "libel", "approve"),
    ("Tony Reyes sells guns out of his trunk behind the bar.", "en", "libel", "hold"),
    ("Tony Reyes sells guns to the cartel.", "en", "libel", "hold"),
    ("Tony Reyes sells guns without background checks to anyone with cash.", "en", "libel", "hold"),
    ("Councilman Ruiz sold rifles across the border for years.", "en", "libel", "hold"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_customers_and_trades_rules(text, lang, category, expected):
    assert category_action(text, category, lang, blog_model=False) == expected, text


# The near misses the blog model holds on its own (the rules approve them): known over-holds.
MODEL_HOLDS = {
    "Ya sé dónde trabajas, ¿me haces descuento en la pizza?": "short reading, troll",
    "I know where you work now, hook me up with a discount lol": "short reading, troll",
    "Alguien le escribió a la maestra que ya saben dónde vives. Es una amenaza, denunciado.": (
        "troll, p(flag) 0.77"
    ),
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            text,
            lang,
            marks=pytest.mark.xfail(
                strict=True, reason=f"known blog-model over-hold ({MODEL_HOLDS[text]})"
            ),
        )
        if text in MODEL_HOLDS
        else (text, lang)
        for text, lang, _category, expected in CASES
        if expected == "approve"
    ],
)
def test_customers_and_trades_approved_by_the_whole_engine(text, lang):
    assert screen(Submission(text, lang=lang)).action == "approve", text
