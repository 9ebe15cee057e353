"""A round-up that gathers people for something ("Round up the refugee kids for the soccer
clinic", "round up the shelter volunteers, we need them by six"): people called together, not
rounded up, so `hate.violence` lets it be; never beside removal or death."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

# What a round-up gathers people for when it is a gathering: a photo, a clinic, a class, a
# practice, a task; never beside words of removal or death ("for the camps", "bring rope")
_GATHERED_FOR = re.compile(
    r"(?: [^ .,!?;]+){0,3}?(?: for (?:the |a |an |our |this |tomorrow'?s |saturday'?s |"
    r"sunday'?s )?(?:[^ .,!?;]+ )?(?:clinic|photo|picture|class|practice|mass|choir|pinata|"
    r"potluck|field trip|volunteer shift|rehearsal|lesson|lessons|scrimmage)s?\b|,? we need "
    r"(?:them|you|everyone)\b| to (?:help unload|volunteer|sign up|rehearse)\b)"
)
_REMOVAL = re.compile(
    r"\b(?:camps?|graves?|showers?|squad|stadium|rope|gators?|flights?|ship|ships|trains?|"
    r"solution|auschwitz|militia|ovens?|border|deport\w*|one-way|buses|bus|trucks?|kill\w*|"
    r"shoot\w*|hang\w*|gas|river|wall|cages?|jail|prison)\b"
)


def gathered_for(an: Analysis, g: int) -> bool:
    """The group after "round up" is gathered for something ("for the soccer clinic", "for a
    team photo", ", we need them at the church"): people called together, not rounded up;
    never when the sentence speaks of removal or death."""
    text = an.norm.text
    start = an.units[g].end
    if _GATHERED_FOR.match(text, start) is None:
        return False
    stop = min((k for k in (text.find(c, start) for c in ".!?") if k >= 0), default=len(text))
    return _REMOVAL.search(text, an.units[g].start, stop) is None
