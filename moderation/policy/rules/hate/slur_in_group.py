"""A slur worn by its own group (in-group use, pride) and `self_named_slur`."""

from __future__ import annotations

import re
from typing import NamedTuple

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context.banter import laughs
from moderation.policy.rules.fondness import fond_address
from moderation.policy.rules.hate.helpers import (
    WE,
)
from moderation.policy.rules.hate.slur_calling import (
    OTHERS,
    SELF,
)

_IN_GROUP = frozenset(
    {"i", "we", "us", "my", "our", "fellow", "proud", "mi", "mis", "nuestro", "nuestra",
     "soy", "somos", "nosotros", "nosotras", "me", "as", "am", "como"}
)  # fmt: skip


# First-person subjects, copulas that make the slur their predicate, and what a slur is
# likened to after it ("dykes like me", "maricas como yo").
_FIRST_SUBJECTS = frozenset({"i", "we", "yo", "nosotros", "nosotras"})
_FIRST_COPULAS = frozenset(
    {"am", "soy", "somos", "fui", "fuimos", "sido", "he sido", "hemos sido", "been",
     "being", "siendo"}
)  # fmt: skip
_SELF_AFTER = frozenset({"me", "us", "myself", "ourselves", "yo", "nosotros", "nosotras"})
_LIKENED = frozenset({"like", "como", "including", "such as"})
_SELF_VERBS = frozenset(
    {"considero", "declaro", "identifico", "asumo", "siento", "defino", "presento", "acepto"}
)  # fmt: skip
# A Spanish possessive owns the noun after it: "mis maricas" counts the writer in; "mi
# vecino es un X" and "en mi trabajo hay un X" name someone else.
# Spanish only: English keeps "my" anywhere ("... called my sister" is read as reported speech).
_MY_BEFORE_SLUR = frozenset({"mi", "mis"})


def _counts_writer_in(an: Analysis, x: Unit, u: Unit) -> bool:
    """`x` is a first-person word of the slur's sentence that counts the writer in: right
    before the slur ("my niggas", "us dykes", "as a proud X"), the subject of a copula whose
    predicate is the slur ("I've been a dyke for years", "yo he sido marica"), or the one the
    slur is likened to after it ("dykes like me", "maricas como yo", "being a fag myself").
    A first-person word elsewhere names the writer apart from the slur: "Keep the f*gs away
    from our schools", "cripples get everything, we get nothing", "cuando mi hijo me diga
    ... un hijo joto", "the mayor hired a dyke as police chief"."""
    if x.text in _MY_BEFORE_SLUR:
        return x.index + 1 == u.index or (
            x.index + 2 == u.index and an.units[x.index + 1].code in ("w", "P")
        )
    if not (x.code == "I" or x.text in _IN_GROUP or x.text in _SELF_AFTER):
        return False
    units = an.units
    if x.text == "me" and x.index < u.index:
        # "me considero marica" counts the writer in; "si mi hijo me sale joto" does not
        return x.index + 2 <= u.index and units[x.index + 1].text in _SELF_VERBS
    if u.index - 3 <= x.index < u.index and (x.index + 1 == u.index or not _bare_subject(an, x, u)):
        return True
    if x.index < u.index:  # "I have always been a X": a copula between, no clause break
        between = units[x.index + 1 : u.index]
        return (
            (x.code == "I" or x.text in _FIRST_SUBJECTS)
            and len(between) <= 5
            and any(b.code == "C" or b.text in _FIRST_COPULAS for b in between)
            and not any(b.code in ("B", "U") or b.text in SELF for b in between)
            and "," not in an.norm.text[x.end : u.start]
        )
    if x.text not in _SELF_AFTER or x.index - u.index > 3:
        return False
    if x.text in ("myself", "ourselves"):
        return True  # "being a fag myself"
    if any(b.text in ("being", "siendo") for b in units[max(0, u.index - 2) : u.index]):
        return True  # "Siendo bollera, me reí"
    return any(b.text in _LIKENED for b in units[u.index + 1 : x.index])


class _SentenceRead(NamedTuple):
    """What `in_group` asks of a slur's sentence whichever slur of it is asked about."""

    others_named: bool  # a third person or the reader ("he", "them", "you")
    worn_with_pride: bool  # `_worn_with_pride`
    pride: bool  # a word of pride
    self_verbs: tuple[int, ...]  # indices of "me" before a verb of `_SELF_VERBS`


_THIRD = frozenset({"he", "she", "they", "him", "her", "them", "el", "ella"})


