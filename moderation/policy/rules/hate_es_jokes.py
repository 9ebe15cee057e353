"""A joke told on a people, in Spanish (`hate.es_joke`, hold only).

The ethnic joke keeps its riddle's frame whatever its punchline: "¿cuál es la diferencia entre
un X y ...?", "¿en qué se parece un X a ...?", "¿cómo sabes que un X pasó por tu colonia?",
"¿cómo le dices a un X ...?", "van un X, un Y y un Z ...", or "ahí les va un chiste" before a
group. The frame counts only with a group as its subject and the writer's own laugh or excuse
("jajaja", "😂", "no se ofendan", "es humor", "ya saben el resto"), so a riddle asked in earnest
("¿cuál es la diferencia entre un migrante y un expatriado? el color de la piel") passes.

Every hit only holds: a moderator reads it. A joke retold to be refused ("todos se rieron
menos yo", "no da risa", "eso no es humor") and a comment that calls some line racist let it
pass.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_es_held import held_shape
from moderation.policy.rules.hate_es_short import masked_words, units_inside
from moderation.policy.rules.hate_shapes import group_units
from moderation.policy.types import Category

_RULE = "hate.es_joke"
_SCORE = 0.75
_WHAT = "a joke told on a people"

# The comments this rule can read tell a riddle or a joke; most comments end at this test.
_NEEDLES = re.compile(
    r"\b(?:diferencia|se parece|se parecen|chiste|como sabes|como sabe uno|como le dices|"
    r"como le llamas|como se le dice|como se les dice|como se llama|como reconoces|"
    r"como distingues|como se distingue|que le dices|que hace|que tienen en comun)\b"
)

_A = r"(?:un|una|unos|unas|dos|tres|los|las)"
# The riddle's frame with a people as its subject; the bar joke's ("van un X, un Y y un Z")
# only in a comment that calls itself a joke.
_FRAME = re.compile(
    r"\b(?:(?:cual|que) (?:es la )?diferencia (?:hay )?entre|en que se parecen?|"
    r"como (?:sabes|sabe uno|le dices|le llamas|se le dice|se les dice|se llama|reconoces|"
    r"distingues|se distingue)(?: (?:que|si|a))?|que (?:le dices|hace|tienen en comun))"
    rf" (?:a )?{_A} GRP\b|"
    r"\b(?:ahi (?:les )?va|les (?:cuento|dejo|va)|se saben|(?:otro|un) buen|el mejor) "
    r"(?:un |el |otro )?chiste\b[^.]*(?: \. [^.]*)?\bGRP\b"
)
_BAR_JOKE = re.compile(
    rf"\b(?:(?:van|va|entran|entra|estan|esta|iban|iba) (?:en un \w+ )?{_A} GRP|"
    rf"{_A} GRP ,? {_A} GRP y {_A} GRP)\b"
)
# The writer's own laugh or excuse, which makes the frame a joke told, not a question.
_LAUGH = re.compile(
    r"\b(?:ja(?:ja)+\w*|je(?:je)+\w*|ji(?:ji)+\w*|xd+|no se ofendan|es humor|humor \w+|"
    r"es (?:pura |solo una |una )?broma|(?:solo )?es un chiste|ya saben (?:el resto|cual)|"
    r"buenisimo|me (?:muero|mato|meo) de (?:la )?risa|se mueren de (?:la )?risa)\b|"
    "[\U0001f923\U0001f602\U0001f639\U0001f606\U0001f92d]"
)
# A kind punchline: the joke praises the people ("las mejores arepas").
_KIND = re.compile(
    r"\b(?:buen[oa]?s?|(?:el|la|los|las) mejor(?:es)?|bonit[oa]s?|amables?|"
    r"trabajador(?:es|as?)?|generos[oa]s?|sabros[oa]s?|valientes?|inteligentes?|chingones|chingonas)\b"
)
# A joke retold to be refused.
_REFUSED = re.compile(
    r"\b(?:menos yo|no (?:me )?(?:da|dio|causa|hace|hizo) (?:ni )?(?:risa|gracia)|"
    r"no (?:tiene|tuvo) (?:ninguna |nada de )?gracia|no es (?:humor|gracioso|chistoso)|"
    r"(?:es|fue|son) (?:un |una )?(?:chiste|chistes|humor|broma)s? (?:racistas?|xenofob\w*|"
    r"antisemitas?|homofob\w*|de mal gusto)|me (?:dio|da) (?:verguenza|asco|pena|coraje))\b"
)


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    words, offsets, index = masked_words(an, group_units(an))
    if "GRP" not in words or not _LAUGH.search(an.norm.text) or _REFUSED.search(words):
        return []
    if _KIND.search(words):
        return []
    m = _FRAME.search(words)
    if m is None and "chiste" in words:
        m = _BAR_JOKE.search(words)
    if m is None:
        return []
    inside = units_inside(offsets, index, m.start(), m.end())
    return [(inside[0], inside[-1], _WHAT)] if inside else []


@rule(_RULE, Category.HATE, needs=(_NEEDLES,))
def es_joke(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that tells a joke on a people in a riddle's frame."""
    del sub
    if an.lang != "es" or not an.units:
        return []
    return held_shape(an, _RULE, _SCORE, _shapes(an))
