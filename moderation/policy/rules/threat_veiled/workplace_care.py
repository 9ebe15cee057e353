"""Knowing someone's workplace, then wishing them well: care, not a menace.

"I know you work at the clinic, stay safe" and "sé que trabajas en el hospital, cuídate mucho"
name a job the writer knows of and close with a wish for the reader's safety. "I know where
you work" (the place pinned as a menace) and any home, family, night or warning in the comment
keep the veiled reading. The wish and the menace are `troll.threat`'s own
(`wished_well_unmenaced`), so the two rules read the same comment alike.
"""

from __future__ import annotations

import re

from moderation.policy.rules.troll.threat_guards import wished_well_unmenaced

_KNOWN_JOB = re.compile(
    r"\b(?:(?:i|we)(?: all)? know (?:that )?(?:you|u) work (?:at|in|for|on|the)|"
    r"(?:se|sabemos|ya se) que (?:trabajas|trabaja usted|trabaja) (?:en|de|como|para))\b"
)


def workplace_cared(text: str) -> bool:
    """A workplace known (not "where") and the comment ends wishing the reader well, with no
    home, family or menace named in it."""
    return bool(_KNOWN_JOB.search(text)) and wished_well_unmenaced(text)
