"""Libel is about persons: an organisation, a party, a state or an armed group classed as
terrorist or charged with a crime is no identifiable person ("Hezbollah is a terrorist
organisation", "Islamic Jihad took money from Iran"), while a named person, an office-holder
("the mayor of X") or a person's tie to such a group still holds. Rules alone. Our own words."""

import pytest

from moderation.policy import Submission, screen

PASSES = [
    ("Hezbollah is a terrorist organisation.", "en"),
    ("Hezbollah is a terrorist organization and everyone knows it.", "en"),
    ("Hezbollah is a terrorist.", "en"),
    ("Hezbollah took bribes from Iran.", "en"),
    ("Iran is a terrorist state.", "en"),
    ("Islamic Jihad is a terrorist group that took money from Iran.", "en"),
    ("The Workers Party took bribes from the cartel.", "en"),
    ("Hezbolá es una organización terrorista.", "es"),
    ("ETA era una banda terrorista.", "es"),
    ("Hamás recibe dinero de Irán.", "es"),
]

HOLDS = [
    ("John Smith is a terrorist.", "en"),
    ("Mayor Pérez is a terrorist.", "en"),
    ("The mayor of Springfield is a terrorist.", "en"),
    ("John Smith is a terrorist group member.", "en"),
    ("John Smith is a terrorist group's donor.", "en"),
    ("Kessler took bribes from the cartel.", "en"),
    ("El alcalde Ramiro Téllez tiene nexos con el Cártel del Golfo.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_organisations_are_not_libelled(text, lang):
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    assert not [f.rule for f in verdict.findings if f.category == "libel"], text


@pytest.mark.parametrize(("text", "lang"), HOLDS)
def test_people_still_are(text, lang):
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    assert "libel.unattributed_claim" in [f.rule for f in verdict.findings], text
