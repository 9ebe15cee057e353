"""A clown as the entertainer ("Mi hijo quiere un payasito en su fiesta", "we hired a clown for
the birthday"): the word names a job at a party or a show, not anyone in the thread, when
nothing calls someone it (no copula, no second person before it)."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.troll.words import spoken_to

_PERFORMERS = frozenset({"payaso", "payasa", "payasos", "payasas", "payasito", "payasita",
                         "payasitos", "payasitas", "clown", "clowns"})  # fmt: skip
# Where a clown works: a party, a show, a hire.
_STAGE = re.compile(
    r"\b(?:fiestas?|cumple\w*|piñatas?|pinatas?|circos?|bodas?|eventos?|shows?|espectaculos?|"
    r"funcion|feria|kermes|bautizo|contrat\w+|animador\w*|infantil\w*|"
    r"party|parties|birthdays?|circus|circuses|wedding|festival|fair|carnival|magician|"
    r"balloons?|hire[ds]?|hiring|booked|entertainers?|face paint\w*|rodeos?|jaripeos?)\b"
)
# A verb that hires, brings or sees the clown arrive, or works as one, just before it in its
# sentence ("contratamos un payaso de circo", "vino un payaso de circo", "worked as a rodeo
# clown"): the circus named after it is the clown's trade, not an insult made worse.
_HIRED = re.compile(
    r"\b(?:contrat\w+|traj\w+|llevamos|llevaron|vino|vinieron|llego|llegaron|invitamos|"
    r"(?:trabaj|chambe)(?!as\b|abas\b|aste\b)\w+ (?:como|de)|"
    r"hire[ds]?|hiring|booked|brought|came|got|"
    r"(?:worked|works|working|work) as)\b(?: (?:a|an|un|una|unos|unas|a un|a una|a unos|the|el))?"
    r"(?: \w+)? $"
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
    r"hilo|this blog|este blog|blogger|comentar|opinar|commenting|posting)\b"
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
    same = an.sentence_run(u.index)
    hired = bool(_HIRED.search(text[same[0].start : u.start]))
    if _QUALIFIED.match(text, u.end) and not hired:
        return False  # "payaso de circo", "payasito de feria": the insult made worse
    if spoken_to(an, same):
        return False
    before = [x for x in same if x.index < u.index]
    if not before or before[-1].text in _EXCLAIMING:
        return False  # "¡Qué payaso!", "tan payaso": an exclamation about someone
    calling = _CALLING.get(an.lang, _CALLING["en"])
    if hired:
        calling = calling - {"como"}  # "trabajó como payaso": the job, not a likeness
    return not any(x.code == "C" or x.text in calling for x in before)
