"""A town the writer no longer recognises, and then says is the better for it ("No reconozco
el pueblo ... Algunos se quejan, yo no. Me da gusto"): the coded "I don't recognise my town"
rows give way to a welcome said plainly, not asked ("¿para bien?"), denied ("not for the
better"), put in others' mouths ("dicen que es para bien") or mocked ("lol, said nobody")."""

from __future__ import annotations

import re

# coded.tsv's rows of a town no longer recognised
UNRECOGNISED = frozenset({"recognize", "recognize_street"})
_WELCOMED = re.compile(
    r"\b(?:me da (?:mucho )?gusto(?! que)|me alegra(?! que)|me encanta(?! que)|que bueno(?! que)|"
    r"(?:se quejan|les molesta|complain|are upset),? yo no|(?:se quejan|les molesta|complain|"
    r"are upset),? (?:but )?i (?:don'?t|do not|am not)|couldn'?t be happier|"
    r"i love (?:it|the change)|(?:it'?s|es|fue|was) (?:all )?(?:for the better|para bien))"
    r"(?=[.!,;]|$| (?:and|y|honestly|la verdad)\b)"
)
_DENIED_BEFORE = re.compile(r"\b(?:no|not|nunca|never|isn'?t|wasn'?t|dicen que|say|says)\W*$")
_NOT_FOR_ME = re.compile(r"\W*(?:para mi no|no para mi|not for me|not to me)\b")
_SARCASM = re.compile(r"\bsaid (?:no one|nobody|no-one)\b|/s\b|\blol\b|\bsi,? como no\b|\bsure\b")
_SENTENCE_END = re.compile(r"[.!?]")


def welcomed(text: str, end: int) -> bool:
    """A welcome of the change after `end` (normalised text), neither denied, reported,
    mocked nor asked."""
    for m in _WELCOMED.finditer(text, end):
        if _DENIED_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "no es para bien", "dicen que es para bien": denied, or others' word
        if _NOT_FOR_ME.match(text, m.end()):
            continue
        if _SARCASM.search(text, m.end(), m.end() + 30):
            continue  # "Couldn't be happier, lol, said nobody"
        close = _SENTENCE_END.search(text, m.end())
        if close and close.group() == "?":
            continue
        return True
    return False
