"""A negated claim asked back and answered at once with a named counter-example ("Women can't
lead? Look at Merkel.", "¿Las mujeres no pueden mandar? Mira a Merkel.", "¿No saben gobernar?
Ahí está Bachelet."): the writer rebuts the denial, so the negation rules leave it. The example
must be a name (a capital as typed): "Look at them" points at the group itself and stays read.
`denial_rebutted` asks the same of a coded or short-shape match that holds the denial itself."""

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


# A negation inside a match: the claim denies a group a capacity ("no saben gobernar", "no
# sirven para la política", "can't lead"), which a named counter-example answers.
_DENIAL = re.compile(r"\b(?:no|not|never|nunca|cannot|can'?t|don'?t|doesn'?t|won'?t)\b")


def denial_rebutted(an: Analysis, first: int, last: int) -> bool:
    """Units `first`..`last` deny a group something, asked back as a question and answered at
    once by pointing at someone named. A charge pointed at a name ("Are they taking over? Look
    at Soros.") is evidence offered, not a rebuttal, so the match must hold the denial."""
    words = an.norm.text[an.units[first].start : an.units[last].end]
    return _DENIAL.search(words) is not None and rebutted_by_example(an, first)
