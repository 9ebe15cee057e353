"""The writer refuses to see a group as having a worth: "I don't consider X human", "I will
never see X as equals", "I refuse to regard X as normal" (read by `hate.negated_positive`)."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit
from moderation.policy.rules.context import counter_speech, is_question
from moderation.policy.rules.hate.guards import _hit
from moderation.policy.rules.hate.helpers import equal_in_treatment
from moderation.policy.rules.hate.words import WELLBEING

# The writer ("I", "we") first, then a negation or "refuse to", a verb of regard (Q: consider,
# see, regard, ...), the group, "as" or "to be", and the worth. Only the writer's own refusal:
# "They don't see X as equals" tells how others treat the group.
_REGARD = re.compile(
    r"^[AB]*(?P<i>[IF])(?:[FM])?(?:(?P<n>N)|(?P<r>w)w)(?P<q>Q)A?(?P<g>G)(?:A|wC)?(?P<p>P)"
)
_REFUSE = frozenset({"refuse", "refused", "won't", "will not"})


def regard_denied(an: Analysis) -> list[Hit]:
    """A hit when a sentence is the writer's refusal to regard a group as worthy."""
    for base, codes in an.sentences:
        m = _REGARD.match(codes)
        if m is None or is_question(an, base):
            continue
        if m.group("r") is not None and an.units[base + m.start("r")].text not in _REFUSE:
            continue
        if an.units[base + m.start("i")].text.split()[0] not in ("i", "we"):
            continue
        p = base + m.start("p")
        if an.units[p].text in WELLBEING or equal_in_treatment(an, p):
            continue  # "I don't see X as safe here": what they suffer
        first, last = base, base + m.end() - 1
        if counter_speech(an, first, last):
            continue
        return [_hit(an, "hate.negated_positive", 0.8, first, last,
                     f"refuses to see a protected group as {an.units[p].text!r}")]  # fmt: skip
    return []
