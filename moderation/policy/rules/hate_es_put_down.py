"""A Spanish group's fault put down to its culture, birth or upbringing (`hate.es_put_down`,
hold only).

The blog's polite hate often states a fault of a people and then closes it with the reason
that makes it their nature: "..., es cultural", "es su forma de ser", "así los crían", "es
una cultura que no valora el trabajo", "flojos y violentos de nacimiento", "tramposos desde
la cuna", "es su estrategia de siempre". `hate.es_implicit` reads blood and genes; this reads
the cultural and inborn forms, which need a people named before them and (for the bare
"es cultural" kind) a fault beside it.

Every hit only holds: a moderator reads it. A negation before the reason ("no es cultural, es
pobreza"), a line told as someone else's or quoted to be refuted, praise with no fault, and a
comment that calls some line racist or false let it pass (`own_shape`, `held_shape`).
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_es_held import first_own_shape, held_shape
from moderation.policy.rules.hate_es_implicit import (
    GROUP_OR_STAND_IN,
    UNNAMED_GROUP,
    VICE,
)
from moderation.policy.rules.hate_es_short import masked_words
from moderation.policy.rules.hate_shapes import group_units
from moderation.policy.types import Category

_RULE = "hate.es_put_down"
_SCORE = 0.75
_WHAT = "a people's fault put down to its culture, birth or upbringing"

_NEEDLE = re.compile(
    r"\b(?:cultural|cultura|de ser|naturaleza|nacimiento|la cuna|crian|estrategia|sangre|"
    r"de su tierra)\b"
)
# Faults the vice list of `hate_es_implicit` leaves out, as the cultural reason's companions.
_FAULT = re.compile(
    r"\b(?:mafi\w+|lav\w+ dinero|gratis|exig\w+|groser\w+|abus\w+|acos\w+|malandr\w+|"
    r"ensuci\w+|a proposito|racistas|tramp\w+|mentir\w+|machet\w+|no (?:se cuidan|pagan|"
    r"valoran|respetan|trabajan))\b"
)
# A reason that makes the fault the people's nature and is a fault by itself: it needs only a
# people named before it.
_INBORN = re.compile(
    r"\b(?:(?:racistas|flojos|flojas|violentos|violentas|rateros|rateras|ladrones|tramposos|"
    r"tramposas|mentirosos|mentirosas|criminales|delincuentes|sucios|sucias|traidores|"
    r"huevones|salvajes)(?: y \w+)? (?:de nacimiento|desde la cuna)|"
    r"asi (?:los|las) crian|(?:es|viene) de su cultura de \w+|es una cultura que no|"
    r"no (?:lo )?traen? de su tierra|es (?:su|una) estrategia(?: de siempre| para "
    r"(?:quitarnos|invadir|reemplazarnos|quedarse|anclarse)\b))"
)
# A reason that makes a fault said before it the people's nature ("..., es cultural").
_NATURE = re.compile(
    r"\b(?:es (?:algo )?cultural|(?:es|asi es) (?:de |por )?su cultura|"
    r"es su (?:forma|manera|modo) de ser|es su naturaleza|es la sangre GRP)\b"
)
# How far back (characters of the masked words) the people and the fault may be named.
_BACK = 300
_PEOPLE = re.compile(
    rf"\b(?:{GROUP_OR_STAND_IN}|{UNNAMED_GROUP}|(?:hay|ciertos) grupos|"
    r"(?:los|las) \w+(?: \w+)? son tod[oa]s)\b"
)


def _before(words: str, at: int) -> str:
    return words[max(0, at - _BACK) : at]


def _fits(words: str, m: re.Match, inborn: bool) -> bool:
    """A people named before the reason, and for the bare reason a fault beside it."""
    around = words[max(0, m.start() - _BACK) : m.end()]
    if not _PEOPLE.search(_before(words, m.start()) + " " + m.group(0)):
        return False
    if inborn:
        return True
    return bool(VICE.search(around) or _FAULT.search(around))


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    words, offsets, index = masked_words(an, group_units(an))
    reasons = (
        m
        for pattern, inborn in ((_INBORN, True), (_NATURE, False))
        for m in pattern.finditer(words)
        if _fits(words, m, inborn)
    )
    return first_own_shape(words, offsets, index, reasons, _WHAT)


@rule(_RULE, Category.HATE, needs=(_NEEDLE,))
def es_put_down(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that puts a people's fault down to its culture or birth."""
    del sub
    if an.lang != "es" or not an.units:
        return []
    return held_shape(an, _RULE, _SCORE, _shapes(an))
