"""`hate.violence` shapes on a group's members ("any X who ...", "the first X I see") and the
threats `troll.threat` finds against the group."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, acted_on_by_others
from moderation.policy.analysis.units import Unit
from moderation.policy.rules import Hit
from moderation.policy.rules.context import kind_manner, suppressed
from moderation.policy.rules.hate.guards import (
    RELATIVE_WORDS,
    _hit,
    plural_group,
)
from moderation.policy.rules.hate.helpers import (
    WRONG_STEMS,
    group_past_clause,
    writer_future,
)
from moderation.policy.rules.hate.words import (
    CLEAR,
    F,
)
from moderation.policy.rules.troll import threat as troll_threat
from moderation.policy.types import Submission

# Harm to a group's members for something harmless they do ("women who speak up should be
# slapped"): bodily harm only; jail, fines and deportation for an act are a policy debate.
_PAST_CLAUSE_HARM = re.compile(rf"^M{F}(?:C{F})?(?P<v>V)")
_SANCTION_STEMS = (
    "jail", "lock", "imprison", "arrest", "prosecut", "fine", "punish", "charg", "deport",
    "ban", "expel", "sent", "send", "kick", "throw out", "thrown out", "detain", "sue", "fire",
    "sack", "remov", "stopp", "report", "investigat", "held", "hold",
)  # fmt: skip


_ANY_MEMBER = frozenset(
    {"any", "any of", "any of the", "every", "each", "anyone of", "cualquier", "cualquiera",
     "cualquiera de", "todo", "toda", "cada"}
)  # fmt: skip
_FIRST_FUTURE_ES = ("are", "ere", "ire", "aria", "eria", "iria")


def threat_on_members(an: Analysis) -> list[Hit]:
    """The writer's harm to any member of a group who does something harmless ("I'll kill any
    of the X who comes near me", "mataré a cualquiera de esos X que se acerque"): the clause
    picks out no wrongdoer, so every member is threatened. Held."""
    units = an.units
    for base, codes in an.sentences:
        end = base + len(codes)
        for k in range(base, end):
            u = units[k]
            if u.code != "V":
                continue
            prev = units[k - 1] if k > base else None
            if prev is not None and prev.code == "F" and writer_future(an, prev.index):
                first = prev.index
            elif an.lang == "es" and u.text.split()[0].endswith(_FIRST_FUTURE_ES):
                first = k
            else:
                continue
            j, anyone = k + 1, False
            while j < end and units[j].code == "A":
                anyone = anyone or units[j].text in _ANY_MEMBER
                j += 1
            if not anyone or j + 1 >= end or units[j].code not in ("G", "g"):
                continue
            if not units[j].has("G") or units[j + 1].text not in RELATIVE_WORDS:
                continue
            clause = units[j + 2 : min(end, j + 10)]
            if any(w.startswith(WRONG_STEMS) for x in clause for w in x.text.split()):
                continue  # "any of the X who attack my family": a wrongdoer
            if suppressed(an, first, j):
                continue
            return [_hit(an, "hate.violence", 0.8, first, j, "harm to any member of a group")]
    return []


# What a member picked out only by a harmless act is promised: "any X who walks in here is
# getting shot", "cualquier X que pise mi barrio se lleva un tiro", "al primer X que vea le
# meto un tiro".
_MEMBER_HARM = re.compile(
    r"\b(?:will|'ll|is gonna|is going to|is getting|gonna) "
    r"(?:get |be )?(?:shot|stabbed|lynched|hanged|hung|killed|beaten|a beating|"
    r"a bullet|(?:his|her|their) (?:ass|head) (?:kicked|beaten in|blown off))\b"
    r"|\b(?:se (?:lleva|va a llevar|gana|va a ganar)|recibe|va a recibir|(?:le|les) (?:meto|pego|"
    r"doy|voy a meter|voy a pegar|voy a dar|vamos a meter|vamos a dar)) (?:un |una |unos |dos )?"
    r"(?:tiro|tiros|balazo|balazos|bala|plomazo|paliza|golpiza|madriza|punalada|machetazo)\b"
    r"|\b(?:lo|la|los|las) (?:mato|matamos|voy a matar|vamos a matar|quemo|cuelgo)\b"
    # the writer's harm through a clitic, now or in "voy a": "le voy a pegar", "lo apuñalo"
    # (not denied: "no le voy a pegar"; "pegar un grito" is no blow)
    r"|(?<!\bno )(?<!\bnunca )(?<!\bjamas )\b(?:lo|la|le|los|las|les) (?:(?:voy|vamos) a )?"
    r"(?:matar|quemar|colgar|ahorcar|apunal(?:o|ar)|acuchill(?:o|ar)|degoll(?:o|ar)|deguello|"
    r"estrangul(?:o|ar)|linch(?:o|ar)|rajo|rajar|reviento|reventar|"
    r"(?:pego|pegar)(?! (?:un|una|unos|unas)\b)|disparo|disparar|baleo|balear|"
    r"(?:parto|partir|rompo|romper) (?:la cara|la madre|el cuello|la cabeza))\b"
)
# The first or next member met, whoever that is ("al próximo X", "al siguiente X").
_FIRST_MEMBER = frozenset({"al primer", "el primer", "the first", "al proximo", "el proximo",
                           "the next", "next", "al siguiente", "el siguiente",
                           "la siguiente", "a la siguiente", "la proxima", "a la proxima",
                           "la primera", "a la primera"})  # fmt: skip


def member_promised_harm(an: Analysis) -> list[Hit]:
    """Harm promised to any member of a group who does something harmless: the clause picks
    out no wrongdoer ("who attacks my family" does), so every member is threatened. Held."""
    units = an.units
    for base, codes in an.sentences:
        end = base + len(codes)
        for j in range(base + 1, end - 2):
            if not units[j].has("G") or units[j + 1].text not in RELATIVE_WORDS:
                continue
            k, anyone = j - 1, False
            while k >= base and units[k].code == "A":
                anyone = anyone or units[k].text in _ANY_MEMBER or units[k].text in _FIRST_MEMBER
                k -= 1
            if not anyone:
                continue
            tail_at = units[j + 1].end
            harm = _MEMBER_HARM.search(an.norm.text[tail_at : units[end - 1].end])
            if harm is None:
                continue
            clause = [x for x in units[j + 2 : end] if x.start < tail_at + harm.start()]
            if any(w.startswith(WRONG_STEMS) for x in clause for w in x.text.split()):
                continue  # "any X who attacks my family": a wrongdoer
            if suppressed(an, base, end - 1):
                continue
            return [_hit(an, "hate.violence", 0.8, base, end - 1, "harm to any member of a group")]
    return []


_EVERY_ONE = _ANY_MEMBER | _FIRST_MEMBER | {"todos", "todas", "a todos", "a todas", "all"}


def group_threatened(an: Analysis, sub: Submission) -> list[Hit]:
    """A threat the troll rules read ("le voy a romper la cara al próximo X que vea") whose
    target is a protected group: named after the threat begins in its sentence as a plural or
    as any member, called by a slur after it ("os voy a ..., malditos X"), implied by its
    house of worship, or named in the sentence before and carried by "them"/"los". It
    attacks people for who they are, so it is hate as well."""
    found = [h for h in troll_threat(an, sub) if h.rule == "troll.threat"]
    if not found:
        return []
    start = found[0].evidence[0][0]
    units = an.units
    first = next((u.index for u in units if an.span(u.index, u.index)[1] > start), None)
    if first is None:
        return []
    sentence = units[first].sentence
    for u in units[first:]:
        if u.sentence != sentence:
            break
        if u.code == "S" and _slur_called(an, u):
            if suppressed(an, first, u.index):
                continue
            return [_hit(an, "hate.violence", CLEAR, first, u.index, "a threat against a group")]
        if u.code not in ("G", "g") or not u.has("G"):
            continue
        before = units[u.index - 1] if u.index > 0 else None
        every = before is not None and (before.text in _EVERY_ONE or before.text == "next")
        if not (plural_group(u) or every) or acted_on_by_others(units, u.index, an.norm.text):
            continue
        if any(x.text in RELATIVE_WORDS for x in units[first : u.index]):
            break  # "al tipo que golpeó a los X": the group is the victim of the one threatened
        if suppressed(an, first, u.index):
            continue
        return [_hit(an, "hate.violence", CLEAR, first, u.index, "a threat against a group")]
    return _worship_threatened(an, first) or _group_carried(an, first)


# A slur that names people ("moros", "sudacas"; its lexicon meta begins with the group kind)
# called after the threat: in a vocative or apposition, after a comma or "you", past any
# cursing adjectives ("os voy a rajar a todos, malditos X").
_VOCATIVE_BEFORE = re.compile(r"(?:,|\byou|\bya|\bputos?|\bputas?) $")


def _slur_called(an: Analysis, u: Unit) -> bool:
    if not plural_group(u) or not u.has("S"):
        return False
    if not any(m.split("|")[0] for _, m in u.entry.classes["S"]):
        return False
    k = u.index - 1
    while k >= 0 and an.units[k].code == "Y" and an.units[k].sentence == u.sentence:
        k -= 1
    at = an.units[k + 1].start if k + 1 < u.index else u.start
    return bool(_VOCATIVE_BEFORE.search(an.norm.text[max(0, at - 8) : at]))


# The whole of those present threatened: "a todos", "them all", "every one of them".
_ALL_OF_THEM = re.compile(
    r"\b(?:(?:a )?tod[oa]s(?! (?:los|las) (?:dias|dia|semanas|anos|meses|veces))|a todo el mundo|"
    r"a cualquiera|them all|all of them|all of you|you all|every (?:last |single )?one of "
    r"(?:them|you)|everyone|everybody|anyone|anybody)\b"
)
# A house of worship names its faith ("the mosque": Muslims); a church only when a people or
# faith is named by it ("the Black church", "la iglesia gitana").
_WORSHIP_PLACES = frozenset(
    {"mosque", "mosques", "synagogue", "synagogues", "gurdwara", "gurdwaras", "mezquita",
     "mezquitas", "sinagoga", "sinagogas", "shul", "masjid"}
)  # fmt: skip
_CHURCHES = frozenset({"church", "churches", "iglesia", "iglesias", "temple", "templo"})


def _worship_threatened(an: Analysis, first: int) -> list[Hit]:
    """The threat, at everyone ("a todos", "them all"), in a sentence that takes the writer to
    a house of worship ("voy a ir a la mezquita y voy a matar a todos"): its people are the
    target."""
    units = an.units
    sentence = units[first].sentence
    inside = [u for u in units if u.sentence == sentence]
    if not _ALL_OF_THEM.search(an.norm.text, units[first].start, inside[-1].end):
        return []
    place = next(
        (
            u
            for u in inside
            if u.text in _WORSHIP_PLACES
            or (
                u.text in _CHURCHES
                and any(
                    x.has("G")
                    for x in units[max(0, u.index - 2) : u.index + 3]
                    if x.sentence == sentence
                )
            )
        ),
        None,
    )
    if place is None or suppressed(an, first, inside[-1].index):
        return []
    lo, hi = min(first, place.index), max(first, place.index)
    return [_hit(an, "hate.violence", CLEAR, lo, hi, "a threat at a group's worship")]


# "them"/"los"/"les" carrying the group of the sentence before into the threat.
_CARRIER = re.compile(r"\b(?:them|los|las|les)\b|\w(?:los|las|les)\b")


def carried_group(an: Analysis, first: int) -> Unit | None:
    """The plural group named in the sentence before the one at `first`, when that sentence
    has no other target than a pronoun ("Those X on 5th street? I'm going to shoot every one
    of them.", "Los X de mi calle. Voy a matarlos a todos."): the pronoun carries the group."""
    units = an.units
    sentence = units[first].sentence
    if sentence == 0:
        return None
    inside = [u for u in units if u.sentence == sentence]
    tail = an.norm.text[units[first].start : inside[-1].end]
    if not _CARRIER.search(tail) or any(u.code in ("N", "P", "S") or u.has("G") for u in inside):
        return None
    if any(u.code == "V" and kind_manner(an.norm.text, u.end) for u in inside):
        return None  # "I'll kill them with kindness": affection
    prev = [u for u in units if u.sentence == sentence - 1]
    groups = [u for u in prev if u.code in ("G", "g") and u.has("G") and plural_group(u)]
    if not groups:
        return None
    g = groups[-1]
    if acted_on_by_others(units, g.index, an.norm.text) or any(
        u.code == "V" for u in prev[: prev.index(g)]
    ):
        return None  # "Some thugs attacked the X. I'll shoot every one of them.": the doers
    if any(x.text in RELATIVE_WORDS for x in prev[prev.index(g) + 1 :]):
        return None  # "Los que atacaron a los X. Los voy a matar.": the doers are threatened
    return g


def _group_carried(an: Analysis, first: int) -> list[Hit]:
    g = carried_group(an, first)
    if g is None or suppressed(an, g.index, first):
        return []
    return [_hit(an, "hate.violence", CLEAR, g.index, first, "a threat against a group")]


def harm_past_the_clause(an: Analysis) -> list[Hit]:
    for g, c, codes_after in group_past_clause(an):
        m = _PAST_CLAUSE_HARM.match(codes_after)
        if m is None:
            continue
        v = c + m.start("v")
        if an.units[v].text.startswith(_SANCTION_STEMS) or suppressed(an, g, v):
            continue
        return [_hit(an, "hate.violence", 0.8, g, v, "harm to a group's members for an act")]
    return []
