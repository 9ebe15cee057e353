"""A "not all X are ..., but most ..." concession that ends in praise: "I'm not saying all
Haitians are good, but most of them work hard." The shape that usually slips a vice onto
"most of them" (coded.tsv's `not_all_but`) here grants the group a good: no hate. The English
twin of the Spanish concession `negated_positive` already passes ("no digo que todos los X
sean buenos, pero la mayoría trabaja duro"). A vice, a negation or a harm after the contrast
("but most of them are lazy", "but most don't work", "but most of them steal") keeps it read."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.hate.negated_positive import MILD_CODES

# `negated_positive`'s codes that say nothing hostile, and the "them" that points back at the
# group ("most of them").
_MILD_CODES = MILD_CODES | {"t"}
# Goods a group is granted in plain words, where no lexicon unit marks a good quality.
_GOODS = re.compile(
    r"\b(?:work(?:s|ing)? (?:hard|harder|long hours|two jobs)|hard[- ]?working|"
    r"pay (?:their |his |her )?taxes|law[- ]abiding|(?:want|came) to work|"
    r"trabaja\w* (?:duro|mucho|mas)|pagan (?:sus )?impuestos)\b"
)
# Plain words that charge the group with a harm even without a lexicon code.
_HARMS_PLAIN = re.compile(
    r"\b(?:steal\w*|rob\w*|lie|lies|lying|cheat\w*|sell drugs|deal drugs|leech\w*|mooch\w*|"
    r"roban|mienten|don'?t|do not|won'?t|never|no|have you|ever (?:met|seen|known)|name one|"
    r"show me)\b"
)


def kind_after_concession(an: Analysis, first: int) -> bool:
    """After the first contrast ("but", "pero") of unit `first`'s sentence, the sentence
    holds only mild units, no plain harm or negation, and grants a good: a good quality
    or one of `_GOODS`."""
    units = an.units
    sentence = units[first].sentence
    turn = next((u.index for u in units[first:] if u.sentence == sentence and u.code == "B"), None)
    if turn is None:
        return False
    rest = [u for u in units[turn + 1 :] if u.sentence == sentence]
    if not rest or not all(u.code in _MILD_CODES for u in rest):
        return False
    text = an.norm.text[rest[0].start : rest[-1].end]
    if _HARMS_PLAIN.search(text) or "?" in an.norm.text[rest[-1].end : rest[-1].end + 3]:
        return False  # "..., but have you ever met an honest one?": the praise is doubted
    return any(u.code == "P" for u in rest) or _GOODS.search(text) is not None