def _sentence_read(an: Analysis, same: tuple[Unit, ...]) -> _SentenceRead:
    """`_SentenceRead` of the sentence `same`, remembered per comment: a comment of one long
    sentence with hundreds of slurs ("asi nos decimos marica" pasted to the form's limit) would
    otherwise read the whole sentence again for each of them."""
    key = ("hate.in_group.sentence", same[0].index)
    found = an.memo.get(key)
    if found is None:
        units = an.units
        found = an.memo[key] = _SentenceRead(
            others_named=any(x.code == "U" or x.text in _THIRD for x in same),
            worn_with_pride=_worn_with_pride(an, same),
            pride=any(x.text in _PRIDE for x in same),
            self_verbs=tuple(
                x.index
                for x in same
                if x.text == "me"
                and x.index + 1 < len(units)
                and units[x.index + 1].text in _SELF_VERBS
            ),
        )
    return found


def _writer_candidates(
    an: Analysis, u: Unit, same: tuple[Unit, ...], read: _SentenceRead
) -> list[Unit]:
    """The units of the slur's sentence that `_counts_writer_in` may count the writer in by:
    those within six words before it and three after (every other reading is bounded so), and
    a "me" before a verb of `_SELF_VERBS` anywhere before it ("me considero ... marica")."""
    base = same[0].index
    lo = max(base, u.index - 6)
    hi = min(base + len(same), u.index + 4)
    near = list(an.units[lo:hi])
    near.extend(an.units[k] for k in read.self_verbs if k < lo)
    return near


def _bare_subject(an: Analysis, x: Unit, u: Unit) -> bool:
    """A first-person subject a few words before the slur with no copula between: "I saw a
    X", "we hired a X" name someone else."""
    if not (x.code == "I" or x.text in _FIRST_SUBJECTS):
        return False
    between = an.units[x.index + 1 : u.index]
    return not any(
        b.code == "C" or b.text in _FIRST_COPULAS or b.text in _IN_GROUP or b.text in SELF
        for b in between
    )  # "nosotros nos decimos X", "we call ourselves X": the writer names themself


_HOSTILE = frozenset("HVXDWKZEY")


def hostile_sentence(an: Analysis, u: Unit) -> bool:
    return not _HOSTILE.isdisjoint(an.sentence_of(u.index)[1])  # the sentence's codes


def in_group(an: Analysis, u: Unit) -> bool:
    """Reclaimed use: the writer counts themself in ("I'm a proud dyke", "us queers", "my
    niggas") and the sentence holds nothing hostile."""
    same = an.sentence_run(u.index)
    read = _sentence_read(an, same)
    aimed_elsewhere = read.others_named or any(
        # "we pay for other countries' cripples": the slur names others
        an.units[k].text in OTHERS
        for k in range(max(0, u.index - 3), u.index)
        if an.units[k].sentence == u.sentence
    )
    if (
        not aimed_elsewhere
        and not hostile_sentence(an, u)
        and any(_counts_writer_in(an, x, u) for x in _writer_candidates(an, u, same, read))
    ):
        return True
    if not aimed_elsewhere and not hostile_sentence(an, u) and read.worn_with_pride:
        return True  # "Jotos, lenchas, así nos decíamos ... y ahora lo usamos con orgullo"
    if not aimed_elsewhere and not hostile_sentence(an, u) and _we_verb_after(an, u):
        return True  # "Los jotos también jugamos futbol": the writer among them
    if not aimed_elsewhere and not hostile_sentence(an, u) and fond_es(an, u):
        return True  # "Jaja pinche prieto, te quiero carnal": a nickname between friends
    if not hostile_sentence(an, u) and _called_each_other(an, u):
        return True  # "El marica de mi amigo ... jaja, así nos decimos": friends' own word
    if _pride_subject(an, u, same):
        return True  # "Las vestidas marcharon con orgullo": the community's own word, in praise
    for k in range(u.index - 1, max(-1, u.index - 4), -1):
        prev = an.units[k]
        if prev.sentence != u.sentence or prev.code in ("H", "V", "X", "D", "Y", "W"):
            return False
        if (prev.text in _IN_GROUP or prev.code == "I") and (
            prev.text in _MY_BEFORE_SLUR or _counts_writer_in(an, prev, u)
        ):
            return True  # "mi primo es joto": family speaking of its own
    nxt = an.units[u.index + 1] if u.index + 1 < len(an.units) else None
    return nxt is not None and nxt.sentence == u.sentence and nxt.text in ("and proud", "pride")


# Spanish words of fondness among friends and family that make a colour or origin nickname
# ("pinche prieto", "la chinada") a term of endearment, not a put-down.
_FOND_ES = frozenset(
    {"carnal", "carnala", "carnalito", "carnalita", "cumpleanos", "cumple", "felicidades",
     "querido", "querida", "compa"}
)  # fmt: skip
# The colour and origin nicknames that friends and family use fondly ("mi prieta", "la chinada
# de mi prima"); other reclaimable slurs keep their own readings ("Bonito país, gobernado por
# ... maricones" is no fondness).
_NICKNAME_STEMS_ES = ("priet", "chinad")


