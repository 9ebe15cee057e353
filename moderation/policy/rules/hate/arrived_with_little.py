"""A group said to bring "nothing but" what it can carry ("refugees bring nothing but the clothes
on their backs"): poverty described, not a charge, so `hate.derogation` leaves it. What they
bring must be belongings, family or hope, and nothing else may follow in the sentence but plain
words: "bring nothing but crime", "nothing but their bags and disease" stay read."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

_BRING = frozenset({"bring nothing but", "brings nothing but"})
_CARRIED = re.compile(
    r"\s*(?:(?:the|their|his|her|a|an|some|a few|few|only|what|old|spare|torn|worn)\s+)*"
    r"(?:clothes|clothing|shirts?|shoes|bags?|suitcases?|backpacks?|bundles?|belongings|"
    r"possessions|hopes?|dreams?|children|kids|babies|famil(?:y|ies)|skills|memories|courage|"
    r"papers|documents|they (?:can|could) carry|fits in)\b"
)
_PLAIN = frozenset({"w", "A", "B"})


def only_belongings(an: Analysis, pred: Unit) -> bool:
    """Is `pred` "bring nothing but" followed by belongings and only plain words after?"""
    if pred.text not in _BRING or not _CARRIED.match(an.norm.text, pred.end):
        return False
    for u in an.units[pred.index + 1 :]:
        if u.sentence != pred.sentence:
            break
        if u.code not in _PLAIN:
            return False
    return True
