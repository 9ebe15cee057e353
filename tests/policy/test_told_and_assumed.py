"""What the writer was told or taught growing up, and what others assume of the writer or a
group, are someone else's words put up to be answered: "I grew up being told that X wanted to
take over. Then I met my neighbors.", "without someone assuming we hate X", "deja de suponer
que los X son ...". The same frame with the claim agreed to is still held. All examples are
our own."""

import pytest

from .expect import assert_category_action

ANSWERED = [
    ("en", "I grew up being told that Muslims wanted to take over. Then I met my neighbors."),
    ("en", "We were told that Mexicans are lazy. It was a lie."),
    ("en", "You can oppose the bill without someone assuming we hate migrants."),
    ("en", "Stop assuming that immigrants are criminals."),
    ("en", "People keep assuming that Muslims are violent, and I'm tired of it."),
    ("es", "Crecí escuchando que los gitanos roban. Luego conocí a los vecinos y era mentira."),
    ("es", "Deja de suponer que los migrantes son delincuentes."),
]


@pytest.mark.parametrize(("lang", "text"), ANSWERED)
def test_told_or_assumed_claim_passes(lang: str, text: str) -> None:
    assert_category_action(text, "approve", "hate", lang)


AGREED = [
    ("en", "I was taught that Jews are greedy and my dad was right."),
    ("en", "I was always told that immigrants are criminals, and I believe it."),
    ("en", "I grew up being told Muslims are violent. Turns out they are."),
    ("en", "Without assuming anything, Mexicans are lazy."),
    ("es", "Me enseñaron que los indígenas son flojos y tenían razón."),
    ("es", "Los migrantes son delincuentes, no lo supongo, lo sé."),
]


@pytest.mark.parametrize(("lang", "text"), AGREED)
def test_told_claim_agreed_is_held(lang: str, text: str) -> None:
    assert_category_action(text, "flag", "hate", lang)
