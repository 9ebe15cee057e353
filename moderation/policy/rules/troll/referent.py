"""Who an insult is said of, read from the copula that links it to a noun phrase: the subject
before "es un ..." ("el perro del vecino es un tonto", "en la película el villano es un
cobarde", "la compañía de luz es una mentirosa") or the phrase after an insult that heads the
sentence ("la mentirosa fue la empresa", "the liar in this story is the landlord"). When that
phrase is a third party named by a plain noun (an animal, a firm, a character, a role) and not
the author, a commenter, the thread or the reader, the insult is said of no one present.

Not read when the sentence speaks to anyone, when the phrase is a bare person word that a
reply may point at a commenter with ("el tipo es un idiota", "the guy is an idiot"), or when a
clause stands between ("el tipo que escribió esto es un ...": the author)."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.troll.outsiders import ROLES, THREAD_PLACES, WRITING
from moderation.policy.rules.troll.public import PRIVATE_ROLES
from moderation.policy.rules.troll.words import (
    DEGREE,
    PERSON_ENDINGS,
    PERSON_NOUNS,
    spoken_to,
)

_DETERMINERS = frozenset({"el", "la", "los", "las", "mi", "mis", "nuestro", "nuestra",
                          "nuestros", "nuestras", "the", "my", "our", "his", "their"})  # fmt: skip
# a determiner or a demonstrative before a complement's noun ("del perro de este vecino")
_POINTERS = _DETERMINERS | {"este", "esta", "this", "that"}
_OF = frozenset({"de", "del", "de la", "de los", "de las", "en", "of", "in", "at", "on"})
_COPULAS = frozenset({"es", "son", "era", "eran", "fue", "fueron", "sera", "seran", "is", "was",
                      "are", "were", "sigue siendo", "resulto", "resulta"})  # fmt: skip
_INDEFINITE = frozenset({"un", "una", "unos", "unas", "a", "an", "such a", "such an"})
_AND = frozenset({"y", "e", "o", "and", "or"})
# Nouns for the people of the conversation: the insult said of them is said to the thread.
_THREAD_PEOPLE = frozenset(
    {"autor", "autora", "author", "writer", "escritor", "escritora", "columnista", "columnist",
     "comentarista", "comentaristas", "commenter", "commenters", "periodista", "journalist",
     "reportero", "reportera", "reporter", "redactor", "redactora", "editor", "editora", "op",
     "poster", "blogger", "bloguero", "bloguera", "moderador", "moderadora", "moderator",
     "lector", "lectora", "lectores", "reader", "readers", "forista", "usuario", "usuaria",
     "user"}
)  # fmt: skip
# Bare person words: "el tipo es un idiota" in a reply may mean the commenter answered; they
# count only with a place or a group after them ("el señor de la tienda").
_BARE_PERSONS = frozenset(
    {"tipo", "tipa", "senor", "senora", "hombre", "mujer", "persona", "chavo", "chava", "vato",
     "wey", "guey", "muchacho", "muchacha", "chico", "chica", "tio", "tia", "guy", "man",
     "woman", "dude", "person", "lady", "gentleman", "fellow", "one", "fulano", "fulana",
     "individuo", "sujeto", "amigo", "amiga", "friend", "buddy"}
)  # fmt: skip


def _plain_noun(x: Unit, stop: frozenset[str]) -> bool:
    """A content word that is no insult ("perro", "empresa", "trabajadores")."""
    return x.code == "P" or (x.code == "w" and not x.has("INS") and x.text not in stop)


def _noun_phrase(units: list[Unit], stop: frozenset[str]) -> bool:
    """`units` are exactly a third party named by a noun: a determiner, a noun, and any number
    of "de/of (determiner) noun" complements; none of them the thread or its people."""
    if len(units) < 2 or units[0].text not in _DETERMINERS or not _plain_noun(units[1], stop):
        return False
    if units[1].has("title") or units[1].text in PRIVATE_ROLES:
        return False  # "el entrenador es un imbécil": a private person named by role
    head = units[1].text
    rest = units[2:]
    complement = False
    while rest:
        if rest[0].text not in _OF:
            return False
        rest = rest[1:]
        if rest and rest[0].text in _POINTERS:
            rest = rest[1:]
        if not rest or not _plain_noun(rest[0], stop):
            return False
        complement = True
        rest = rest[1:]
    words = {x.text for x in units}
    if words & (_THREAD_PEOPLE | THREAD_PLACES | WRITING):
        return False
    return complement or head not in _BARE_PERSONS


def _predicate_of(an: Analysis, u: Unit, same: tuple[Unit, ...]) -> bool:
    """ "<noun phrase> es (muy) un ... INS": the insult predicated of the phrase before the
    copula, which may follow an opening adverbial ("en la película el villano es ...")."""
    before = [x for x in same if x.index < u.index]
    k = len(before) - 1
    steps = 0
    while k >= 0 and steps < 4 and before[k].text not in _COPULAS:
        x = before[k]
        if not (x.text in _INDEFINITE or x.text in DEGREE or x.text in _AND or x.code in "wX"):
            return False  # "es un cobarde y un mentiroso": articles, degree and a coordinate
        k -= 1
        steps += 1
    if k < 0 or before[k].text not in _COPULAS:
        return False
    stop = an.lex.stopwords.get(an.lang, frozenset())
    if k == 0:  # "Es bien necio el vecino, pero ...": the subject put after the predicate
        after = [x for x in same if x.index > u.index]
        return (
            len(after) >= 2
            and not _named(an, after[1])
            and any(_noun_phrase(after[:n], stop) for n in range(2, min(len(after), 8) + 1))
        )
    if k < 2:
        return False
    subject = before[:k]
    if _PAUSE.search(an.norm.text, subject[-1].end, before[k].start):
        return False  # "Ni le contesten a la Chela, es una loca": an object, not the subject
    # the subject is a tail of the words before the copula that is a noun phrase
    return any(
        _noun_phrase(subject[j:], stop) and not _named(an, subject[j + 1])
        for j in range(max(0, len(subject) - 8), len(subject) - 1)
    )


_PAUSE = re.compile(r"[,;:()\-]")


def _named(an: Analysis, x: Unit) -> bool:
    """The head is a capitalised name ("la Chela", "el Beto"): a person, maybe a reader."""
    start, end = an.span(x.index, x.index)
    word = an.norm.original[start:end]
    return word[:1].isupper() and not word.isupper()


def _equated_with(an: Analysis, u: Unit, same: tuple[Unit, ...]) -> bool:
    """ "La mentirosa fue la empresa", "the liar in this story is the landlord", "qué necio es
    el perro": the insult heads the sentence and the copula names its referent, a noun phrase,
    right after."""
    before = [x for x in same if x.index < u.index]
    if len(before) != 1 or before[0].text not in _DETERMINERS | {"que", "how", "what a"}:
        return False
    after = [x for x in same if x.index > u.index]
    for k, x in enumerate(after[:6]):
        if x.text in _COPULAS:
            stop = an.lex.stopwords.get(an.lang, frozenset())
            tail = after[k + 1 :]
            if len(tail) < 2 or _named(an, tail[1]):
                return False
            return any(_noun_phrase(tail[:n], stop) for n in range(2, min(len(tail), 8) + 1))
    return False


def said_of_a_third_party(an: Analysis, u: Unit, text: str) -> bool:
    """The copula ties the insult to a third party named by a noun, in a sentence that speaks
    to no one and a comment that hails no one by handle."""
    same = an.sentence_run(u.index)
    if len(an.units) <= 6 or "@" in text or spoken_to(an, same):
        return False  # "The coach is an idiot.": a bare jab may answer a reader of that name
    return _predicate_of(an, u, same) or _equated_with(an, u, same)


_DEMONSTRATIVES_AFTER = frozenset({"ese", "esa", "esos", "esas", "este", "esta", "estos", "estas"})
# Where a stranger is seen or heard, which no reader is: the television, a show, a street corner.
_SEEN_ON = frozenset({"tele", "television", "radio", "noticiero", "noticias", "comercial",
                      "anuncio", "programa", "pelicula", "serie", "video", "esquina", "feria",
                      "circo", "calle", "mercado", "tianguis", "cine", "teatro", "estadio",
                      "partido", "concierto", "fiesta", "boda"})  # fmt: skip


# Where the readers are: a comment, the thread, the forum, up and down the page.
_HERE = frozenset({"hilo", "foro", "comentario", "comentarios", "blog", "post", "chat", "aqui",
                   "arriba", "abajo", "thread", "forum", "comment", "comments", "here", "above",
                   "below"})  # fmt: skip


def seen_elsewhere(an: Analysis, u: Unit, text: str) -> bool:
    """ "El tonto ese del comercial de seguros", "esos mensos de la tele", "los payasos de la
    esquina": the insult, perhaps a demonstrative after it, and where the people are found, a
    place of the screen or the street no reader is in; the sentence speaks to no one."""
    same = an.sentence_run(u.index)
    before = [x for x in same if x.index < u.index]
    after = [x for x in same if x.index > u.index]
    if "@" in text or spoken_to(an, same) or not before:
        return False
    if before[-1].text not in _DETERMINERS | _DEMONSTRATIVES_AFTER:
        return False
    if after and after[0].text in _DEMONSTRATIVES_AFTER:
        after = after[1:]
    if len(after) < 2 or after[0].text not in ("de", "del", "de la", "de los", "de las"):
        return False
    place = after[1] if after[1].code != "A" or len(after) < 3 else after[2]
    if any(x.text in _HERE for x in after[2:7]):
        return False  # "ese payaso de circo del hilo": a commenter, the circus a figure
    return place.text in _SEEN_ON


_EXCLAIM = frozenset({"que", "how", "what a", "such a"})


def exclaimed_of_another(an: Analysis, u: Unit, text: str) -> bool:
    """ "Qué mentiroso el pronóstico", "qué payasos los Tigres anoche": an exclamation whose
    subject follows it, a thing (no person word) or a team named in the plural, in a sentence
    that speaks to no one."""
    same = an.sentence_run(u.index)
    before = [x for x in same if x.index < u.index]
    after = [x for x in same if x.index > u.index]
    if "@" in text or spoken_to(an, same) or not before or before[-1].text not in _EXCLAIM:
        return False
    if len(after) < 2 or after[0].text not in ("el", "la", "los", "las", "the"):
        return False
    head = after[1]
    if head.code != "w" or head.has("INS") or head.text in _THREAD_PEOPLE | _BARE_PERSONS:
        return False
    if head.text in an.lex.stopwords.get(an.lang, frozenset()) or head.has("title"):
        return False  # "qué hipócrita el que comentó arriba": the one who, a reader
    if {x.text for x in same} & (THREAD_PLACES | WRITING):
        return False
    if _named(an, head):
        return after[0].text in ("los", "las")  # "los Tigres": a team; "el Beto" may be a reader
    return not head.text.endswith(PERSON_ENDINGS) and head.text not in PERSON_NOUNS | ROLES


# Verbs that bring a stranger into a story: "había un loco que ...", "la obra tenía un payaso".
_INTRODUCING = frozenset({"habia", "hubo", "tenia", "tenian", "vi", "vimos", "conoci",
                          "conocimos", "salio", "aparecio", "llego", "traia", "traian",
                          "contrataron", "contratamos", "trajeron"})  # fmt: skip


def stranger_introduced(an: Analysis, u: Unit, text: str) -> bool:
    """ "La obra de teatro tenía un payaso triste que hizo llorar a todos": an indefinite
    insult brought in by a verb of a story and told of by a relative clause, in a sentence that
    speaks to no one and names no place of the thread."""
    same = an.sentence_run(u.index)
    before = [x for x in same if x.index < u.index]
    after = [x for x in same if x.index > u.index]
    if "@" in text or spoken_to(an, same) or len(before) < 2:
        return False
    if before[-1].text not in ("un", "una", "unos", "unas") or before[-2].text not in _INTRODUCING:
        return False
    words = {x.text for x in same}
    if words & (_THREAD_PEOPLE | THREAD_PLACES | WRITING):
        return False
    return any(x.text == "que" for x in after[:2])
