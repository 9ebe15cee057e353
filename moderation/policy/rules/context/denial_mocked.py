"""A denial mocked by "don't tell me": "No me digan que los X no Y", "Don't tell me X don't Y".

Why: the imperative "no me digan que" / "don't tell me" waves a denial away as absurd, so the
line after it, with its own "no", asserts the claim: "No me digan que los X no controlan los
bancos" says they do. The shared guards read "digan que" as a report and the "no" inside the
match as a negation, and both would let it pass.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context.sentence_bounds import sentence_start

# The imperative that mocks what follows, at the end of the text before the group: it opens its
# sentence (or follows "y", "pero", "ahora", "and", "so"). A question ("¿no me vas a decir que
# ...?") asks and is left out.
_MOCKING_LEAD = re.compile(
    r"(?:^|[,;:¡] ?)\s*(?:(?:y|pero|ahora|and|so|oh|please|ah) )?"
    r"(?:(?:que )?no me (?:digas|digan|diga|vengas|vengan|venga) (?:con )?(?:que|q)|"
    r"(?:don'?t|do not) (?:you )?(?:(?:try to |even )?tell me|pretend)(?: that)?|"
    r"you can'?t tell me(?: that)?) $"
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def mocking_lead_before(an: Analysis, first: int) -> bool:
    """The text before unit `first` in its sentence is the mocking imperative
    (`_MOCKING_LEAD`) and an article at most, and the sentence is no question."""
    text = an.norm.text
    start = an.units[first].start
    stop = _SENTENCE_END.search(text, start)
    if stop is not None and stop.group(0) == "?":
        return False  # "¿No me digan que los X no ...?" may ask in earnest
    before = text[sentence_start(text, start) : start]
    before = re.sub(r"(?:\b(?:los|las|el|la|the|all)\s+)$", "", before)
    return _MOCKING_LEAD.search(before) is not None


def denial_mocked(an: Analysis, first: int, last: int) -> bool:
    """The match of units `first`..`last` holds one negation, after its first unit, and the
    mocking imperative leads it: the denial is waved away and the claim asserted."""
    units = an.units
    negations = [k for k in range(first, last + 1) if units[k].code == "N"]
    if len(negations) != 1 or negations[0] == first:
        return False
    return mocking_lead_before(an, first)
