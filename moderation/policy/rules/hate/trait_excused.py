"""A claim excused as science ("that's not an insult, it's genetics") is a slight only when
what it excuses is one: a gift praised or a medical fact told before it is no slur."""

from __future__ import annotations

import re

# A talent or a plain health fact in the words before the excuse: "Kenyans win marathons",
# "sickle cell is more common in ...", "they're taller on average".
_NO_SLIGHT = re.compile(
    r"\b(?:wins?|won|winning|best|better|faster|fast|taller|tall|stronger|strong|gifted|"
    r"talented|athletic|beautiful|healthy|healthier|live longer|good at|great at|marathons?|"
    r"sickle|disease|diseases|condition|diabetes|cancer|lactose|intoleran\w*|allerg\w*|risk|"
    r"screening|mutations?|disorder|syndrome|anemia|blood pressure|skin|eyes?|hair|height)\b"
)
# How far back the excused claim is read: the sentence before and the excuse's own.
_BEFORE = 200


def trait_not_a_slight(text: str, start: int) -> bool:
    """The claim before `start` praises a gift or tells a health fact: no slight excused."""
    return _NO_SLIGHT.search(text, max(0, start - _BEFORE), start) is not None
