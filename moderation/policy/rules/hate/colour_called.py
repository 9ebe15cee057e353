"""A colour or identity adjective used as the noun a person is called ("Shut up, you fucking
black", "you stupid white"): the lexicon reads "black" only with its noun ("black people"), so
a bare one said to "you" between an insult or a swear and the end of its clause is the
person's race as the insult. "You fucking legend", "you black belt guys", "you stupid black
dog" name no one by race: no identity word, or a noun after it."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules import Hit
from moderation.policy.rules.context import suppressed
from moderation.policy.rules.hate.guards import _hit
from moderation.policy.rules.hate.words import CLEAR

_CLOSING = frozenset(",.;:!?")
_ABUSE_CODES = frozenset({"X", "Y"})  # "stupid", "dirty"; "fucking", "damn"


def _abuse(u: Unit) -> bool:
    """An insult, a swear word or a derogatory word before the called name."""
    return u.code in _ABUSE_CODES or u.has("PROF") or u.has("INS")


def _identity_adjective(an: Analysis, u: Unit) -> bool:
    """A word the lexicon reads as a group only with a noun after it ("black people")."""
    if u.code not in ("w", "g") or " " in u.text or not u.text.isalpha():
        return False
    entry = an.lex.lookup((u.text, "people"))
    return entry is not None and "G" in entry.classes


def _closes_clause(an: Analysis, u: Unit) -> bool:
    """Nothing of its sentence follows the unit, or a mark closes the clause right after."""
    nxt = an.units[u.index + 1] if u.index + 1 < len(an.units) else None
    if nxt is None or nxt.sentence != u.sentence:
        return True
    between = an.norm.original[an.span(u.index, u.index)[1] : an.span(nxt.index, nxt.index)[0]]
    return any(c in _CLOSING for c in between)


def _marked_between(an: Analysis, a: int, b: int) -> bool:
    """A mark between the units at a and b: "you" and the name are not one phrase."""
    text = an.norm.original[an.span(a, a)[1] : an.span(b, b)[0]]
    return any(c in _CLOSING for c in text)


def colour_called(an: Analysis) -> list[Hit]:
    """'you fucking black': an identity adjective as the name "you" is called, not quoted or
    reported."""
    if an.lang != "en":
        return []
    for u in an.units:
        if u.text != "you" or u.quoted:
            continue
        k = u.index + 1
        while k < len(an.units) and k <= u.index + 3 and _abuse(an.units[k]):
            k += 1
        if k == u.index + 1 or k >= len(an.units):
            continue  # no insult or swear between: "you black belt guys"
        called = an.units[k]
        if called.sentence != u.sentence or not _identity_adjective(an, called):
            continue
        if not _closes_clause(an, called) or suppressed(an, u.index, k):
            continue
        if an.asked(u.sentence) or _marked_between(an, u.index, k):
            continue  # "Are you fucking black?", "I told you, damn white, not cream"
        return [
            _hit(
                an,
                "hate.directed",
                CLEAR,
                u.index,
                k,
                "a race or nationality as the name a person is called",
            )
        ]
    return []
