"""Spanish ordinals in street names ("la 5ta", "la 3ra avenida", "1er", "2do") are numbers with
a unit, not leetspeak: the normaliser keeps them as typed (it read "la 5ta" as "la sta"), and
evidence offsets still point into the original text. A digit inside a word is still read."""

import pytest

from moderation.policy.normalize import normalize

KEPT = [
    ("Vivo en la 5ta y Juárez.", "5ta"),
    ("Dobla en la 3ra avenida.", "3ra"),
    ("Quedó en 1er lugar.", "1er"),
    ("Está en el 2do piso.", "2do"),
    ("La 8va calle está cerrada.", "8va"),
    ("Desfile el 16 de septiembre por la 5a avenida.", "5a"),
    ("Turn left on 4th street.", "4th"),
]


@pytest.mark.parametrize("text,word", KEPT)
def test_ordinal_kept(text: str, word: str) -> None:
    norm = normalize(text)
    assert f" {word}" in f" {norm.text}", norm.text
    k = norm.text.index(word)
    start, end = norm.span(k, k + len(word))
    assert text[start:end] == word


FOLDED = [("p3nd3jo", "pendejo"), ("c4bron", "cabron"), ("pu5ta", "pusta"), ("h4te", "hate")]


@pytest.mark.parametrize("text,folded", FOLDED)
def test_leet_inside_word_still_folded(text: str, folded: str) -> None:
    assert normalize(text).text == folded
