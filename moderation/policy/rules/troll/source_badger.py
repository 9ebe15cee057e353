"""`troll.source_badger`: one demand fired again and again at a reader ("Source? Source for
that? Still waiting. Source?", "¿Fuente? ¿Y la fuente? ¿Fuente de la fuente?", "define 'border',
and 'crisis', and 'policy'"). A demand asked once or twice is an honest question, and a comment
that talks about its own sources is no demand; it is the third asking, or the source's source,
that makes it a taunt."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.literal_gate import NeedleGate
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.troll.public import _OFFICE
from moderation.policy.types import Category, Submission

# The demand words, each stem counted on its own.
_DEMANDS = {
    "source": re.compile(r"\bsources?\b"),
    "citation": re.compile(r"\b(?:citations?|cite)\b"),
    "fuente": re.compile(r"\bfuentes?\b"),
    "proof": re.compile(r"\b(?:proof|prove it|pruebas?|pruebalo|demuestralo)\b"),
    "define": re.compile(r"\b(?:define|definir|defina|defineme)\b"),
    "clarify": re.compile(r"\b(?:clarif(?:y|ied|ication)|aclarar|aclaras|aclaracion|aclara)\b"),
}
# A source of a source, or who funds the source: the demand pushed past any answer.
_REGRESS = re.compile(
    r"\bsource'?s source\b|\bfuente de la fuente\b|\bwho funds? (?:the|that|your|them|it)\b|"
    r"\bquien (?:financia|paga) (?:la|esa|tu) fuente\b|\band the methodology\b"
)
# Quoted words to be defined, one after another: "define 'x'? and 'y'? and 'z'?".
_QUOTED_TERMS = re.compile(r"['‘\"“][^'’\"”\s]{2,20}['’\"”]")
_DEFINE = re.compile(r"\b(?:define|definir|defina|defineme)\b")


# A demand said as one: a taunting wait, a plea, a condition before talking on.
_DEMANDING = re.compile(
    r"\b(?:still waiting|i'?ll wait|sigo esperando|aqui espero|try again|answer|contesta|"
    r"please|por favor|then we(?:'ll| can) talk|luego (?:platicamos|hablamos|seguimos))\b"
)

# Searched only when the comment's token mask holds one of its words (most hold none).
_DEMANDING_GATED = NeedleGate(_DEMANDING)


def _asked(text: str, raw: str) -> bool:
    """The comment asks: a question mark, or a demand's wording."""
    return "?" in raw or bool(_DEMANDING_GATED.search(text))


@rule("troll.source_badger", Category.TROLL)
def source_badger(an: Analysis, sub: Submission) -> list[Hit]:
    """The same demand three times in a short comment, or a demand pushed to its source."""
    text = an.norm.text
    if len(text.split()) > 80 or not _asked(text, sub.text):
        return []
    for pattern in () if _OFFICE.search(text) else _DEMANDS.values():
        found = list(pattern.finditer(text))
        if len(found) >= 3 or (found and _REGRESS.search(text)):
            m = found[0]
            return [_hit(an, m.start(), m.end())]
    m = _DEFINE.search(text)
    if m and len(_QUOTED_TERMS.findall(sub.text)) >= 3:
        return [_hit(an, m.start(), m.end())]
    return []


def _hit(an: Analysis, start: int, end: int) -> Hit:
    return Hit("troll.source_badger", 0.6, (an.norm.span(start, end),), "one demand repeated")
