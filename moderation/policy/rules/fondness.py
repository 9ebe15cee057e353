"""Fondness said to the one addressed: love, a friend's word, a debt or a date shared, praise
for what they did ("te queremos", "amiga", "te debo unos tacos", "sacaste la beca"). Beside it a
crude word of banter ("cabrón", "chingona") is affection, not abuse (`profanity.aimed`)."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

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
