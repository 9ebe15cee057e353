"""A wish whose act is the verb of a headless relative clause: "I wish death on anyone who
hurts immigrants", "I hope whoever hurts a refugee dies". The act is the wrongdoer's, its
object the victim; the wish falls on the wrongdoers, a class no one can be named into, as
"cartel members should be hanged" (`guards._CRIMINALS`). It is neither a threat to the group
named after the act nor one to an identifiable person."""

from __future__ import annotations

import re

# The relative's head, with nothing but an adverb between it and the act: "anyone who (ever)".
_HEADLESS_BEFORE_ACT = re.compile(
    r"\b(?:(?:anyone|anybody|everyone|everybody|someone|somebody|those|people|any(?: one| man|"
    r" person)|the ones?|the people|the (?:men|man|guys?|cowards?|thugs?|monsters?))\s+"
    r"(?:who|that)|whoever|whomever)\s+(?:\w+ly\s+|ever\s+|even\s+|would\s+|dares? to\s+)?$"
)


def act_of_relative_doer(text: str, before: int, act: int) -> bool:
    """The words from `before` to the act at `act` end in a headless relative ("anyone who",
    "whoever"): the act is that clause's verb, done by those the wish falls on."""
    return _HEADLESS_BEFORE_ACT.search(text, before, act) is not None
