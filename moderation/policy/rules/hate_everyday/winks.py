"""A wink that closes a charge against a group ("... and the thefts started. Just saying."):
the writer leaves the conclusion to the reader. The wink alone says nothing, so it counts
only after a group named and a charge laid in its sentence or the two before it, and not
when those sentences defend the group or tell of a wrong done to it."""

from __future__ import annotations

import re

from moderation.policy.officials import (
    EMPLOYERS,
    OFFICE_HOLDERS,
    OFFICES,
    OUTFITS,
    PARTIES,
    words_regex,
)

# The wink, opening its sentence: the writer's hand-off of the conclusion.
WINK = re.compile(
    r"^(?:and |but |so |oh |yeah )?(?:(?:i am |i'm )?just (?:saying|sayin)\b|"
    r"coincidence\b|(?:it is |that is |this is )?(?:not a|no) coincidence\b|"
    r"(?:and )?i will wait$|funny how that works\b|nothing to see here\b|"
    r"make of that what you will\b|draw your own conclusions?\b|connect the dots\b|"
    r"(?:notice|see|spot) (?:a|the) pattern\b|shocker\b|what a surprise\b|surprise surprise\b|"
    r"go figure\b|if you know what i mean\b|if you know you know\b)"
)

# "Coincidence?" asked alone: a no to it agrees that the pattern is no accident.
COINCIDENCE = re.compile(r"^(?:and |but |so |oh |yeah )?(?:a |just a |pure )?coincidence$")

# A charge beyond crime and dirt (`CRIME_CONTEXT`): cheating, handouts, drugs, terror, or a
# hold on the banks and the press.
_CHARGE = re.compile(
    r"\b(?:overcharg\w*|cheat\w*|scams?|scammers?|steal\w*|stole|thieves|gangs?|drugs?|"
    r"fentanyl|shoplift\w*|burglar\w*|break ins?|broken into|carjack\w*|looters?|looting|"
    r"rapes?|rapists?|terror\w*|welfare|handouts?|freeloaders?|"
    r"(?:in|run|runs|own|owns|control|controls) (?:the )?(?:banks|banking|media|press|ngos|"
    r"networks|hollywood|newspapers))\b"
)
# The group defended, or wronged by others: its lower rates, its taxes and charity, a charge
# laid on it or harm done to it by someone else ("the X bakery got robbed again", not
# "... robbed by X"), what it flees ("fleeing the gangs") or a charge denied ("are not gang
# members"). (A bigotry label is `condemns`' to
# read: "I'm not racist, but" is the wink's own opening.)
_DEFENDED = re.compile(
    r"\b(?:(?:less|fewer|lower|rarely) (?:\S+ ){0,2}?(?:crimes?|crime rates?|arrests|"
    r"violence|violent)|(?:pay|pays|paid|paying) (?:\S+ )?taxes|donat\w*|volunteer\w*|"
    r"food (?:banks?|pantry|pantries)|victims?|accused|blamed?|blames|blaming|scapegoat\w*|"
    r"profiled|stopped|shot|beaten|attacked|targeted|harassed|discriminat\w*|hate crimes?|"
    r"(?:got|gets|get|was|were|been|being) (?:\S+ )?(?:robbed|mugged|vandali[sz]ed|burglarized|"
    r"burned|assaulted|threatened|stabbed|killed|evicted|cheated|scammed)(?! by GRP)|"
    r"(?:fleeing|fled|flee|escaping|escaped|(?:running|ran|run) (?:away )?from)|"
    r"(?:are|is|were|was) not (?:\S+ ){0,4}?(?:gangs?|gang members|gangsters|criminals?|crimes?|"
    r"thieves|rapists?|terrorists?|drug dealers|freeloaders))\b"
)


def wink_counts(window: str, crime: re.Pattern) -> bool:
    """The masked sentences a wink closes (`window`, its own words left out) name a group and
    lay a charge on it (`crime`, the shapes' crime words, or `_CHARGE`), with no defence of it
    and no wrong done to it."""
    return "GRP" in window and charged(window, crime)


def charged(window: str, crime: re.Pattern) -> bool:
    """The masked sentences lay a charge (`crime`, the shapes' crime words, or `_CHARGE`) and
    neither defend the people charged nor tell of a wrong done to them: what a wink or a
    people hinted at by its neighbourhood (`hints.PLACE_HINT`) needs beside it."""
    return (
        crime.search(window) is not None or _CHARGE.search(window) is not None
    ) and not defended(window)


def defended(window: str) -> bool:
    """The masked sentences defend the group or tell of a wrong done to it: a wink or a
    loaded question after them points at those who charge it ("immigrants commit less crime
    than the rest of us, just saying")."""
    return _DEFENDED.search(window) is not None


# An office, its holders, a party, a trade, a criminal outfit or one person: whom a "you know
# who I mean" may point at instead of a people ("the council keeps stealing from us, you know
# who I mean", "the gangs run this block", "the doorbell camera shows his face").
_OFFICE = re.compile(
    rf"{words_regex(OFFICES | OFFICE_HOLDERS | PARTIES | EMPLOYERS | OUTFITS)}|"
    r"\b(?:he|him|his|she|her)\b"
)


def aimed_at_office(window: str) -> bool:
    """The masked sentences speak of an office, its holders, a party, a trade, a criminal
    outfit or one person: a hint left to the reader beside them may aim at those, not at a
    people."""
    return _OFFICE.search(window) is not None
