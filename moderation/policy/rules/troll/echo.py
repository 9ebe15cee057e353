"""A jab echoed back as a question at the head of the comment ("touch grass? in this heat? no
thanks", "¿Pendejo? Más bien ingenuo"): the writer repeats what was said to them, or to
someone, in order to answer it; the words are not the writer's own jab. Only a word or two,
not a question by its form ("Did a child write this?", "¿Saben leer?" ask the jab itself),
and an answer of three words or more after it."""

from __future__ import annotations

import re

_HEAD = re.compile(r"^[\W_]*$")
_ASKED = re.compile(r"\s*\?+\s*(?P<rest>.*)$", re.S)
_WORD = re.compile(r"\w+")
# Words that open a question by its form: then the jab is asked, not echoed.
_ASKING = frozenset(
    {"did", "do", "does", "is", "are", "was", "were", "why", "who", "how", "can", "could",
     "have", "has", "will", "would", "what", "where", "when", "should", "shall", "am"}
)  # fmt: skip


def echoed(text: str, start: int, end: int) -> bool:
    """The words at start..end (one or two) open the normalised text and end with "?", and an
    answer of three words or more follows."""
    if not _HEAD.match(text[:start]):
        return False
    words = _WORD.findall(text[start:end])
    if not words or len(words) > 2 or words[0] in _ASKING:
        return False
    m = _ASKED.match(text, end)
    return m is not None and len(_WORD.findall(m.group("rest"))) >= 3
