"""Feeling a stranger at home put down to an event, with no people named ("We felt like
strangers in our own town after the plant closed", "we're outsiders in our own city since the
rents doubled"): loss told, not the replacement talk of `coded.tsv`'s strangers rows, which
needs no cause ("We are becoming strangers in our own country.")."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

# A cause opening after the feeling, in its sentence.
_CAUSE = re.compile(
    r"\s*,?\s*(?:(?:ever )?since|after|when|once|because(?: of)?|now that|due to|with)\s+"
    r"(?P<cause>[^.!?;]+)"
)
# Words that bring people back into the cause ("after they moved in", "since the migrants came").
_PEOPLE = re.compile(
    r"\b(?:they|them|these|those|people|newcomers?|foreigners?|outsiders?|immigra\w*|migrant\w*|"
    r"refugee\w*|moved in|came in|arrived|took over|invad\w*|flood\w*|swarm\w*|crowd\w*)\b"
)


def estranged_by_event(an: Analysis, end: int) -> bool:
    """The strangers row ending at text offset `end` is followed in its sentence by a cause
    with no people in it, in a comment that names no group."""
    if "G" in an.codes or "g" in an.codes or "t" in an.codes:
        return False
    m = _CAUSE.match(an.norm.text, end)
    return m is not None and not _PEOPLE.search(m["cause"])
