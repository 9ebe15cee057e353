"""An "ok boomer" or "touch grass" inside a point the writer goes on to make ("ok boomer, the
90s called, they want their NAFTA take back", "touch grass, then come back and explain the
tariff math", "@Gabe touch grass my friend, the Cowboys lost, it's fine"). The posted policy
removes "insulting other commenters ... baiting" and welcomes "sharp criticism": the jab posted
alone, or beside another dismissal of the person (go back to Facebook, log off, yell at a
cloud, nap time, "imagine being this worked up", "your generation", an insult, "lol"), answers
the reader instead of the argument and stays held; a mild jab with a point of its own beside it
is the harsh debate the blog keeps."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

# The two stock jabs this guard reads (and only these: "cry harder", "log off" are no point).
_STOCK_JAB = re.compile(r"^(?:(?:ok|okay) boomer|touch (?:some )?grass)$")
# What makes the rest of the comment a dismissal of the person too.
_DISMISSAL = re.compile(
    r"\b(?:lol|lmao|lmfao|rofl|jaja\w*|haha\w*|go back|log off|logoff|yell at|go (?:and )?touch|"
    r"go outside|good for (?:you|u)|for once|mark (?:the|your) calendar|"
    r"get (?:a|some) (?:life|job|sun|hobby)|nap ?time|naptime|meds|"
    r"imagine (?:being|typing|writing|getting|posting|caring|crying)|your generation|"
    r"lectur\w+|nobody asked|no one asked|stick to|leave the|don'?t come back|all of you|"
    r"essay|basement|garage|facebook|fox news|tiktok|reddit|clowns?|loser|stupid|dumb|"
    r"regresa\w*|vete|a nadie|sigue escribiendo|minions|tu epoca|ya paso)\b"
)
# Handles, laughter marks and punctuation are not words of a point.
_WORD = re.compile(r"(?<![@\w])[a-z0-9][\w']*")
_MIN_POINT_WORDS = 6


def jab_with_point(an: Analysis, jab: str, start: int, end: int) -> bool:
    """`jab` (start..end of the normalised text) is "ok boomer" or "touch grass", the rest of
    the comment holds six words or more, and nothing in it dismisses the reader too: no
    dismissal cue, insult or swear word."""
    if not _STOCK_JAB.match(jab):
        return False
    text = an.norm.text
    rest = text[:start] + " " + text[end:]
    if len(_WORD.findall(rest)) < _MIN_POINT_WORDS or _DISMISSAL.search(text):
        return False
    return not any(u.has("INS") or u.has("PROF") for u in an.units)
