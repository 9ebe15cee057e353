"""Libel (clause `libel`): a statement of fact that an identifiable person committed a crime or
a disgraceful act, with no attribution or hedge. Always HOLD, never reject: a person decides.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.normalize import fold_term
from moderation.policy.rules import Hit, rule
from moderation.policy.types import Category, Submission

# Two or more capitalised words: a person's name ("Maria Lopez", "John R. Smith").
_NAME = re.compile(r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ'’-]+(?:\s+(?:[A-Z]\.\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñ'’-]+)+")
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_NOT_NAMES = frozenset(
    {"the", "this", "that", "el", "la", "los", "las", "united", "states", "new", "north",
     "south", "mexico", "city", "estados", "unidos", "san", "santa", "santo", "fort", "port",
     "lake", "mount", "saint", "st", "east", "west", "del", "de", "eagle"}
)  # fmt: skip


@rule("libel.unattributed_claim", Category.LIBEL)
def unattributed_claim(an: Analysis, sub: Submission) -> list[Hit]:
    if not an.by_class.get("crime"):
        return []
    if _URL.search(sub.text) or any(u.has("attribution") for u in an.units):
        return []
    names = _name_spans(an, sub)
    for base, _codes in an.sentences:
        sentence = an.units[base].sentence
        units = [u for u in an.units[base:] if u.sentence == sentence]
        crimes = [u for u in units if u.has("crime")]
        if not crimes:
            continue
        if any(u.has("hedge") for u in units) or an.sentence_ends[sentence]:
            continue
        crime = crimes[0]
        if any(u.code == "N" and u.index < crime.index for u in units):
            continue
        if any(u.code == "G" for u in units):
            continue  # about a group: the hate rules judge that
        s_start = an.norm.origin[units[0].start] if an.norm.origin else 0
        s_end = an.span(units[-1].index, units[-1].index)[1]
        person = any(s_start <= a < s_end for a, _ in names)
        person = person or any(u.has("title") and u.index < crime.index for u in units)
        if not person:
            continue
        return [
            Hit(
                "libel.unattributed_claim",
                0.6,
                (an.span(units[0].index, crime.index),),
                "crime or disgrace stated as fact about a person, no source",
                True,
            )
        ]
    return []


def _name_spans(an: Analysis, sub: Submission) -> list[tuple[int, int]]:
    spans = []
    text = sub.text
    for m in _NAME.finditer(text):
        words = m.group().split()
        if words[0].lower() in _NOT_NAMES:
            continue
        spans.append(m.span())
    folded = an.norm.text
    for name in (sub.context.article_author, sub.context.parent_author,
                 *sub.context.other_commenters):  # fmt: skip
        f = fold_term(name) if name else ""
        if f and f in folded:
            k = folded.index(f)
            spans.append(an.norm.span(k, k + len(f)))
    for m in re.finditer(r"@\w+", text):
        spans.append(m.span())
    return spans
