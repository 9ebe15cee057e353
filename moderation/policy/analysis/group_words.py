"""When a group word is no statement about the whole group: an adjective of another noun, a
word after "non-"/"against", or restricted by a relative clause ("men who hit women"), unless
the clause only says where members are ("los X que llegan a la ciudad son ...")."""

from __future__ import annotations

import re

from moderation.policy.analysis.units import Unit

FUNCTION = frozenset(
    {"in", "on", "at", "from", "of", "with", "to", "for", "by", "here", "there", "now",
     "today", "and", "or", "en", "de", "con", "por", "para", "aqui", "y", "o", "ahora",
     "tonight", "tomorrow", "yesterday", "again", "soon", "ever", "anymore", "first", "next",
     "someday", "alive", "dead", "hoy", "manana", "ayer"}
)  # fmt: skip


# Criminal organisations: a group word on one ("los carteles mexicanos") describes the outfit, and
# one named between a group and a later pronoun is the nearer antecedent (`hate.guards`).
CRIMINAL_BODIES = frozenset(
    {"banda", "bandas", "cartel", "carteles", "pandilla", "pandillas", "mafia", "mafias",
     "mara", "maras", "tren", "crimen organizado", "gang", "gangs", "cartels", "mob",
     "syndicate", "sindicato", "organizacion criminal", "criminal organization", "clan",
     "clanes", "grupo criminal", "grupos criminales", "celula", "celulas"}
)  # fmt: skip


# A group word right after these is not the subject of what follows ("crimes against
# Muslims are vile", "non-Muslims", "anti-immigrant").
NOT_SUBJECT_BEFORE = frozenset(
    {"non", "anti", "pro", "ex", "against", "toward", "towards", "about", "contra", "hacia",
     "sobre", "among", "entre", "unlike"}
)  # fmt: skip


# Nouns that take a proper name after them ("colonia Roma", "barrio Chino", "calle Judíos",
# "Polish Hill" stays the group's own): the group word is then part of a place's name.
PLACE_NAMED_BY = frozenset(
    {"colonia", "col", "barrio", "calle", "avenida", "av", "plaza", "estacion", "metro",
     "fraccionamiento", "fracc", "mercado", "parque", "street", "avenue"}
)  # fmt: skip


UNIVERSAL = frozenset(
    {"todos", "todas", "all", "every", "any", "cada", "a todos", "a todas", "cualquier",
     "proximo", "next", "cualquiera", "al proximo", "al primer", "primer", "first",
     "siguiente", "al siguiente", "a la siguiente", "proxima", "a la proxima", "a la primera"}
)  # fmt: skip


RELATIVE = frozenset({"who", "that", "which", "whom", "whose", "que", "quienes", "quien"})


# A relative of whoever remains or is come upon ("los X que queden", "cada X que encuentre",
# "the X that remain", "every X I find"): it picks out no kind of member, so the group stays
# the whole group, unlike a clause of deeds ("los X que roban").
_REMAINING = frozenset(
    {"queden", "quede", "quedan", "sobren", "sobre", "sobran", "haya", "hayan", "encuentre",
     "encontremos", "encuentren", "vea", "veamos", "vean", "pille", "pillemos", "agarre",
     "agarremos", "remain", "remains", "are left", "is left", "are still left", "still remain",
     "i find", "we find", "i see", "we see"}
)  # fmt: skip
# "haya"/"hayan" is the perfect's auxiliary before a participle ("los X que hayan cometido
# delitos": offenders, a kind of member), and "que sobre todo ..." is "above all".
_AUXILIARY = frozenset({"haya", "hayan"})
_PARTICIPLE = re.compile(r"\w+(?:ad|id|t|ch|s)[oa]s?$")
_ABOVE_ALL = frozenset({"todo", "todos", "todas", "la", "el", "las", "los", "mi", "su", "sus"})
# English is read only where the clause ends with the verb ("the Jews that remain."): one
# that goes on takes a place or a manner ("who remain here illegally", "who remain in camps").
_ENGLISH = frozenset(
    {"remain", "remains", "are left", "is left", "are still left", "still remain", "i find",
     "we find", "i see", "we see"}
)  # fmt: skip
_CLAUSE_MARK = re.compile(r"\s*[,;:.!?)\-–—]")


def remaining_after(units: list[Unit], k: int, text: str = "") -> bool:
    """The group at k is followed by a relative of whoever remains or is come upon; `text`,
    the normalised text the units index, tells where an English clause ends."""

    def at(i: int) -> Unit | None:
        return units[i] if i < len(units) and units[i].sentence == units[k].sentence else None

    rel, verb = at(k + 1), at(k + 2)
    if rel is None or verb is None or rel.text not in RELATIVE:
        return False
    said, last = verb.text, k + 2
    if said not in _REMAINING:
        second = at(k + 3)
        if second is None or f"{said} {second.text}" not in _REMAINING:
            return False
        said, last = f"{said} {second.text}", k + 3
    nxt = at(last + 1)
    if nxt is None:
        return True
    if said in _AUXILIARY and _PARTICIPLE.match(nxt.text):
        return False  # "que hayan cometido"
    if said == "sobre" and nxt.text.split()[0] in _ABOVE_ALL:
        return False  # "que sobre todo"
    if said in _ENGLISH:
        return _CLAUSE_MARK.match(text, units[last].end) is not None
    return True


