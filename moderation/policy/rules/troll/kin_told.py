"""A jibe's words told of the writer's own family ("mi abuela, mixteca, que no terminó la
primaria y sacó adelante a ocho hijos", "my dad never finished high school and built this
house"): a life told, not a reader or the author mocked. A second person, a handle, the author
or a word for a commenter in the sentence keeps the jeer."""

from __future__ import annotations

import re

from moderation.policy.rules.context.second_person import HANDLE, SECOND_PERSON
from moderation.policy.rules.context.sentence_bounds import sentence_end, sentence_start
from moderation.policy.rules.context.sentence_searches import SpanSearches

_KIN = re.compile(
    r"\b(?:mi|mis|my|nuestra|nuestro|nuestras|nuestros|our)\s+(?:(?:querid[oa]|pobre|late|"
    r"dear|old)\s+)?(?:abuel[oa]s?|bisabuel[oa]s?|mama|mami|papa|papi|madre|padre|padres|"
    r"jefa|jefe|tio|tia|tios|tias|herman[oa]s?|hij[oa]s?|sobrin[oa]s?|prim[oa]s?|suegr[oa]s?|"
    r"espos[oa]|vieja|viejo|familia|grandma|grandmother|grandpa|grandfather|grandparents|"
    r"abuela|mom|mother|dad|father|parents|aunt|uncle|brother|sister|son|daughter|niece|"
    r"nephew|cousin|wife|husband|family|great-grandmother|great-grandfather)\b"
)
_KEEPS = re.compile(
    rf"{HANDLE}|\b(?:{SECOND_PERSON}|author|writer|reporter|"
    r"columnist|autor|autora|periodista|columnista|commenter|comentarista)\b"
)


def kin_told(text: str, start: int, end: int, searches: SpanSearches | None = None) -> bool:
    """The jibe at start..end of the folded text sits in a sentence that names the writer's
    own kin shortly before it (sixty characters), and no reader, handle or author. A reading
    that asks for each of many jibes passes its `searches`, so a sentence is read once."""
    left = sentence_start(text, start)
    right = sentence_end(text, end)
    keeps = (
        _KEEPS.search(text, left, right)
        if searches is None
        else searches.first(_KEEPS, left, right)
    )
    if keeps:
        return False
    return _KIN.search(text, max(left, start - 60), start) is not None