def fond_es(an: Analysis, u: Unit) -> bool:
    """Spanish: a colour or origin nickname said with fondness: "de mi" right after it ("la
    chinada de mi prima"), or a word of affection or laughter in the comment ("te quiero
    carnal", "feliz cumpleaños", "jaja"). Only the nicknames of `_NICKNAME_STEMS_ES` reach
    this, and only with no insult, threat or group named in the sentence (`hostile_sentence`)."""
    if an.lang != "es" or not any(stem in u.text for stem in _NICKNAME_STEMS_ES):
        return False
    nxt = an.units[u.index + 1 : u.index + 3]
    if [x.text for x in nxt] == ["de", "mi"] or (nxt and nxt[0].text == "de mi"):
        return True
    if laughs(an) or any(x.text in _FOND_ES for x in an.units):
        return True
    return fond_address(an)  # "te quiero", "felicidades", "te debo unos tacos"


# The word said to be how the writer and friends call each other ("así nos decimos en Bogotá",
# "we call each other that"): their own word among them.
_EACH_OTHER = re.compile(
    r"\b(?:asi|so) nos (?:decimos|llamamos|tratamos|saludamos|hablamos)\b|"
    r"\bnos (?:decimos|llamamos) asi\b|\bwe (?:all )?call each other (?:that|this)\b|"
    r"\bthat'?s (?:how|what) we call each other\b"
)


# The friend the word is said of, right after it ("el marica de mi mejor amigo") or before it
# ("mi amigo el marica", "my buddy, the ..."), and the one addressed ("tú", "you", "oye").
_FRIEND_AFTER = re.compile(
    r"\s*(?:de|of) (?:mi|mis|my) (?:(?:mejor|mejores|best|old) )?(?:amig[oa]s?|compas?|"
    r"carnal(?:es)?|parces?|parceros?|panas?|cuates?|friends?|buddy|buddies|mates?|bros?)\b"
)
_FRIEND_BEFORE = re.compile(
    r"\b(?:mi|mis|my) (?:(?:mejor|mejores|best|old) )?(?:amig[oa]s?|compas?|carnal(?:es)?|"
    r"parces?|parceros?|panas?|cuates?|friends?|buddy|buddies|mates?|bros?),? "
    r"(?:(?:el|la|los|las|the) )?$"
)
_ADDRESS_BEFORE = frozenset({"tu", "you", "oye", "hey", "ey", "nosotros", "we", "us"})
_MARK_AFTER = re.compile(r"\s*[,!?]")  # a vocative closed by a mark


def _called_each_other(an: Analysis, u: Unit) -> bool:
    """The slur at `u` names the writer's friend ("el marica de mi mejor amigo", "mi amigo el
    marica") or the one addressed ("Marica, ¿vienes hoy?"), a sentence of its own says it is
    what they call each other ("..., así nos decimos"), and the comment holds no other slur,
    insult or swear word. A neighbour called so ("El marica del vecino ..., así nos decimos
    con mis amigos") is no friend of the claim. Each sentence's bounds and search, and the
    comment's offending units, are read once a comment: a comment of one slur pasted over and
    over asks this of every slur."""
    lo, said = _each_other_in(an, u)
    if not said or not _friend_named(an, u, lo):
        return False
    key = "hate.in_group.offending"
    offending = an.memo.get(key)
    if offending is None:
        offending = an.memo[key] = _offending(
            an, lambda x: x.code == "S" or x.has("INS") or x.has("PROF")
        )
    return offending <= {u.index}


def _each_other_in(an: Analysis, u: Unit) -> tuple[int, bool]:
    """Where the sentence of `u` opens, and whether it says the word is what friends call each
    other (searched once a sentence)."""
    run = an.sentence_run(u.index)
    lo, hi = run[0].start, run[-1].end
    said = an.memo.setdefault("hate.in_group.each_other", {})
    if u.sentence not in said:
        said[u.sentence] = _EACH_OTHER.search(an.norm.text, lo, hi) is not None
    return lo, said[u.sentence]


def _offending(an: Analysis, bad) -> frozenset[int]:
    """The indices of the comment's units that `bad` holds, up to two: two are enough to
    tell that a unit other than any one slur is there."""
    found: list[int] = []
    for x in an.units:
        if bad(x):
            found.append(x.index)
            if len(found) == 2:
                break
    return frozenset(found)


