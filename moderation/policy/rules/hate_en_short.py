"""Short English exclusions read over the analysed words: a group told "out" as the whole
clause ("Muslims out.", "M U S L I M S out or else", "M٥slims out now").

The coded rows (`lexicons/coded.tsv`, row `fuera_G`) read the same shape over the normalised
text, which holds the group word only as typed; this rule reads the analysis' units, so a group
word typed with a look-alike letter or a slip ("M٥slims", "Moslims") that the reader undoes
counts too. It holds, never rejects, and passes quotations and counter-speech ('Saying "X out"
at a rally is hate speech'), and "out" followed by anything but a threat ("X out in force").
"""

from __future__ import annotations

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import counter_speech, negated_before
from moderation.policy.types import Category, Submission

_SCORE = 0.7
# What may follow "X out" in its clause and keep it an order to leave.
_AFTER_OUT = frozenset({"or", "now", "forever", "for good", "already", "all"})


@rule("hate.group_out", Category.HATE)
def group_out(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a sentence that is only a group and "out" (or "out or ...", "out now")."""
    del sub
    if an.lang != "en" or "G" not in an.codes:
        return []
    for base, codes in an.sentences:
        if len(codes) < 2 or codes[0] != "G":
            continue
        group, out = an.units[base], an.units[base + 1]
        if out.text != "out" or group.quoted or out.quoted:
            continue
        if len(codes) > 2 and an.units[base + 2].text not in _AFTER_OUT:
            continue  # "Muslims out in force at the vigil"
        if negated_before(an, base) or counter_speech(an, base, base + 1):
            continue
        return [
            Hit(
                "hate.group_out",
                _SCORE,
                (an.span(base, base + 1),),
                "a group told out",
                cap_hold=True,
            )
        ]
    return []
