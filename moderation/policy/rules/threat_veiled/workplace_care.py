"""Knowing someone's workplace, then wishing them well: care, not a menace.

"I know you work at the clinic, stay safe" and "sé que trabajas en el hospital, cuídate mucho"
name a job the writer knows of and close with a wish for the reader's safety. "I know where
you work" (the place pinned as a menace) and any home, family, night or warning in the comment
keep the veiled reading.
"""

from __future__ import annotations

import re

_KNOWN_JOB = re.compile(
    r"\b(?:(?:i|we)(?: all)? know (?:that )?(?:you|u) work (?:at|in|for|on|the)|"
    r"(?:se|sabemos|ya se) que (?:trabajas|trabaja usted|trabaja) (?:en|de|como|para))\b"
)
_WELL_WISH_END = re.compile(
    r"\b(?:cuidate|cuidese|cuidense|(?:stay|be|keep) safe|drive safe(?:ly)?|take care"
    r"(?: of yourself)?|be careful out there|que te vaya bien|mucha suerte|good luck)"
    r"(?:,? (?:mucho|muchisimo|porfa|por favor|please|ok|eh|amig[oa]|mij[oa]|friend|[a-z]+))?"
    r"(?: (?:out there|en la chamba|en el trabajo|on the road|en el camino|tonight|hoy|"
    r"and thank you|y gracias))?\W*$"
)
_MENACE = re.compile(
    r"\b(?:where|donde|vives?|live|lives|casa|house|home|address|direccion|calle|street|"
    r"familia|family|esposa|esposo|marido|wife|husband|hij[oa]s?|kids|children|nos vemos|"
    r"see you|ya veras|you'?ll see|accidentes?|accidents?|pena|shame|regret|arrepent\w*|"
    r"cuidado con|vigil\w*|keep (?:talking|posting|it up)|sigue(?:s)? (?:asi|hablando|"
    r"escribiendo|comentando)|a ver si|nadie olvida|noche|night|parking|estacionamiento|"
    r"sol[oa]|alone|ubicad[oa]|te tenemos|we have you|or else|o si no|dark|oscur\w+)\b"
)


def workplace_cared(text: str) -> bool:
    """A workplace known (not "where") and the comment ends wishing the reader well, with no
    home, family or menace named in it."""
    return bool(
        _KNOWN_JOB.search(text) and _WELL_WISH_END.search(text) and not _MENACE.search(text)
    )
