"""Names and titles that stand for a place, a public body, an office or an organisation rather
than a person, and relative clauses whose subject is someone else."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.libel.words import CLAUSE_BREAK, CONJUNCTIONS

# A name that is a place or a public body, not a person: after "in"/"en" ("the trucker in
# Casa Grande"), or before a body's word ("Cuervo Springs PD", "Pecos Gap Police").
# A place after its preposition ("in Reynosa", "through Rafah", "son de Honduras", "on Avenida
# Juárez"); a bare "de" stays out, as it also ties kin to a name ("la esposa de Juan Pérez").
_PLACE_BEFORE_NAME = re.compile(
    r"\b(?:in|at|near|through|across|on|en|cerca de|desde|(?:son|es|soy|somos|vienen?|"
    r"venimos|llegaron|llegan) de)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BODY_AFTER_NAME = re.compile(
    r"\s+(?:PD|P\.D\.|SO|FD|ISD|CBP|Police|Sheriff'?s?|Fire|Department|Dept|Council|County|"
    r"City|School|Schools|Board|Commission|Inc|LLC|Corp|Company|Co\.|Bank|Hospital|"
    r"University|College|Authority|District|Office|Party|Front|Army|Brigades?|Movement|"
    r"Guards?|Corps|Brotherhood|Jihad|Militia|Organi[sz]ation|Patrol)\b"
)
_BODY_WORDS = frozenset({"Police", "Department", "Council", "County", "Board", "Commission",
                         "Inc", "Company", "Bank", "Hospital", "University", "College",
                         "Authority", "District", "Office", "Schools", "Party", "Front",
                         "Army", "Brigades", "Movement", "Guards", "Corps", "Brotherhood",
                         "Jihad", "Militia", "Patrol"})  # fmt: skip


# A name that places a body or an office: "la policía de Villa Seca", "los maestros de la
# secundaria Benito Juárez", "the sheriff of Arroyo Seco County" (the title, not the place,
# picks out the person); not kin ("la esposa de Juan Pérez").
_OF_PLACE_BEFORE_NAME = re.compile(
    r"\b(?:policía|policia|policías|policias|police|deputies|officers|cops|agentes|guardias|"
    r"maestros|maestras|teachers|empleados|staff|ayuntamiento|municipio|gobierno|cabildo|"
    r"autoridades|patrulleros|tránsitos|transitos)\s+(?:de|del|of)\s+"
    r"(?:(?:la|el|the)\s+(?:secundaria|primaria|preparatoria|prepa|escuela|school|colonia|"
    r"county|city|town|ciudad)\s+)?$"
)
# A body in lower case after the place that names it: "the Piedras Rojas police chief", "the
# Costa Verde deputies".
_LOWER_BODY_AFTER_NAME = re.compile(
    r"\s+(?:police|deputies|officers|cops|agents|council|schools?|teachers|guards|county|city|"
    r"sheriff's\s+office|department|pd)\b(?!\s+(?:union|association|president|head|chief|"
    r"captain|commander|director))"
)


def of_body(text: str, a: int, b: int) -> bool:
    """The name at a..b places a body in lower case ("la policía de Villa Seca", "the Costa
    Verde deputies"): a surname read off it is the place too."""
    return bool(
        _OF_PLACE_BEFORE_NAME.search(text, max(0, a - 40), a)
        or _LOWER_BODY_AFTER_NAME.match(text, b)
    )


def body_or_place(text: str, a: int, b: int) -> bool:
    """The name at a..b is a place or a public body: no person is defamed by it."""
    if _PLACE_BEFORE_NAME.search(text, max(0, a - 12), a):
        return True
    if of_body(text, a, b):
        return True
    return bool(_BODY_AFTER_NAME.match(text, b)) or text[a:b].split()[-1] in _BODY_WORDS


# "the sheriff's office", "the mayor's administration", "la oficina del alcalde": the office
# as a body, not the one person who holds it.
_BODY_OF_TITLE = frozenset({"office", "department", "administration", "campaign", "staff",
                            "team", "deputies", "officers", "people", "agency"})  # fmt: skip
_AT_PLACE = frozenset({"at", "in", "from", "to", "into", "with", "for", "en", "a", "desde"})
_BODY_BEFORE_TITLE = frozenset({"oficina", "despacho", "equipo", "gente", "dependencia",
                                "administracion", "gobierno", "campana", "personal"})  # fmt: skip


# Nobody in particular: "somebody at the sheriff's office", "alguien en el despacho del
# alcalde" is no person a reader can identify (unlike "the sheriff").
_SOMEONE = frozenset({"somebody", "someone", "some guy", "some people", "people", "alguien",
                      "gente", "some", "anybody", "anyone", "cualquiera"})  # fmt: skip


def _someone_at(an: Analysis, j: int) -> bool:
    """An unnamed someone opens the clause within four units before the preposition at j
    ("someone high up in", "somebody who works at"), with no title or name between."""
    units = an.units
    for k in range(j - 1, max(-1, j - 5), -1):
        v = units[k]
        if v.sentence != units[j].sentence or v.has("title") or an.capitalised(k):
            return v.text in _SOMEONE and (k == 0 or units[k - 1].sentence != v.sentence)
        if v.text in _SOMEONE:
            return True
    return False


def _names_office(an: Analysis, u: Unit) -> bool:
    """The title is the owner of an office: "the sheriff's office", "el despacho del alcalde"."""
    units = an.units
    k = u.index + 1
    if k + 1 < len(units) and units[k].text in ("is", "s") and units[k].sentence == u.sentence:
        return units[k + 1].text in _BODY_OF_TITLE
    k = u.index - 1
    if k >= 1 and units[k].text in ("del", "de la", "de") and units[k].sentence == u.sentence:
        return units[k - 1].text in _BODY_BEFORE_TITLE
    return False


def office_of(an: Analysis, u: Unit) -> bool:
    """The title names its office as a body that acts ("the sheriff's office beat a man");
    a place someone works at ("works at the sheriff's office") is left to the other readers,
    unless the one there is nobody in particular ("somebody at the sheriff's office")."""
    units = an.units
    j = u.index - 1
    if j >= 0 and units[j].text in ("the", "el", "la"):
        j -= 1
    if j >= 0 and units[j].sentence == u.sentence and units[j].text in _AT_PLACE:
        return _someone_at(an, j) and _names_office(an, u)
    k = u.index + 1
    if k < len(units) and units[k].text in ("is", "s") and units[k].sentence == u.sentence:
        return k + 1 < len(units) and units[k + 1].text in _BODY_OF_TITLE
    k = u.index - 1
    if k >= 1 and units[k].text in ("del", "de la", "de") and units[k].sentence == u.sentence:
        return units[k - 1].text in _BODY_BEFORE_TITLE
    return False


_RELATIVES = frozenset({"who", "whom", "que", "q", "quien"})
# Heads of a Spanish relative clause that are someone else: "al hombre que", "el tipo que".
_PERSON_HEADS_ES = frozenset({"hombre", "tipo", "muchacho", "senor", "sujeto", "conductor",
                              "chofer", "hijo", "joven", "vato", "cuate", "mismo"})  # fmt: skip
_RELATIVE_HEADS = frozenset({"the", "a", "an", "that", "this", "el", "la", "los", "las", "al",
                             "del", "un", "una", "ese", "esa", "aquel", "a los", "a las",
                             "a la"})  # fmt: skip


def relative_subject(an: Analysis, before: list[Unit]) -> bool:
    """The act is told in a relative clause about someone else, a few words before it ("filed
    charges against the man who beat his wife", "detuvo al que golpeó ..."): the person named is
    not its subject, unless a copula makes them that one ("Arredondo is the man who beat ..."),
    the clause is set off as an appositive ("Hill, the coach who ...") or its head is a title or
    a name ("reelected the mayor who took bribes")."""
    for k in range(len(before) - 1, max(-1, len(before) - 4), -1):
        if before[k].text not in _RELATIVES:
            continue
        j = k - 1
        if j >= 0 and before[j].text not in _RELATIVE_HEADS:
            j -= 1  # past the head noun: "the man who"
        if j < 1 or before[j].text not in _RELATIVE_HEADS:
            return False
        prev = before[j - 1]
        if prev.text in _COPULAS or prev.code == "C":
            return False
        if CLAUSE_BREAK.search(an.norm.text, prev.end, before[j].start):
            return False
        if prev.code == "B" or prev.text in CONJUNCTIONS:
            return False  # "pero el que de verdad se roba las pipas es ...": named after
        head = before[j + 1] if j + 1 < k else None
        if (
            head is not None
            and before[k].text in ("que", "q")
            and head.text not in _PERSON_HEADS_ES
        ):
            return False  # "el dinero que se robó": a thing, the clause's subject is outside
        return not (head is not None and (head.has("title") or an.capitalised(head.index)))
    return False


# A body that a charge's noun phrase ends on ("a terrorist organisation", "a terrorist state"):
# the subject is classed as an organisation, a party, a state or an armed group, which no
# libel reaches; the people of one ("a terrorist group member") are still persons.
_ORGANISATION_NOUNS = frozenset(
    {"organisation", "organization", "organisations", "organizations", "group", "groups",
     "outfit", "network", "militia", "militias", "regime", "state", "states", "movement",
     "army", "cell", "entity", "proxy", "faction", "party", "front", "organizacion", "grupo",
     "banda", "milicia", "regimen", "estado", "movimiento", "red", "celula", "partido",
     "faccion", "ejercito"}
)  # fmt: skip
_MEMBER_NOUNS = frozenset(
    {"member", "members", "leader", "leaders", "sympathizer", "sympathiser", "supporter",
     "financier", "funder", "recruiter", "commander", "operative", "chief", "boss", "founder",
     "fighter", "spokesman", "spokesperson", "plant", "asset", "agent", "miembro", "lider",
     "jefe", "simpatizante"}
)  # fmt: skip


_COPULAS = frozenset({"is", "was", "are", "were", "s", "es", "era", "fue", "son", "eran", "eres",
                      "sos", "fuiste", "fueron"})  # fmt: skip


def names_organisation(an: Analysis, crime: Unit) -> bool:
    """The charge classes its subject as an organisation ("is a terrorist organisation", "is a
    terrorist state") rather than as a person who belongs to one."""
    if crime.text.split()[0] not in _COPULAS:
        return False  # "defrauded state taxpayers": the act's object, not what the doer is
    k = crime.index + 1
    units = an.units
    if k >= len(units) or units[k].sentence != crime.sentence:
        return False
    if units[k].text not in _ORGANISATION_NOUNS:
        return False
    start, end = an.span(k, k)
    if "'" in an.norm.original[start : end + 1] or "’" in an.norm.original[start : end + 1]:
        return False  # "a terrorist group's donor": a person who gives to one
    nxt = units[k + 1] if k + 1 < len(units) else None
    return nxt is None or nxt.sentence != crime.sentence or nxt.text not in _MEMBER_NOUNS
