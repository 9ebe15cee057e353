"""Spanish group hate with no verb in it (`hate.es_bare`, hold only).

The shortest hateful comments name a group and an insult and stop: "Chapines sucios 🤮",
"negros de mierda", "FUERA MOJADOS DE TEXAS", "Cucarachas del sur, eso son", "Changos al
zoológico". The other Spanish shapes look for a verb ("son", "traen", "llegaron"); these read a
clause that is only the group and the insult, "fuera" with a group after it, an insult said
back with "eso son", a group sent to the zoo or the cage, and a people's presence offered as
the whole explanation ("puros X en esa colonia, ¿qué esperaban?").

Every hit only holds: a moderator reads it. A quoted or reported line, a comment that calls
some line racist or false, and a negation before the clause let it pass (`held_shape`).
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_es_held import held_shape
from moderation.policy.rules.hate_es_implicit import own_shape
from moderation.policy.rules.hate_es_short import (
    ANY_NAMED,
    BAD,
    PEOPLE_PLACE,
    masked_words,
)
from moderation.policy.rules.hate_shapes import group_units
from moderation.policy.types import Category

_RULE = "hate.es_bare"
_SCORE = 0.75

# Words that may open the bare clause before the group ("pinches", "puros", "esos").
_LEAD = r"(?:(?:pinches|pinche|malditos|malditas|puros|puras|esos|esas|estos|estas|los|las) )?"
# What closes the clause: a comma, a sentence break, the end, or a sneering emoji.
_END = r"(?= [.,]| SNEER| VERMIN|$)"
_VERMIN_NOUN = r"(?:cucarachas|cucarachos|ratas|changos|monos|plaga|basura|escoria|parasitos)"

_VERMIN_OPENING = re.compile(rf"\b{_VERMIN_NOUN}\b")

_SHAPES: tuple[tuple[str, re.Pattern], ...] = (
    (
        "a group named with an insult and nothing else",
        re.compile(
            rf"(?:^|[.,] ){_LEAD}GRP(?: (?:y )?GRP)*(?: (?:de|d e) mierda| del carajo|"
            rf" (?P<p>{BAD}))+{_END}"
        ),
    ),
    (
        "a group told to get out",
        re.compile(r"(?:^|[.,] )fuera (?:los |las |todos los |todas las )?GRP\b"),
    ),
    (
        "an insult said back of a group with 'eso son'",
        re.compile(
            rf"(?:^|[.] )(?:GRP|{_VERMIN_NOUN})(?: (?:\w+ )?(?:del?|de la|del) "
            rf"(?:{PEOPLE_PLACE}|cerro|monte|selva))? , eso son(?: todos| todas)?(?: esos| esas)?"
            rf"(?= [.,]|$)"
        ),
    ),
    (
        "a people's presence offered as the whole explanation",
        re.compile(
            r"\b(?:puro|puros|puras|pura|una|un|otro|otra) (?:GRP|morenos|morenitos|prietos|indios)"
            r"\b[^.]{0,40}? , (?:pues )?(?:que (?:esperaban|esperabas|mas se puede esperar|"
            r"mas querian)|asi cualquiera|con razon)(?= [.,]|$)"
        ),
    ),
    (
        "a group sent to the zoo or the cage",
        re.compile(
            r"\b(?:GRP|changos|monos) (?:al|a la|a su) (?:zoologico|zoo|jaula|corral|arbol)\b"
        ),
    ),
)


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    words, offsets, index = masked_words(an, group_units(an))
    found: list[tuple[int, int, str]] = []
    for what, pattern in _SHAPES:
        for m in pattern.finditer(words):
            if "GRP" not in m.group(0) and not re.search(PEOPLE_PLACE, m.group(0)):
                continue
            shape = own_shape(words, offsets, index, m, what, 60)
            if shape:
                found.append(shape)
                break
    return found


@rule(_RULE, Category.HATE)
def es_bare(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that names a group with an insult and no verb."""
    del sub
    if an.lang != "es" or not an.units or len(an.units) > 40:
        return []
    # a short comment that names a group: most comments end at this test
    text = an.norm.text
    if not (an.by_class.get("G") or "S" in an.codes or ANY_NAMED.search(text)) and not (
        _VERMIN_OPENING.search(text)
    ):
        return []
    return held_shape(an, _RULE, _SCORE, _shapes(an))
