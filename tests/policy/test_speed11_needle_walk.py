"""The needle walk splits a text's rarest-set bits once into those the text surely holds and
those whose strings must be looked for (`Needles._walk`), instead of testing every bit against
the whole mask: the candidates must be those of the walk that tested each bit, and the rows
they pick must still decide the same verdicts, in both languages."""

import pytest

from moderation.policy.lexicon import Needles, load
from tests.policy.expect import assert_category_action


def _per_bit(needles: Needles, text: str, m: int) -> list[int]:
    """The walk before the split: whether a rarest set is certain, tested bit by bit."""
    certain, hopeful = needles.index.sets(m)
    ready = set(needles.always)
    p = hopeful & needles.primary
    while p:
        top = p.bit_length()
        bit = 1 << (top - 1)
        p ^= bit
        unsure = bit ^ (certain & bit)
        for result, rest in needles.by_primary[top]:
            if hopeful & rest == rest:
                have = certain & rest
                if (have == rest and not unsure) or needles._spelled(text, (rest ^ have) | unsure):
                    ready.add(result)
    return sorted(ready)


TEXTS = [
    "I know where you live and I know where you park your truck.",
    "Check my profile, DM me for cheap followers, link in bio!!",
    "Shut up, nobody asked you, go touch grass.",
    "The council meets on Tuesday to talk about the bridge repairs.",
    "Sé dónde vives y a qué hora sales del trabajo.",
    "Escríbeme por DM para ganar dinero desde casa, link en mi perfil.",
    "Cállate ya, nadie te preguntó nada.",
    "La biblioteca abre a las nueve y cierra a las seis.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_split_walk_picks_the_rows_of_the_per_bit_walk(text):
    lex = load()
    for needles in (lex.spam_needles, lex.troll_needles, lex.coded_needles):
        folded = text.lower()
        m = needles.index.mask(folded)
        assert needles._candidates(folded, m) == _per_bit(needles.needles, folded, m)


@pytest.mark.parametrize(
    ("text", "expected", "category", "lang"),
    [
        ("I know where you live and I know where you park your truck.", "flag", "troll", "en"),
        ("Sé dónde vives y a qué hora sales del trabajo.", "flag", "troll", "es"),
        (
            "The council meets on Tuesday to talk about the bridge repairs.",
            "approve",
            "troll",
            "en",
        ),
        ("La biblioteca abre a las nueve y cierra a las seis.", "approve", "troll", "es"),
    ],
)
def test_rows_picked_by_the_walk_still_decide(text, expected, category, lang):
    assert_category_action(text, expected, category, lang)
