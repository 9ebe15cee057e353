"""A news source fronted with "as" ("Como dijo el periódico, Salinas ...", "As the newspaper
reported, ..."): the claim after the comma is the paper's, attributed as "según" attributes it.
A neighbour or a cousin in the same frame is hearsay and names no source."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

# Folded text: the press, a broadcast, a published piece.
_NEWS = (
    r"(?:(?:el|la|los|las|un|una|the|a|that|this|ese|esa|este|esta)\s+)?(?:\w+\s+)?"
    r"(?:periodico|periodicos|diario|diarios|prensa|noticiero|noticias|reportaje|nota|"
    r"articulo|medio|medios|periodistas?|reporteros?|columnista|investigacion periodistica|"
    r"newspapers?|paper|press|news|reporters?|journalists?|article|report|reporting|"
    r"broadcast|headline|coverage)"
)
_SAYS = (
    r"(?:dijo|dice|dijeron|dicen|informo|informa|informaron|publico|publica|publicaron|"
    r"reporto|reporta|reportaron|documento|documentaron|revelo|revelaron|senalo|explico|conto|"
    r"said|says|reported|reports|wrote|writes|revealed|showed|documented|published|broke)"
)
_FRONTED = re.compile(
    rf"(?:^|[.!?\n]\s*)(?:como|tal como|tal y como|as|just as|like)\s+(?:lo\s+)?"
    rf"(?:{_SAYS}\s+{_NEWS}|{_NEWS}\s+(?:ya\s+|already\s+)?{_SAYS})"
    r"(?:\s+(?:ayer|hoy|yesterday|today|last week|la semana pasada))?\s*,"
)


def fronted_sources(an: Analysis) -> set[int]:
    """The sentences that open with a news source in an "as" frame."""
    text = an.norm.text
    found: set[int] = set()
    for m in _FRONTED.finditer(text):
        unit = next((u for u in an.units if u.start >= m.end()), None)
        if unit is not None:
            found.add(unit.sentence)
    return found