_NOUN_ENDINGS = (
    "people",
    "men",
    "women",
    "man",
    "woman",
    "person",
    "folk",
    "folks",
    "guys",
    "kids",
)


# "the X I know", "los X que conozco": the speaker's acquaintance stands for the whole group.
_SPEAKER_VERBS = frozenset(
    {"conozco", "he conocido", "conoci", "veo", "he visto", "vi", "trabajo", "vivo", "tengo",
     "me cruzo", "me encuentro", "i know", "i have met", "i met", "i see", "i have seen",
     "i work with", "i meet",
     # the subjunctive of whoever the writer may meet: "a los X que vea", "any X I find"
     "vea", "veamos", "encuentre", "encontremos", "pille", "agarre", "me encuentre",
     "me cruce", "i find", "i catch"}
)  # fmt: skip


def speaker_clause(units: list[Unit], k: int) -> bool:
    if k >= len(units):
        return False
    u = units[k]
    if u.code == "I" and k + 1 < len(units):
        return f"i {units[k + 1].text}" in _SPEAKER_VERBS
    return u.text in _SPEAKER_VERBS


# Spanish restrictive clauses that only say where members of a group are or what they do for a
# living ("los X que llegan a la ciudad", "que venden en el centro", "que viven aquí"): what
# follows is still said of the group, unlike a clause of deeds ("los hombres que pegan a ...").
_PRESENCE_ES = frozenset(
    {"llegan", "llegaron", "llegaban", "llegado", "vienen", "vinieron", "venian", "venido",
     "cruzan", "cruzaron", "cruzado", "viven", "vivian", "trabajan", "trabajaban", "venden",
     "vendian", "piden", "pedian", "estan", "estaban", "duermen", "entran", "entraron",
     "entrado", "pasan", "pasaron", "andan", "quedan", "quedaron", "bajan", "suben", "abren",
     "estudian", "rentan", "habitan", "residen", "salen", "hay", "habia", "tenemos", "meten",
     "instalan", "juntan", "esperan", "acampan", "caminan", "circulan", "ves", "vemos",
     "nacieron", "nacen", "emigran", "migran", "huyen", "mandan",
     "limpian", "manejan", "atienden", "ocupan", "invaden", "mendigan", "deambulan"}
)  # fmt: skip


_RELATIVE_LEADS = frozenset({"se", "ya", "aun", "todavia", "nos", "han", "uno", "te"})


_PREDICATE_CODES = frozenset("CMFNXDZVKHW")


def neutral_relative(units: list[Unit], k: int, ntext: str) -> int | None:
    """End (exclusive) of a neutral relative clause after the group at k, when a predicate
    of the group follows it in the same sentence; else None."""
    n, s = len(units), units[k].sentence
    j = k + 2
    while j < n and units[j].text in _RELATIVE_LEADS:
        j += 1
    if j >= n or units[j].sentence != s or units[j].text not in _PRESENCE_ES:
        return None
    j += 1
    while j < n and j <= k + 10 and units[j].code in ("w", "A") and units[j].sentence == s:
        if "," in ntext[units[j - 1].end : units[j].start]:
            return None
        j += 1
    if j >= n or units[j].sentence != s or units[j].code not in _PREDICATE_CODES:
        return None
    if "," in ntext[units[j - 1].end : units[j].start]:
        return None
    return j


def merge_relatives(units: list[Unit], merges: list[tuple[int, int]]) -> list[Unit]:
    """Fold each neutral relative clause into its group unit (the unit then spans it)."""
    out: list[Unit] = []
    skip_to = -1
    ends = dict(merges)
    for k, u in enumerate(units):
        if k < skip_to:
            continue
        if k in ends:
            skip_to = ends[k]
            u = u._replace(end=units[skip_to - 1].end)
        out.append(u._replace(index=len(out)) if u.index != len(out) else u)
    return out


def nounlike(text: str) -> bool:
    """Plural or person-noun group words stay groups before another word ("women voters")."""
    return text.endswith("s") or text.endswith(_NOUN_ENDINGS) or text in _SINGULAR_NOUNS


def closes_noun_phrase(prev: Unit | None, between: str) -> bool:
    """A singular group word after "a"/"an" and before a comma, colon or semicolon is a noun
    that ends its phrase ("If you meet a Muslim, remember ..."), no adjective of the word after
    the mark."""
    return prev is not None and prev.text in ("a", "an") and any(mark in between for mark in ",;:")


_SINGULAR_NOUNS = frozenset(
    {
        "immigrant",
        "migrant",
        "refugee",
        "jew",
        "foreigner",
        "alien",
        "lesbian",
        "homosexual",
        "transsexual",
        "transgender",
        "asylum seeker",
    }
)
