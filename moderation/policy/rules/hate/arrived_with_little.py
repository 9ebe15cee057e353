"""A group said to bring "nothing but" what it can carry ("refugees bring nothing but the clothes
on their backs"): poverty described, not a charge, so `hate.derogation` leaves it. What they
bring must be belongings, family or hope, and nothing else may follow in the sentence but plain
words: "bring nothing but crime", "nothing but their bags and disease" stay read. The same
goes for goods ("nothing but good food and hard work"), praise said as "nothing but", when no
harm is named beside them ("nothing but hard work and drugs", "... work for the police")."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.hate.credited import HARM, rest_of

_BRING = frozenset({"bring nothing but", "brings nothing but"})
_CARRIED = re.compile(
    r"\s*(?:(?:the|their|his|her|a|an|some|a few|few|only|what|old|spare|torn|worn)\s+)*"
    r"(?:clothes|clothing|shirts?|shoes|bags?|suitcases?|backpacks?|bundles?|belongings|"
    r"possessions|hopes?|dreams?|children|kids|babies|famil(?:y|ies)|skills|memories|courage|"
    r"papers|documents|they (?:can|could) carry|fits in)\b"
)
_GOODS = re.compile(
    r"\s*(?:(?:the|their|a|an|some|lots of|so much|good|great|delicious|amazing|wonderful|"
    r"hard|honest|new|fresh|rich|tasty|beautiful|real)\s+)*"
    r"(?:food|cooking|cuisine|work|labou?r|music|art|culture|talent|energy|ideas|kindness|"
    r"love|joy|flavou?rs?|spices|colou?r|diversity|businesses|hospitality|warmth|friendship)\b"
)
# Harm beside the goods, beyond the shared list: the goods said in scorn.
_SCORNED = re.compile(
    r"\b(?:police|cops|courts?|jails?|prisons?|trouble|noise|dirt|filth|misery|chaos|debts?|"
    r"welfare|handouts|stink\w*|smell\w*)\b"
)
_PLAIN = frozenset({"w", "A", "B"})
_PLAIN_WITH_PRAISE = frozenset({"w", "A", "B", "P", "I", "M"})  # "good food, as far as I can tell"


def only_belongings(an: Analysis, pred: Unit) -> bool:
    """Is `pred` "bring nothing but" followed by belongings (or goods, with no harm in the
    sentence) and only plain words after?"""
    if pred.text not in _BRING:
        return False
    text = an.norm.text
    plain = _PLAIN
    if not _CARRIED.match(text, pred.end):
        if not _GOODS.match(text, pred.end):
            return False
        rest = rest_of(text[pred.end :], 1)
        if HARM.search(rest) or _SCORNED.search(rest):
            return False
        plain = _PLAIN_WITH_PRAISE
    for u in an.units[pred.index + 1 :]:
        if u.sentence != pred.sentence:
            break
        if u.code not in plain:
            return False
    return True
