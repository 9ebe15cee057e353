"""A person said to have got a post by sexual favours (clause `profanity`): "la diputada
subió en las encuestas de rodillas", "llegó mamándosela a alguien del partido", "de las que se
abren de patas con tal de subir", "the goalie got the job on his knees".

The words may be clean, one by one, so `profanity.excessive` counts nothing; the claim is
strong sexual vulgarity aimed at a person, which the policy does not allow. It holds.

What passes: a pilgrim who walked the last stretch on her knees to the basilica, a government
that "negotiated on its knees" (servile, no sex), the words quoted.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.types import Category, Submission

# Over the normalised text (lower case, no accents).
_FAVOURS = re.compile(
    r"\b(?:se )?abr(?:e|en|io|ieron|ir|irse|iendose)(?:se)? de (?:patas|piernas)\b"
    r"|\b(?:llego|subio|subieron|consiguio|obtuvo|gano|got|earned|landed)\b[^.!?]{0,40}?"
    r"\b(?:mamandosela|de rodillas|on (?:her|his|their) knees)\b"
)
# A place of devotion before or after the knees: a pilgrim's vow, not a favour.
_DEVOTION = re.compile(
    r"\b(?:basilica|santuario|altar|iglesia|templo|virgen|cerro|shrine|church|chapel|capilla|"
    r"peregrinacion|pilgrims?|pilgrimage)\b"
)


@rule("profanity.favours", Category.PROFANITY, needs=(_FAVOURS,))
def favours(an: Analysis, sub: Submission) -> list[Hit]:
    """A post or a rise said to be won by sexual favours."""
    text = an.norm.text
    m = _FAVOURS.search(text)
    if m is None:
        return []
    if _DEVOTION.search(text, m.start(), m.end() + 40):
        return []  # "llegó de rodillas a la Basílica": a vow kept
    head = text[: m.start()]
    if head.count('"') % 2 or head.count("\u201c") > head.count("\u201d"):
        return []  # inside a quotation: someone else's words
    return [Hit("profanity.favours", 0.7, (an.norm.span(m.start(), m.end()),),
                "a post said to be won by sexual favours")]  # fmt: skip
