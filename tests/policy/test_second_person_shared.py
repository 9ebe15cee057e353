"""The second person as one set of regex pieces (`rules/context/second_person.py`), read by the
tests that ask whether a reader is spoken to (`troll.kin_told`, `paid_jibe`, `public`,
`shouting`, `ADDRESSEE`, `haters_object`, the hearsay frames of the Spanish put-downs), and the
tests kept narrower on purpose. Our own examples."""

import re

import pytest

from moderation.policy import Submission, screen
from moderation.policy.analysis import analyse
from moderation.policy.rules.context.haters_object import haters_scorned
from moderation.policy.rules.context.second_person import (
    HANDLE,
    SECOND_PERSON,
    SECOND_PRONOUNS,
    SPOKEN_TO_ES,
)
from moderation.policy.rules.troll.kin_told import kin_told
from moderation.policy.rules.troll.paid_jibe import _PAID_READER
from moderation.policy.rules.troll.words import ADDRESSEE, SECOND_PERSON_ES

_WORDS = re.compile(rf"\b(?:{SECOND_PERSON})\b")


@pytest.mark.parametrize(
    "word", ["you", "your", "u", "ur", "tu", "tus", "te", "ti", "usted", "ustedes", "eres", "sos"]
)
def test_second_person_words(word):
    assert _WORDS.search(f"y luego {word} dijo"), word
    assert ADDRESSEE.search(f"y luego {word} dijo"), word


@pytest.mark.parametrize("text", ["youth", "tuna", "tele", "usual", "urban", "erase", "sosa"])
def test_second_person_needs_a_whole_word(text):
    assert not _WORDS.search(text)


def test_pieces_nest():
    assert set(SECOND_PRONOUNS.split("|")) < set(SECOND_PERSON.split("|"))
    assert {"vos", "contigo"} < set(SPOKEN_TO_ES.split("|"))
    assert set(SPOKEN_TO_ES.split("|")) < set(SECOND_PERSON_ES.split("|"))
    assert re.search(HANDLE, "gracias @9lupe")


def test_paid_reader_is_no_possessive():
    """Beside an official the paid one must be the reader: "your" names no one paid."""
    assert _PAID_READER.search("who pays you, senator")
    assert not _PAID_READER.search("the senator who writes your laws")


KIN = [
    # the writer's kin told, no reader in the sentence: the jibe is a life told
    ("mi abuela no sabe ni leer y saco adelante a ocho hijos", False),
    # a reader in the sentence keeps the jeer, whichever second-person word names them
    ("mi abuela no sabe ni leer y ustedes igual", True),
    ("mi abuela no sabe ni leer y vos sos igual", True),
    ("my grandma never finished school and ur the same", True),
]


@pytest.mark.parametrize(("text", "kept"), KIN)
def test_kin_told_keeps_a_reader(text, kept):
    start = text.index("no sabe") if "no sabe" in text else text.index("never")
    assert kin_told(text, start, start + 12) is (not kept), text


def _haters(text: str) -> bool:
    an = analyse(text, "en")
    k = next(x.index for x in an.units if x.text == "scum")
    return haters_scorned(an, k)


def test_haters_scorned_unless_a_reader_is_named():
    assert _haters("the racists who hate mexicans are scum")
    assert not _haters("ur friends the racists who hate mexicans are scum")
    assert not _haters("your friends the racists who hate mexicans are scum")


@pytest.mark.parametrize(
    "text",
    [
        "Los racistas que odian a los mexicanos son unos pendejos.",
        "The racists who hate Mexicans are scum.",
        "Who pays for the bridge? The county, and the state pays the rest.",
        "Mi abuela no terminó la primaria y sacó adelante a ocho hijos; no sabía ni leer.",
    ],
)
def test_harmless_neighbours_pass(text):
    assert screen(Submission(text=text)).action == "approve", text


@pytest.mark.parametrize(
    "text",
    ["Who pays you to write this?", "¿Quién te paga, autor?"],
)
def test_paid_jibes_held(text):
    assert screen(Submission(text=text)).action != "approve", text
