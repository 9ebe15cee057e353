"""Libel (clause `libel`): a statement of fact that an identifiable person committed a crime or
a disgraceful act, with no attribution or hedge. Always HOLD, never reject: a person decides.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
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
    person_before = False  # the previous sentence named a person ("Diaz? He rigged it.")
    for base, _codes in an.sentences:
        sentence = an.units[base].sentence
        units = [u for u in an.units[base:] if u.sentence == sentence]
        s_start = an.norm.origin[units[0].start] if an.norm.origin else 0
        s_end = an.span(units[-1].index, units[-1].index)[1]
        named = [a for a, _ in names if s_start <= a < s_end]
        titles = [u.index for u in units if u.has("title")]
        crimes = [u for u in units if u.has("crime")]
        carried = person_before and _pronoun_subject(an, sub.text, units[0])
        person_before = bool(named or titles)
        if not crimes:
            continue
        if any(u.has("hedge") for u in units) or an.sentence_ends[sentence]:
            continue
        crime = crimes[0]
        if any(u.code == "N" and u.index < crime.index for u in units):
            continue
        before = [u for u in units if u.index < crime.index]
        if before and before[-1].text in _AGAINST:
            continue  # "a law against extortion", "la lucha contra el lavado"
        if any(u.has("report") for u in before):
            continue  # "Sheriff Dunn says the cartel ...": the person is a source
        crime_start = an.span(crime.index, crime.index)[0]
        person = (
            any(a < crime_start for a in named) or any(k < crime.index for k in titles) or carried
        )
        if not person:
            continue
        if any(u.code == "G" for u in before) and not (named or titles):
            continue  # about a group: the hate rules judge that
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


# A sentence opening with one of these continues about the person named just before.
_PRONOUN_SUBJECTS = frozenset(
    {"he", "she", "he is", "she is", "ella", "this guy", "that guy", "ese tipo", "ese wey"}
)  # fmt: skip


def _pronoun_subject(an: Analysis, text: str, first: Unit) -> bool:
    """The sentence opens with "he"/"she"/"él"/"ella"; "el" without its accent is the article
    ("El cártel cobra piso" is about the cartel), as are "este"/"ese" before a noun."""
    if first.text in _PRONOUN_SUBJECTS:
        return True
    start, end = an.span(first.index, first.index)
    return text[start:end].lower() == "él"


# A crime word right after these is fought, not committed.
_AGAINST = frozenset({"against", "fight", "fighting", "fights", "combat", "combating", "on",
                      "contra", "combatir", "combate", "investigate", "investigating",
                      "investiga", "investigar", "denounced", "denuncio", "denuncia", "report",
                      "about", "sobre", "prevent", "stop", "del", "de"})  # fmt: skip


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
