"""An insult that is also an animal, said of the animals out in the land: "Las vacas cruzan el
río", "los cerdos atraviesan la carretera", "las ratas beben del arroyo". The plural noun with
its article opens the sentence and a verb of herds crossing, grazing or drinking follows it
at once: animals doing what animals do, not people called animals."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit

_ARTICLES = frozenset({"las", "los"})
# Beasts of herd and field whose names are also insults ("zorras", "perras" and the monkeys are
# left out: in that slot they are mostly said of women or, as slurs, of a people).
_BEASTS = frozenset(
    {"vacas", "cerdos", "puercos", "marranos", "ratas", "borregos", "burros", "mulas", "cabras",
     "chivos", "bueyes"}
)  # fmt: skip
_HERD_VERBS = frozenset(
    {"cruzan", "cruzaron", "cruzaban", "atraviesan", "atravesaron", "atravesaban", "pastan",
     "pastaban", "pastean", "mugen", "mugian", "beben", "bebian", "abrevan", "nadan", "nadaban",
     "pisotean", "pisotearon"}
)  # fmt: skip


def herd_moving(an: Analysis, u: Unit) -> bool:
    """`u` names a herd's beasts, its article opens the sentence and a herd's verb comes right
    after it."""
    if u.text not in _BEASTS:
        return False
    k = u.index
    if k == 0 or an.units[k - 1].text not in _ARTICLES or k + 1 >= len(an.units):
        return False
    art, verb = an.units[k - 1], an.units[k + 1]
    opens = art.index == 0 or an.units[art.index - 1].sentence != art.sentence
    return opens and verb.sentence == u.sentence and verb.text in _HERD_VERBS
