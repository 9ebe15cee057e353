"""A dehumanising noun that is also a verb ("trash": "to trash a people" is to run them down
in talk), read as the verb when "to" stands right before it and the group right after, in a
sentence that refuses the act ("It's not a reason to trash X", "I don't need people using
his death to trash every X", "stop using one crime to trash all X"). "X are trash" keeps the
noun, and "reason enough to trash X", with nothing refusing it, stays read, as does a refusal
with a "but" after it."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit

_VERBS = frozenset({"trash"})
_DETERMINERS = frozenset({"the", "all", "every", "all the", "these", "those", "our", "a"})
# What refuses the act in the sentence before it: a negation, or a call to stop.
_REFUSALS = frozenset({"stop", "quit", "enough of", "no need"})


def noun_read_as_verb(an: Analysis, pred: Unit, g: int) -> bool:
    """`pred` is a noun-or-verb word after "to" with the group `g` its object, and its clause
    holds a negation or a call to stop before it."""
    k = pred.index
    units = an.units
    if pred.text not in _VERBS or k == 0 or g <= k:
        return False
    if units[k - 1].text != "to" and not units[k - 1].text.endswith(" to"):
        return False
    if any(units[j].text not in _DETERMINERS for j in range(k + 1, g)):
        return False
    if any(u.text in ("but", "though") for u in units[k:] if u.sentence == pred.sentence):
        return False  # "not a reason to trash X, but a reason to watch them": a half refusal
    j = k - 1
    while j >= 0 and units[j].sentence == pred.sentence:
        if units[j].code == "N" or units[j].text in _REFUSALS:
            return True
        if j and any(c in an.norm.text[units[j - 1].end : units[j].start] for c in ",;:"):
            return False  # "Don't let them in, they are trash, reason enough to trash X"
        j -= 1
    return False
