"""A clown as the entertainer ("Mi hijo quiere un payasito en su fiesta", "we hired a clown for
the birthday"): the word names a job at a party or a show, not anyone in the thread, when
nothing calls someone it (no copula, no second person before it)."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.troll.words import _spoken_to

_PERFORMERS = frozenset({"payaso", "payasa", "payasos", "payasas", "payasito", "payasita",
                         "payasitos", "payasitas", "clown", "clowns"})  # fmt: skip
# Where a clown works: a party, a show, a hire.
_STAGE = re.compile(
    r"\b(?:fiestas?|cumple\w*|piñatas?|pinatas?|circos?|bodas?|eventos?|shows?|espectaculos?|"
    r"funcion|feria|kermes|bautizo|contrat\w+|animador\w*|infantil\w*|"
    r"party|parties|birthdays?|circus|circuses|wedding|festival|fair|carnival|magician|"
    r"balloons?|hire[ds]?|hiring|booked|entertainers?|face paint\w*)\b"
)
_CALLING = {
    "es": frozenset(
        {
            "es",
            "son",
            "eres",
            "sos",
            "sois",
            "era",
            "fue",
            "seas",
            "como",
            "parece",
            "pareces",
            "otro",
            "otra",
        }
    ),
    "en": frozenset({"is", "are", "was", "were", "be", "like", "what", "such", "another"}),
}
# The thread or its people named: someone here is the clown.
_THREAD = re.compile(
    r"@|=|\b(?:author|autor|autora|commenters?|comentaristas?|comments|comentarios|thread|"
    r"hilo|this blog|este blog|blogger)\b"
)
_QUALIFIED = re.compile(
    r"\s+(?:de|of the|from the|from a)\s+(?:circo|feria|circus|carnival|fair)\b"
)
_EXCLAIMING = frozenset({"que", "tan", "so", "bien", "muy", "mas"})


def clown_hired(an: Analysis, u: Unit) -> bool:
    """The clown word in a comment about a party or a show, in a sentence that speaks to no one
    and with no copula or comparison before it: the entertainer."""
    text = an.norm.text
    if u.text not in _PERFORMERS or not _STAGE.search(text) or _THREAD.search(text):
        return False  # "@Tigre ya se enojó, payasito de feria", "author = clown": the thread
    if _QUALIFIED.match(text, u.end):
        return False  # "payaso de circo", "payasito de feria": the insult made worse
    same = an.sentence_run(u.index)
    if _spoken_to(an, same):
        return False
    before = [x for x in same if x.index < u.index]
    if not before or before[-1].text in _EXCLAIMING:
        return False  # "¡Qué payaso!", "tan payaso": an exclamation about someone
    calling = _CALLING.get(an.lang, _CALLING["en"])
    return not any(x.code == "C" or x.text in calling for x in before)
