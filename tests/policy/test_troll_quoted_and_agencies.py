"""Jeers and insults that are someone else's words or an agency's due: a jeer inside a longer
quotation ('le gritaban "eres hombre, lárgate"'), a thing-word judging the words quoted ("the
same 'I know who you are' garbage"), an exasperated line about a utility ("otra vez la CFE con
sus apagones, ya cansan": Spanish "ya" is "already", not "you"). Their twins aimed at a reader
still hold. Rules alone; hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

PASSES = [
    (
        'Unos papás le gritaban "eres hombre, lárgate" desde las gradas. Qué vergüenza.',
        "es",
    ),
    ('Le gritaron "regrésate a tu país, lárgate" en el súper y nadie hizo nada.', "es"),
    ("Ban him. He's been posting the same 'I know who you are' garbage since the primaries.", "en"),
    ("That 'replacement' garbage again, straight from the forums.", "en"),
    ("otra vez la CFE con sus apagones, ya cansan", "es"),
    ("Otra vez el IMSS con sus citas para dentro de seis meses, ya cansan.", "es"),
]

FLAGGED = [
    ("Si no te gusta, lárgate.", "es"),
    ("You 'journalist' garbage, go home.", "en"),
    ('Eres un "experto" basura.', "es"),
    ('Shut up, "patriot".', "en"),
]


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_quoted_or_agency_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang"), FLAGGED)
def test_aimed_twin_flagged(text: str, lang: str) -> None:
    assert_rules_flag(text, lang, "troll")
