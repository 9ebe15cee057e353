"""Short English exclusions read over the analysed words: a group told "out" as the whole
clause ("Muslims out.", "M U S L I M S out or else", "M٥slims out now").

The coded rows (`lexicons/coded.tsv`, row `fuera_G`) read the same shape over the normalised
text, which holds the group word only as typed; this rule reads the analysis' units, so a group
word typed with a look-alike letter or a slip ("M٥slims", "Moslims") that the reader undoes
counts too. It holds, never rejects, and passes quotations and counter-speech ('Saying "X out"
at a rally is hate speech'), and "out" followed by anything but a threat ("X out in force").
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import counter_speech, negated_before
from moderation.policy.types import Category, Submission

_SCORE = 0.7
# What may follow "X out" in its clause and keep it an order to leave.
_AFTER_OUT = frozenset({"or", "now", "forever", "for good", "already", "all"})
# What may join the groups of a list told out ("Haitians, Hondurans, whatever, out").
_LISTED = frozenset({"and", "or", "whatever", "all", "everyone", "all of them", "the"})
# A list of nations out of a tournament, not sent away.
_SPORTS = re.compile(
    r"\b(?:league|cup|copa|tournament|final|finals|round|bracket|semis?|semifinals?|quarterfinals?|"
    r"match|game|games|olympics|world cup|volleyball|soccer|football|team|teams)\b"
)


@rule("hate.group_out", Category.HATE)
def group_out(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a sentence that is only a group and "out" (or "out or ...", "out now")."""
    del sub
    if an.lang != "en" or "G" not in an.codes:
        return []
    for base, codes in an.sentences:
        if len(codes) < 2 or codes[0] != "G":
            continue
        k = 1  # "Haitians, Hondurans, whatever, out.": a list of groups told out at once
        while k < len(codes) - 1 and (codes[k] == "G" or an.units[base + k].text in _LISTED):
            k += 1
        out = an.units[base + k]
        if out.text != "out" or any(an.units[base + j].quoted for j in range(k + 1)):
            continue
        if len(codes) > k + 1 and an.units[base + k + 1].text not in _AFTER_OUT:
            continue  # "Muslims out in force at the vigil"
        if negated_before(an, base) or counter_speech(an, base, base + k):
            continue
        if k > 1 and (
            _SPORTS.search(an.norm.text) or an.norm.text[out.end : out.end + 2].lstrip()[:1] == "?"
        ):
            continue  # "Brazilians and Argentines out. Unreal. Copa América ...": a tournament
        return [
            Hit(
                "hate.group_out",
                _SCORE,
                (an.span(base, base + k),),
                "a group told out",
                cap_hold=True,
            )
        ]
    return []