def _friend_named(an: Analysis, u: Unit, lo: int) -> bool:
    """The slur at `u` names a friend of the writer's, or the reader addressed (`tú`, a
    vocative set off by a comma or opening its sentence and closed by a mark)."""
    text = an.norm.text
    if _FRIEND_AFTER.match(text, u.end) or _FRIEND_BEFORE.search(
        text, max(lo, u.start - 40), u.start
    ):
        return True
    if u.index > 0 and an.units[u.index - 1].text in _ADDRESS_BEFORE:
        return True
    opened = u.start == lo or text[max(lo, u.start - 3) : u.start].strip() in (",", "¡", "¿")
    return opened and _MARK_AFTER.match(text, u.end) is not None


_PRIDE = frozenset({"orgullo", "orgullosa", "orgulloso", "orgullosas", "orgullosos",
                    "orgullosamente", "proudly", "pride"})  # fmt: skip
_WE_VERB = re.compile(r"^[a-z]{2,}(?:amos|emos|imos)$")


def _worn_with_pride(an: Analysis, same: tuple[Unit, ...]) -> bool:
    """Reclaimed words: the sentence speaks of pride and has a first-person plural ("nos
    decíamos ... lo usamos con orgullo", "we wear it proudly"): the writer's own people use
    the word of themselves."""
    if not any(x.text in _PRIDE for x in same):
        return False
    return any(
        x.text in ("we", "us", "nos", "nosotros", "nosotras")
        or (an.lang == "es" and x.entry is None and bool(_WE_VERB.match(x.text)))
        for x in same
    )


# Codes of hostile units anywhere in a comment that would make a pride statement a sneer.
_HOSTILE_ANYWHERE = frozenset("XDZSVKHWEYUMI")


def _pride_subject(an: Analysis, u: Unit, same: tuple[Unit, ...]) -> bool:
    """Spanish: the word, after its article only, is the subject of a sentence that speaks of
    pride ("Las vestidas marcharon con orgullo", "los jotos desfilaron orgullosos"), in a
    comment with no other slur, insult or hostile word, no "you" and no modal or command (a
    plain account: "... y hay que darles una lección" is no praise): the reclaimed name."""
    if an.lang != "es" or not _sentence_read(an, same).pride:
        return False
    if any(x.index < u.index and x.text not in _WE_ARTICLES and x.code != "A" for x in same):
        return False
    key = "hate.in_group.pride_hostile"
    hostile = an.memo.get(key)
    if hostile is None:
        hostile = an.memo[key] = _offending(
            an, lambda x: x.code in _HOSTILE_ANYWHERE or x.has("INS") or x.has("PROF")
        )
    return hostile <= {u.index}


_WE_ADVERBS = frozenset({"tambien", "no", "si", "ya", "aun", "todavia", "siempre", "nunca",
                         "solo", "igual", "mismos", "mismas"})  # fmt: skip
_WE_COMMON = frozenset({"somos", "estamos", "vamos", "tenemos", "hacemos", "podemos",
                        "queremos", "sabemos", "vivimos", "trabajamos", "existimos"})  # fmt: skip


def _we_verb_after(an: Analysis, u: Unit) -> bool:
    """Spanish: the word as the subject of a first-person plural verb after it, with only
    adverbs between ("los jotos también jugamos", "las gordas no somos"): the writer speaks as
    one of them. Verbs of the lexicons (hate verbs and the like) never count."""
    if an.lang != "es":
        return False
    k = u.index + 1
    while k < len(an.units) and an.units[k].text in _WE_ADVERBS:
        k += 1
    if k >= len(an.units) or an.units[k].sentence != u.sentence:
        return False
    x = an.units[k]
    return x.text in _WE_COMMON or (x.entry is None and bool(_WE_VERB.match(x.text)))


_WE_ARTICLES = frozenset({"los", "las", "the", "a", "A"})


def self_named_slur(an: Analysis, u: Unit) -> bool:
    """The slur stands beside "we"/"us"/"nosotros (los)" as the writer's own name for their
    people ("We beaners built this town", "us sudacas", "nosotros los sudacas sabemos"), or
    after "as a" with "myself" ("as a beaner myself"), and the sentence holds nothing hostile
    nor anyone else it could be aimed at: in-group use, whatever the word."""
    units = an.units
    k = u.index - 1
    while k >= 0 and units[k].sentence == u.sentence and units[k].text in _WE_ARTICLES:
        k -= 1
    first = k >= 0 and units[k].sentence == u.sentence and units[k].text in WE
    if not first:
        nxt = units[u.index + 1] if u.index + 1 < len(units) else None
        first = (
            u.index >= 2
            and units[u.index - 1].text in ("a", "an")
            and units[u.index - 2].text == "as"
            and nxt is not None
            and nxt.sentence == u.sentence
            and nxt.text in ("myself", "yo")
        )
    if not first or hostile_sentence(an, u):
        return False
    same = an.sentence_run(u.index)
    return not any(
        x.code == "U" or x.text in ("they", "them", "he", "she", "ellos", "ellas") for x in same
    )
