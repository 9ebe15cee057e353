"""A bigotry label the writer fends off, pinned for saying the line that follows ("they call
you a racist for noticing that ...", "you get called a bigot for saying ..."): the call and
the saying are the writer's own line defended in advance, not someone else's words reported."""

from __future__ import annotations

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context.condemnation import LABELS, label_fended_off

# The reason the label is given for ("for noticing", "just for saying").
_FOR = frozenset({"for", "just for", "for just", "simply for", "for simply", "for even"})
# Words that may stand between the label, its "for" and the verb of saying.
_SOFT = frozenset({"just", "simply", "even", "merely", "a", "an"})
_CALLS = frozenset({"call", "calls", "called", "calling"})


def _fended(an: Analysis, j: int) -> bool:
    """Unit j is a bigotry label the writer fends off, or a call with the label in it ("call
    me a racist", one unit) not made by the writer ("I'd call you a racist" is a verdict)."""
    if label_fended_off(an, j):
        return True
    u = an.units[j]
    words = u.text.split()
    if len(words) < 2 or words[0] not in _CALLS or words[-1] not in LABELS:
        return False
    if j == 0 or an.units[j - 1].sentence != u.sentence:
        return True
    prev = an.units[j - 1].text
    writer = prev == "i" or (prev in ("will", "would") and j > 1 and an.units[j - 2].text == "i")
    return not writer


def _skip(an: Analysis, j: int, step: int) -> int:
    """The first unit from j, walking by `step`, that is no soft word."""
    while 0 <= j < len(an.units) and an.units[j].text in _SOFT:
        j += step
    return j


def label_for_saying(an: Analysis, k: int) -> bool:
    """The call or saying at unit k belongs to a fended label given for saying the line: the
    call with the label and "for" after it ("they call you a racist for ..."), or the saying
    after the label and "for" ("... a bigot for saying X are ...")."""
    units = an.units
    s = units[k].sentence
    for j in range(k, min(len(units), k + 4)):
        if units[j].sentence != s:
            break
        if units[j].text.split()[-1] in LABELS and _fended(an, j):
            nxt = _skip(an, j + 1, 1)
            return nxt < len(units) and units[nxt].sentence == s and units[nxt].text in _FOR
    j = _skip(an, k - 1, -1)
    if j < 1 or units[j].sentence != s or units[j].text not in _FOR:
        return False
    j = _skip(an, j - 1, -1)
    return j >= 0 and units[j].sentence == s and _fended(an, j)
