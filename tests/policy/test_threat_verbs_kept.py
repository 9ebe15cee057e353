"""Plural imperatives of harm verbs one letter from another real word ("entierren", bury, is
one letter from "encierren", lock up; "violenla" from "violenta"): near-word matching must
leave them as typed so the threat reader sees them, and the neighbours with a thing, a pet or
a past burial still pass. Hand-written, Spanish."""

import pytest

from moderation.policy.analysis import analyse
from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, expected in the troll category)
    ("Entierren al columnista en el desierto.", "es", "reject"),
    ("Entierren a ese concejal en una zanja.", "es", "reject"),
    ("Entiérrenlas vivas en el desierto.", "es", "reject"),
    # A thing, a pet, a burial told or held, a lock-up: no threat.
    ("Entierren la cápsula del tiempo junto al roble.", "es", "approve"),
    ("Enterraron a mi abuelo en el panteón del pueblo.", "es", "approve"),
    ("Encierren a los perros en la noche, que ladran mucho.", "es", "approve"),
    ("Entierren al gato en el jardín, pobrecito.", "es", "approve"),
    ("La película violenta me encantó.", "es", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_threat_verb_kept(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "troll", lang)


@pytest.mark.parametrize("word", ["entierren", "entierrenlos", "violenla", "violenlo"])
def test_word_read_as_typed(word: str) -> None:
    """The word stays itself in the analysis, not the near word it is one letter from."""
    an = analyse(f"{word} al columnista", "es")
    assert an.units[0].text == word
