"""A word of the condemning class used as a vice laid on a group rather than as the writer's
verdict: "machismo" listed among a group's faults ("Corruption, machismo, violence. They bring
it wherever they go", "violence is normal to them, machismo and all"), owned by them ("their
machismo") or carried along ("they bring machismo"). Condemning a people's supposed vice is the
charge itself, so it shields nothing near it; the writer condemning machismo itself ("calling
women weak is machismo", "machismo is killing our young men") still counts.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.fault_words import FAULTS_EN, FAULTS_ES

# Condemning words that are also the name of a vice a people may be charged with.
_VICE_WORDS = frozenset({"machismo"})
# The other faults it is listed among in a charge (`fault_words`).
_FAULTS = rf"(?:{FAULTS_EN}|{FAULTS_ES})"
_LISTED_AFTER = re.compile(rf"\b{_FAULTS}\s*(?:,|\band\b|\by\b)\s*$")
_LISTED_BEFORE = re.compile(rf"^\s*(?:,|\band\b|\by\b)\s*(?:all\b|todo\b|{_FAULTS}\b)")
_OWNED_OR_CARRIED = re.compile(
    r"\b(?:their|su|sus|bring|brings|brought|bringing|carry|carries|carried|import|imports|"
    r"imported|traen|trajeron|traen consigo)\s+(?:own\s+|the same\s+|all that\s+)?$"
)


def vice_laid_on_group(an: Analysis, k: int) -> bool:
    """The condemning unit k is a vice word (`_VICE_WORDS`) listed among other faults, owned by
    someone ("their machismo") or carried along ("bring machismo"): a charge, no verdict."""
    u = an.units[k]
    if u.text not in _VICE_WORDS:
        return False
    text = an.norm.text
    before = text[max(0, u.start - 40) : u.start]
    after = text[u.end : u.end + 40]
    return bool(
        _LISTED_AFTER.search(before)
        or _LISTED_BEFORE.match(after)
        or _OWNED_OR_CARRIED.search(before)
    )
