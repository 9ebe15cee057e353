"""A troll phrase shown rather than said (`shown`): inside quotation marks, or right after a
verb of saying ("decir a los desempleados consíganse un trabajo es cruel"); the office words
(`OFFICE`); and who a hearsay frame may be aimed at (`TO_YOU`). Shared by the Spanish
put-downs with no insult word (`wits_mocked`, `idle_mocked`, `talked_down`)."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.officials import OFFICES, POLITICIANS, words_regex
from moderation.policy.rules.context.second_person import SECOND_PRONOUNS_ES
from moderation.policy.rules.context.words import quoted_in

# An office-holder or politician named: what is said of one is opinion of public conduct.
OFFICE = re.compile(words_regex(OFFICES | POLITICIANS))

# A hearsay frame around words said to a reader or the author is the jab itself ("dicen que
# no sabes ni leer, autor"): a Spanish pronoun of the second person, or the author.
TO_YOU = rf"{SECOND_PRONOUNS_ES}|autor|autora"

# A verb of saying, and at most who it is said to, right before the phrase.
_SAYING = re.compile(
    r"\b(?:decir|decirle|decirles|decirte|dicen|dice|llamar|gritar|gritarle|gritarles|"
    r"responder|responderle|contestar|contestarle)(?: a(?: \w+){1,3})?\W*$"
)


def shown(an: Analysis, start: int, end: int) -> bool:
    """The phrase at `start`..`end` of the folded text is quoted or follows a verb of saying."""
    first = an.unit_at(start)
    if first is not None:
        last = an.unit_at(max(start, end - 1))
        if quoted_in(an, first, first if last is None else last):
            return True
    return bool(_SAYING.search(an.norm.text, max(0, start - 40), start))
