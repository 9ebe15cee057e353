"""A colour, a race or a nationality used as the noun a person is called ("Shut up, you fucking
black", "you stupid white", "you stupid Chinese"): the lexicon reads "black" only with its
noun ("black people"), so a bare one said to "you" between an insult or a swear and the end of
its clause is the person's race as the insult. "You fucking legend", "you black belt guys",
"you stupid black dog" name no one by race: no such word, or a noun after it.

Only the ethnicity and nationality words of `groups.tsv` count: a faith, a disability or a
status ("you damn blind" at a referee, "you damn native", "mosque") is no race called, and the
verb "polish" counts only as the capitalised "Polish". A warm frame before it in its sentence
("Love you, you crazy Brazilian!", "thank you") is a friend teased, and a colour in a game of
coloured balls or pieces ("Go in, you stupid black! ... the frame", roulette) is the ball."""

from __future__ import annotations

import re

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


# The kinds of group (`groups.tsv`) whose adjective is a race called: not a faith, a
# disability, a sexuality or a status.
_RACE_KINDS = frozenset({"ethnicity", "nationality"})
# Ethnicity words that name no race when said alone to someone ("you damn native").
_NOT_RACE = frozenset({"native", "indigenous"})
# Words that are also a common word in lower case: the race only when capitalised.
_CAPITAL_ONLY = frozenset({"polish"})
_COLOURS = frozenset({"black", "white", "brown"})


def _identity_adjective(an: Analysis, u: Unit) -> bool:
    """A race or nationality word the lexicon reads as a group only with a noun after it
    ("black people", "Chinese people")."""
    if u.code not in ("w", "g") or " " in u.text or not u.text.isalpha():
        return False
    if u.text in _NOT_RACE or (u.text in _CAPITAL_ONLY and not an.capitalised(u.index)):
        return False
    entry = an.lex.lookup((u.text, "people"))
    if entry is None or "G" not in entry.classes:
        return False
    return any(kind in _RACE_KINDS for _lang, kind in entry.classes["G"])


# Fondness or thanks before the name in its sentence: a friend teased ("Love you, you crazy
# Brazilian!", "Thank you, you beautiful ..."). Narrower than `fondness.WARM`: a bare good wish
# ("Merry Christmas", "Have a good day", "Cheers", "Salud") says nothing of the one addressed,
# and a filthy or stupid colour said after it is the insult.
_WARM = re.compile(
    r"\b(?:love (?:you|ya|u)|miss (?:you|ya)|thank (?:you|u)|thanks|happy birthday|"
    r"congrats|congratulations|well done|bless you|proud of you|good to see you|"
    r"welcome back)\b"
)
# A game of coloured balls or pieces in the comment: "the black" is the ball ("Go in, you
# stupid black! ... the frame", "Double or nothing on the roulette").
_COLOUR_GAME = re.compile(
    r"\b(?:snooker|pool|billiards?|roulette|casino|ball|balls|frame|pocket|potted|pot it|cue|"
    r"red or black|on (?:the )?black|on (?:the )?white|double or nothing|chess|checkers|"
    r"pawns?|rooks?|bishops?|knights?|checkmate|go board)\b"
)


def _friendly_or_game(an: Analysis, you: Unit, called: Unit) -> bool:
    """A warm frame before "you" in its sentence, or a colour said in a game of colours."""
    lo = min(u.start for u in an.units if u.sentence == you.sentence)
    if _WARM.search(an.norm.text, lo, you.start):
        return True
    return called.text in _COLOURS and bool(_COLOUR_GAME.search(an.norm.text))


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
        if _friendly_or_game(an, u, called):
            continue  # "Love you, you crazy Brazilian!", "Go in, you stupid black! ... frame"
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
