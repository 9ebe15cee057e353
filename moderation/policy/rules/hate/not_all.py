"""A rebuttal that opens "not all X": "Not all migrants bring crime with them", "no todos los
migrantes traen delincuencia".

"Not all" denies the generalisation the rest of the sentence states, so the sentence argues
against it. It is a concession instead when a "but most" follows ("Not all X bring crime, but
most do", "no todos, pero la mayoría sí"): that still says it of the group, and stays read.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context.sentence_bounds import sentence_start

# "not all", "not every", "no todos los", "ni todas las", just before the group word (an
# adjective or two may come between: "not all young migrants").
_NOT_ALL = re.compile(
    r"(?:^|[^\w'])(?:not|no|ni) (?:all|every|todos|todas|todo|toda)"
    r"(?: (?:the|of the|of those|these|those|los|las|de los|de las|esos|esas|estos|estas))?"
    r"(?: [\w-]+){0,2} ?$"
)
# The concession that turns it back on the group.
_BUT_MOST = re.compile(
    r"\b(?:but|though|yet|pero|aunque|sin embargo)\b[^.!?]{0,25}\b(?:most|many|a lot|plenty|"
    r"enough|too many|majority|la mayoria|muchos|muchas|casi todos|casi todas|bastantes|"
    r"demasiados|demasiadas|la gran mayoria)\b|\b(?:most|many) (?:of them )?(?:do|are|will)\b|"
    r"\bla mayoria si\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def not_all_rebuttal(an: Analysis, g: int) -> bool:
    """The group unit `g` opens on "not all" in its sentence, and no "but most" follows in
    that sentence or the next."""
    text = an.norm.text
    start = an.units[g].start
    opening = sentence_start(text, start, ".!?;\n")
    if _NOT_ALL.search(text[opening:start]) is None:
        return False
    first = _SENTENCE_END.search(text, start)
    second = _SENTENCE_END.search(text, first.end()) if first else None
    tail = text[start : second.start() if second else len(text)]
    return _BUT_MOST.search(tail) is None
