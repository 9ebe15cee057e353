"""A people's stand-in tied to an office, a party or a workplace in its own words ("those
people in Congress", "these people at city hall"): the holders of a post, never a people."""

from __future__ import annotations

import re

from moderation.policy.analysis.pronouns import POSTS

_STAND_IN_AT = re.compile(r"(?:those|these) (?:people|folks|types)|that crowd|that bunch")
_AT = re.compile(r",? (?:in|at|on|from|running|working (?:at|in|for)|sitting (?:in|on)) ")
_ARTICLE = re.compile(r"(?:the|our|this|that|your|their) ")


def stand_in_at_post(text: str, start: int) -> bool:
    """The match at `start` opens with a stand-in ("those people") whose next words put it
    in an office, a party or a workplace (`pronouns.POSTS`): "Those people in Congress are
    ruining the country" speaks of office-holders."""
    m = _STAND_IN_AT.match(text, start)
    if m is None:
        return False
    at = _AT.match(text, m.end())
    if at is None:
        return False
    end = at.end()
    art = _ARTICLE.match(text, end)
    if art is not None:
        end = art.end()
    return POSTS.match(text, end) is not None
