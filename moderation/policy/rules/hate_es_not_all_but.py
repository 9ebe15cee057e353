"""A Spanish generalisation opened by "no digo que todos, pero ..." (`hate.es_not_all_but`,
hold only).

The writer fends off the charge of generalising and then generalises: "No digo que todos,
pero ¿se han fijado cuántos X aparecen en ...?", "Yo no digo que sean malos, pero ¿ya vieron
cuántos tatuajes traen los que llegan?", "no digo que todos sean delincuentes, pero la mayoría
...". This reads the disclaimer, then after its "pero" a vice, trouble laid at their door or a
count asked to be noticed ("¿ya vieron cuántos ...?"), with a people named in the same
stretch.

Every hit only holds: a moderator reads it. Politicians, parties and officials are fair game
for the same words; a defence or praise after the "pero" ("la mayoría trabaja") passes; a
line told as someone's or condemned passes (`own_shape`, `held_shape`).
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_es_held import first_own_shape, held_shape
from moderation.policy.rules.hate_es_implicit import GROUP_OR_STAND_IN, POLITICS, VICE
from moderation.policy.rules.hate_es_short import masked_words
from moderation.policy.rules.hate_shapes import group_units
from moderation.policy.types import Category

_RULE = "hate.es_not_all_but"
_SCORE = 0.75
_WHAT = "a people generalised about after 'no digo que todos, pero'"

# The disclaimer, then after its "pero" a vice, trouble laid at their door, or a count
# asked to be noticed ("¿ya vieron cuántos ...?"): a majority alone may be praise.
_SHAPE = re.compile(
    r"\b(?:no digo que|no estoy diciendo que|nadie (?:esta diciendo|dice) que) (?:sean )?"
    r"(?:tod[oa]s|malos|malas)\b[^.]{0,40}? ,? pero\b.{0,160}?(?:"
    + VICE.pattern
    + r"|\b(?:broncas|problemas|pleitos|vividor\w*|no respet\w*|trafic\w*|tatuajes)\b|"
    r"\b(?:se han fijado|ya vieron|vean|fijense)(?: en)? cuant[oa]s\b)"
)
# The people the line is about: a group, a stand-in, or those who come or live somewhere.
_PEOPLE = re.compile(
    rf"\b(?:{GROUP_OR_STAND_IN}|(?:los|las|la gente) (?:que|q) (?:se )?(?:llegan|llega|vienen|"
    r"viene|vino|vinieron|viven|cruzan|llegaron))\b"
)


def _about_a_people(words: str, m: re.Match) -> bool:
    """A people named within 80 characters of the disclaimer's line, and no politicians."""
    stretch = words[max(0, m.start() - 80) : m.end() + 80]
    return bool(_PEOPLE.search(stretch)) and not POLITICS.search(stretch)


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    words, offsets, index = masked_words(an, group_units(an))
    lines = (m for m in _SHAPE.finditer(words) if _about_a_people(words, m))
    return first_own_shape(words, offsets, index, lines, _WHAT)


@rule(_RULE, Category.HATE, needs=(re.compile(r"\b(?:digo|diciendo|dice) que\b"),))
def es_not_all_but(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that generalises about a people after disclaiming it."""
    del sub
    if an.lang != "es" or not an.units:
        return []
    return held_shape(an, _RULE, _SCORE, _shapes(an))
