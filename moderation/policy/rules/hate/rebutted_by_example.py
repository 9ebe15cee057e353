"""A negated claim asked back and answered at once with a named counter-example ("Women can't
lead? Look at Merkel.", "¿Las mujeres no pueden mandar? Mira a Merkel.", "¿No saben gobernar?
Ahí está Bachelet."): the writer rebuts the denial, so the negation rules leave it. The example
must be a name (a capital as typed): "Look at them" points at the group itself and stays read."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context import is_question

_POINT = re.compile(
    r"(?:just |only |well,? |pues,? |bueno,? |si no,? )?"
    r"(?:look at|take|see|tell that to|mira a|mira al|miren a|miren al|fijate en|"
    r"ahi esta|ahi estan|ahi tienes a|ahi tienen a|ahi tienes al|diselo a)\s+"
)


def rebutted_by_example(an: Analysis, first: int) -> bool:
    """The question holding unit `first` is followed by a sentence that opens by pointing at
    someone named (a capital within three words: "Look at Merkel", "mira a mi prima Lola")."""
    if not is_question(an, first):
        return False
    base, codes = an.sentence_of(first)
    nxt = base + len(codes)
    if nxt >= len(an.units):
        return False
    m = _POINT.match(an.norm.text, an.units[nxt].start)
    if m is None:
        return False
    after = [u for u in an.units[nxt:] if u.start >= m.end()][:3]  # "mi prima Lola"
    for u in after:
        if u.sentence != an.units[nxt].sentence or u.code == "G":
            return False
        if an.capitalised(u.index):
            return True
    return False
