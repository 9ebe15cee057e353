"""Readings that give an act found near a name a subject other than the person: a group
right before it ("Sure, Jan, migrants are stealing all the jobs"), road traffic ("the closure
has cut our walk-in traffic", "concerns about parking, traffic"), and the writer's own people
("As a Gazan who got out ...: Hamas stole aid"). The libel clause is about an identifiable
person; a group, a street's traffic or the writer's origin defames no one."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.libel.doer import PAY_WORDS

# Units between a subject and its act that leave the subject as it is: copulas, auxiliaries,
# modals, fillers, articles and adverbs ("migrants are (always) stealing").
_PASSED_CODES = frozenset({"C", "A", "M", "F"})
_OF = frozenset(
    {
        "de",
        "del",
        "of",
        "from",
        "para",
        "por",
        "a",
        "al",
        "to",
        "for",
        "by",
        "gobierno",
        "government",
        "state",
        "estado",
    }
)
_PUNCTUATION = re.compile(r"[,;:()\[\]\"'“”]")
# A group joined to someone else as the act's subject ("X and the migrants", "X con los").
_JOINS = frozenset({"and", "y", "e", "with", "con", "plus", "&", "along with", "junto con"})


def group_does_it(an: Analysis, text: str, crime: Unit) -> bool:
    """The act's nearest subject is a protected group: a group word in lower case stands
    right before it, past at most two copulas, auxiliaries or adverbs and no punctuation, in
    its sentence ("migrants are stealing", "los migrantes roban"); a capitalised one is a
    place's name ("Piedras Negras vende ...")."""
    k = crime.index - 1
    passed = 0
    while k >= 0 and an.units[k].sentence == crime.sentence:
        u = an.units[k]
        if _PUNCTUATION.search(an.norm.text, u.end, an.units[k + 1].start):
            return False  # "defendiendo a los migrantes, abusó de ...": another clause's object
        if u.code == "G":
            start, end = an.span(k, k)
            if not text[start:end].islower():
                return False
            j = k - 1
            while j >= 0 and an.units[j].code == "A" and an.units[j].text not in _JOINS:
                j -= 1
            # "Sheriff Dunn and the immigrants stole ...": the group shares the act; "del
            # gobierno israelí por debajo de la mesa": the group word qualifies another noun;
            # "Pastor X pays the migrants to stay quiet": the group is paid, the payer acts
            return j < 0 or an.units[j].text not in _JOINS | _OF | PAY_WORDS
        if u.code not in _PASSED_CODES or passed == 2:
            return False
        passed += 1
        k -= 1
    return False


# What traffic in goods or people names after the verb ("traffic drugs", "traffic in women").
_TRAFFICKED = frozenset(
    {"in", "drugs", "guns", "weapons", "arms", "people", "humans", "women", "girls", "children",
     "kids", "minors", "migrants", "fentanyl", "cocaine", "meth", "heroin", "organs", "them",
     "him", "her", "it", "contraband", "firearms", "opioids", "pills"}
)  # fmt: skip

# A trade named before the word ("the drug traffic", "the gun traffic").
_GOODS_BEFORE = frozenset(
    {"drug", "drugs", "gun", "guns", "arms", "weapons", "human", "people", "sex", "child",
     "organ", "fuel", "migrant", "cocaine", "fentanyl", "opioid", "wildlife", "cartel"}
)  # fmt: skip


def road_traffic(an: Analysis, k: int) -> bool:
    """Unit k is the bare word "traffic" with nothing trafficked after it: cars and walkers
    ("our walk-in traffic", "parking, traffic and ..."), not a trade in goods or people."""
    u = an.units[k]
    if u.text != "traffic":
        return False
    if k > 0 and an.units[k - 1].text in _GOODS_BEFORE:
        return False  # "deep in the drug traffic", "runs the gun traffic": a trade
    nxt = an.units[k + 1] if k + 1 < len(an.units) else None
    return nxt is None or nxt.sentence != u.sentence or nxt.text not in _TRAFFICKED


# "As a Gazan", "as an Angeleno", "como tijuanense": the writer's own people or town, told.
_AS_ONE_OF = re.compile(r"\b(?:as an?|como un[oa]?|soy un[oa]?|i'?m an?|i am an?)\s+$", re.I)


def writer_origin(text: str, a: int) -> bool:
    """The capitalised word at offset `a` follows "as a", "I'm a", "como un": the writer
    names their own people or town, not a person."""
    return _AS_ONE_OF.search(text, max(0, a - 12), a) is not None


# Others' accusation told: "a few people in here accuse the author of being paid off", "lo
# acusan de robar"; the writer's own ("I accuse the mayor of ...") names no one else as its
# source, so it stays read.
_ACCUSED_OF = re.compile(
    r"\b(?P<who>[\w']+)\s+(?:accus\w*|acus\w*)\s+(?:[\w']+\s+){0,3}?(?:of|de)\s+"
    r"(?:being\s+|having\s+|haber\s+)?$"
)
_WRITER = frozenset({"i", "we", "yo", "nosotros", "i'm", "im", "i've", "ive", "hereby", "me"})


def accusation_told(text: str, lo: int, crime_start: int) -> bool:
    """Between `lo` and the act an accusation by others ends in "of"/"de" right before it:
    the act is what they charge, told, not the writer's statement."""
    m = _ACCUSED_OF.search(text, lo, crime_start)
    return m is not None and m.group("who") not in _WRITER
