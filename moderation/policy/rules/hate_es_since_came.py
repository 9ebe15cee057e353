"""A Spanish town's decline put down to a people's coming, read across sentences
(`hate.es_since_came`, hold only).

`hate.es_implicit` reads "desde que llegaron los X, ya no es lo mismo" within a sentence.
The blog's longer comments tell it as a small history instead: the place as it was ("mi
colonia era tranquila", "Juárez era tranquilo"), then the arrival ("luego llegaron los X",
"hasta que se llenó de X", "antes de que llegaran"), or the arrival and what came with it
("desde que llegaron los X se llenó de delincuentes", "ya no se puede dormir", "esto no
pasaba"). This reads the arrival of a named people (or "los de afuera") within a few
sentences of the lost calm or the decline, in either order.

Every hit only holds: a moderator reads it. Developers, police or cartels arriving are no
people; a history told as someone's, negated, or condemned, and a comment that calls some
line racist or false, pass (`own_shape`, `held_shape`).
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_es_held import first_own_shape, held_shape
from moderation.policy.rules.hate_es_short import GROUP, masked_words
from moderation.policy.rules.hate_shapes import group_units
from moderation.policy.types import Category

_RULE = "hate.es_since_came"
_SCORE = 0.75
_WHAT = "a place's decline put down to a people's coming"

_NEEDLE = re.compile(r"\b(?:llegaron|llegaran|vinieron|vinieran|llen\w+|recien llegad\w+)\b")
# A named people's arrival ("luego llegaron los X", "hasta que se llenó de X"), after the
# words that open it.
_ARRIVAL = (
    r" (?:llegaron|llegaran|vinieron|vinieran|se vinieron|se metieron|los dejaron entrar|"
    r"se (?:lleno|llenaron) (?:\S+ ){0,3}?de)(?: (?:los|las|esos|esas|puros|puras|tantos|"
    rf"tantas))? (?:\S+ ){{0,2}}?(?:{GROUP}|los de (?:afuera|fuera))\b"
)
# An arrival that ended the calm told before it ("era tranquilo, hasta que llegaron los X").
_ENDED = rf"\b(?:hasta que|antes de que){_ARRIVAL}"
# An arrival told with what came after it ("luego llegaron los X y ahora hay drogas").
_CAME = (
    rf"\b(?:desde que|hasta que|luego|despues|cuando|y){_ARRIVAL}|"
    r"\b(?:los|las|esos|esas) recien llegad[oa]s\b"
)
# An arrival that needs no people named, when the decline follows at once ("antes de que
# llegaran esto no pasaba").
_BARE_ARRIVAL = r"\b(?:antes de que (?:llegaran|vinieran)|desde que (?:llegaron|vinieron))\b"
# The place as it was.
_CALM = (
    r"\b(?:era|eran|estaba) (?:(?:muy|mas|bien) )?(?:tranquil[oa]s?|segur[oa]s?|bonit[oa]s?|"
    r"limpi[oa]s?|otr[oa]|decente)\b"
)
# What the writer says came with them.
_DECLINE = (
    r"\b(?:ya no se puede (?:vivir|salir|caminar|dormir|andar)|se (?:lleno|llenaron) de "
    r"(?:delincuentes|ladrones|rateros|basura|drogas?|pandilleros|malandros)|ahora hay "
    r"(?:grafiti|drogas|robos|balazos|asaltos|pandillas)|se (?:descompuso|echo a perder|"
    r"arruino|pudrio)|esto no pasaba|ya no (?:la|lo) reconozco)\b"
)
_NEAR = r".{0,200}?"
_SHAPE = re.compile(
    rf"{_CALM}{_NEAR}{_ENDED}|(?:{_CAME}){_NEAR}{_DECLINE}|{_DECLINE}{_NEAR}{_ENDED}|"
    rf"{_BARE_ARRIVAL}.{{0,40}}?{_DECLINE}"
)


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    words, offsets, index = masked_words(an, group_units(an))
    return first_own_shape(words, offsets, index, _SHAPE.finditer(words), _WHAT)


@rule(_RULE, Category.HATE, needs=(_NEEDLE,))
def es_since_came(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that puts a place's decline down to a people's coming."""
    del sub
    if an.lang != "es" or not an.units:
        return []
    return held_shape(an, _RULE, _SCORE, _shapes(an))
