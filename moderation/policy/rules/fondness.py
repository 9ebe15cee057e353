"""Fondness said to the one addressed: love, a friend's word, a debt or a date shared, praise
for what they did ("te queremos", "amiga", "te debo unos tacos", "sacaste la beca"). Beside it a
crude word of banter ("cabrón", "chingona") is affection, not abuse (`profanity.aimed`). And an
old friend hailed as "you old bastard" with a meeting or a greeting (`friendly_hail`)."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

_FOND = re.compile(
    r"\b(?:te quiero|te queremos|os queremos|te adoro|te amo|love you|love ya|"
    r"(?<=, )(?:amiga|amigo|hermanit[oa])(?=\s*(?:[,.!]|$))|"
    r"te debo|me debes|i owe you|you owe me|te invito|"
    r"felicidades|felicitaciones|congrats|congratulations|bien hecho|well done|"
    r"(?:te la )?rifaste|sacaste|ganaste|lo lograste|you did it|you won)\b"
)
# An insult kept beside the fondness ("cabrona mentirosa", "pinche rata, amiga").
_STILL_HOSTILE = re.compile(
    r"\b(?:mentiros[oa]s?|rata|ratas|traidor[a]?|lacra|basura|escoria|nadie te quiere|"
    r"largate|liar|traitor|scum|trash)\b"
)


def fond_address(an: Analysis) -> bool:
    """The comment says fondness for the one addressed and no hostile word beside it."""
    text = an.norm.text
    return bool(_FOND.search(text)) and not _STILL_HOSTILE.search(text)


# "You old X", "you lucky X": the teasing hail between old friends, right before the word.
_HAIL_BEFORE = re.compile(r"\byou (?:old|lucky|sly|crafty|clever)\s+$")
# An age word called after a comma ("..., viejo", "..., old man"): the same hail.
_AGE_CALLS = frozenset({"viejo", "vieja", "viejito", "viejita", "old man", "old timer", "gramps"})
# A meeting, a greeting or a debt between the two: what friends hail each other for.
_MEETING = re.compile(
    r"\b(?:coffee|lunch|breakfast|dinner|beers?|drinks|a pint|tacos|bbq|cookout|watch party|"
    r"see you|see ya|catch you|happy birthday|welcome back|good to see you|missed you|"
    r"you owe me|i owe you|saw you at|haven'?t seen you|drop by|come by|stop by|"
    r"bienvenid[oa]|que gusto verte|te extranamos|feliz cumple\w*|nos vemos)\b"
)
# Hostility kept beside the hail: a sending-off, a silencing, a wish of harm.
_HAIL_HOSTILE = re.compile(
    r"\b(?:shut|piss off|fuck off|get lost|go away|rot|die|hate|nobody wants|ruined|"
    r"disgrace|pathetic|worthless|miserable|senile|scum|trash)\b"
)


def friendly_hail(an: Analysis, u: Unit) -> bool:
    """The insult at u hails the reader as "you old ..." (or "..., viejo") in a comment that
    proposes a meeting or greets them ("Hey you old bastard, coffee Tuesday?"), with no other
    insult or swear word and nothing hostile: an old friend teased, not an attack."""
    text = an.norm.text
    age_called = u.text in _AGE_CALLS and text[max(0, u.start - 2) : u.start].strip() == ","
    if not age_called and not _HAIL_BEFORE.search(text, max(0, u.start - 20), u.start):
        return False
    if any(x.index != u.index and (x.has("INS") or x.has("PROF")) for x in an.units):
        return False
    return bool(_MEETING.search(text)) and not _HAIL_HOSTILE.search(text)
