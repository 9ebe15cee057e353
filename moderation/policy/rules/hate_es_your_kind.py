"""Spanish lines that turn on a reader's people: "los de tu raza", "las de tu tipo"
(`hate.es_your_kind`, hold only).

The writer answers one person and smears everyone of their race or kind with them ("los de tu
raza nomás saben vender chicles", "las de tu tipo odian a los hombres", "tú y los de tu especie
deberían regresarse"); or ends a vice laid on a people with "así es su gente". No group word
needs to be named: "tu raza" is the group.

Every hit only holds: a moderator reads it. The phrase is what people remember having been
told, so a quoted line, one told as someone else's ("me dijeron que los de tu tipo no van a la
universidad") and a comment that calls some line racist let it pass; "los de tu tipo de
sangre" is a blood group, and "tu clase" is as often a school's.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_es_barred import told
from moderation.policy.rules.hate_es_held import held_shape
from moderation.policy.rules.hate_es_short import BAD, masked_words, units_inside
from moderation.policy.types import Category

_RULE = "hate.es_your_kind"
_SCORE = 0.75

_NEEDLE = re.compile(r"\b(?:tu|tus) (?:raza|tipo|especie|calana|ralea)\b|\bsu gente\b")
# "los de tu raza" with something said of them in the same clause.
_YOUR_KIND = re.compile(
    r"\b(?:los|las|todos los|todas las|tu y los|tu y las) de (?:tu|tus) "
    r"(?:raza|tipo|especie|calana|ralea)(?! de\b| sangu\w+| sanguineo)"
    r"(?= (?!,|\.)[^ ]+)"
)
# A vice laid on a people, closed with "así es su gente".
_THEIR_PEOPLE = re.compile(rf"\b{BAD}\b[^.]{{0,80}}?\basi (?:es|son) (?:su gente|su raza)\b")
_WHAT = "a reader's whole race or kind smeared with them"


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    words, offsets, index = masked_words(an, set())
    for pattern in (_YOUR_KIND, _THEIR_PEOPLE):
        for m in pattern.finditer(words):
            if told(words, m.start()):
                continue
            ends = [e for e in (words.find(" , ", m.end()), words.find(" . ", m.end())) if e >= 0]
            inside = units_inside(offsets, index, m.start(), min(ends, default=len(words)))
            if not inside or any(an.units[i].quoted for i in inside):
                continue
            return [(inside[0], inside[-1], _WHAT)]
    return []


@rule(_RULE, Category.HATE, needs=(_NEEDLE,))
def es_your_kind(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that smears a reader's race or kind along with them."""
    del sub
    if an.lang != "es" or not an.units or not _NEEDLE.search(an.norm.text):
        return []
    return held_shape(an, _RULE, _SCORE, _shapes(an))
