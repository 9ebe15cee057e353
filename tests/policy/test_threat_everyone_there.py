""" "Everyone" is a pronoun, never the quantifier of a noun phrase of things: "I'll shoot
everyone there" threatens the people there, as "I'll shoot everyone" does. A word of place
after "everyone" or "todos" says where they are. Near misses keep their other readings: an
object after the verb ("shoot everyone a text"), a kind verb, things counted (our own
sentences)."""

import pytest

from .expect import assert_category_action

HITS = [
    ("I'll shoot everyone there.", "en", "troll"),
    ("I am going to stab everyone inside.", "en", "troll"),
    ("I'm going to walk into that synagogue and shoot everyone inside", "en", "hate"),
    ("I'm going to the mosque on Friday and I'll kill everyone there", "en", "hate"),
    ("We are going to the gurdwara and we'll shoot everyone in there.", "en", "hate"),
]

PASSES = [
    ("I'll shoot everyone a text tomorrow about the meeting.", "en"),
    ("I'm going to the game on Sunday and I'll cheer for everyone there.", "en"),
    ("I'll see everyone there at seven.", "en"),
    ("We'll feed everyone there after the service at the mosque.", "en"),
    ("I'm going to the synagogue bake sale and I'll thank everyone inside.", "en"),
    ("Voy a saludar a todos allí en la iglesia.", "es"),
]


@pytest.mark.parametrize(("text", "lang", "category"), HITS)
def test_threat_at_everyone_there(text, lang, category):
    assert_category_action(text, "reject", category, lang)


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_everyone_there_not_threatened(text, lang):
    assert_category_action(text, "approve", "troll", lang)
