"""Someone outside the thread, named by role ("el chofer del camión manejaba como idiota",
"la maestra de mi hijo es una bruja", "la del Oxxo es bien amargada", "the bus driver drove
like an idiot") or a stranger in a story ("un idiota se pasó el alto", "some idiot ran the red
light", "el payaso de la fiesta llegó tarde"). The troll clause protects the readers and the
author; a bus driver, a cashier or a teacher in a story is no one of the conversation, so an
insult about them is no personal attack (a slur or a swear aimed at them is still read by the
hate and profanity rules).

Not when the comment speaks to anyone ("you", a participant's name) or points at a person
with a demonstrative ("este tipo", "this guy": often the commenter answered)."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.troll.words import you

_ARTICLES = frozenset({"el", "la", "the", "mi", "my", "our", "nuestro", "nuestra", "her", "his",
                       "su"})  # fmt: skip
# Roles a story names: people met in daily life, none of them the article's author.
ROLES = frozenset(
    {"chofer", "conductor", "conductora", "taxista", "camionero", "maestra", "maestro",
     "profesor", "profesora", "vecino", "vecina", "jefe", "jefa", "exjefe", "exjefa", "gerente",
     "cajero", "cajera", "casero", "casera", "dueno", "duena", "patron", "patrona", "suegra",
     "suegro", "cunado", "cunada", "mesero", "mesera", "mecanico", "plomero", "contratista",
     "arbitro", "entrenador", "guey", "wey", "vato", "senora", "senor", "muchacho",
     "muchacha", "chavo", "chava", "doctor", "doctora", "enfermera", "enfermero", "empleado",
     "empleada", "guardia", "velador", "despachador", "despachadora", "ex", "exnovio",
     "exnovia", "driver", "teacher", "neighbor", "neighbour", "boss", "manager", "cashier",
     "landlord", "landlady", "owner", "mechanic", "plumber", "contractor", "waiter", "waitress",
     "nurse", "referee", "ref", "coach", "lady", "clerk", "cop", "officer",
     "agent", "attendant", "mother-in-law", "brother-in-law", "cabbie", "trucker", "bartender",
     "receptionist", "ex-boss", "ex-husband", "ex-wife", "ex-boyfriend", "ex-girlfriend"}
)  # fmt: skip
# "el de arriba", "la del comentario": the one above is a commenter
THREAD_PLACES = frozenset({"arriba", "abajo", "comentario", "comentarios", "blog", "articulo",
                            "nota", "hilo", "above", "below", "comment", "comments", "thread",
                            "article", "post", "siempre", "turno", "always"})  # fmt: skip
# "el tipo que escribió esto", "the guy who posted this": the writer of a comment or the article
WRITING = frozenset({"escribio", "escribe", "escribiste", "publico", "comento", "comenta",
                      "opina", "opino", "redacto", "wrote", "writes", "posted", "posts",
                      "commented", "comments", "typed", "esto", "this", "este articulo",
                      "columna", "column"})  # fmt: skip
_PEOPLE_AFTER = frozenset(
    {"autor", "autora", "author", "periodista", "reportero", "reportera", "columnista",
     "gobernador", "gobernadora", "alcalde", "alcaldesa", "presidente", "presidenta", "diputado",
     "diputada", "senador", "senadora", "regidor", "regidora", "juez", "jueza", "sheriff",
     "comisario", "fiscal", "secretario", "secretaria", "candidato", "candidata", "mayor",
     "governor", "senator", "judge", "president"}
)  # fmt: skip
# The places of the thread wherever they stand in the sentence; "de siempre", "de turno" point
# at a regular only right after the insult ("el payaso de siempre"), and "siempre" later is
# an adverb ("los tontos del pueblo siempre ganaban").
_THREAD_SPOTS = THREAD_PLACES - {"siempre", "turno", "always"}
_OF = frozenset({"de", "del", "de la", "de los", "de las", "of", "at", "from", "on"})


def _no_one_spoken_to(an: Analysis, text: str, participants: tuple[str, ...]) -> bool:
    if any(x.code == "U" or you(an, x) for x in an.units) or "@" in text:
        return False
    low = text.lower()
    return not any(p and p.lower() in low for p in participants)


_INDEFINITE = frozenset({"un", "una", "unos", "unas", "a", "an", "some"})
_WHEN = frozenset({"ayer", "anoche", "hoy", "esta manana", "el domingo", "el sabado",
                   "yesterday", "last night", "today", "this morning", "y", "and", "pues",
                   "then", "luego", "despues"})  # fmt: skip
_CLITICS = frozenset({"se", "le", "les", "me", "nos", "lo", "la", "los", "las", "te"})
_VERB_ENDINGS_ES = ("o", "aba", "aban", "ia", "ian", "aron", "ieron")
_VERB_ENDINGS_EN = ("ed",)
# A plural told in the past ("los payasos del circo llegaron", "las brujas del cuento vivían")
# is a story; in the present ("los nacos de ... nomás sirven para") it may generalise.
_PAST_PLURAL = ("aron", "ieron", "aban")


def _told_in_the_past(an: Analysis, u: Unit) -> bool:
    """A plural verb of the preterite or the imperfect after the insult ("llegaron",
    "regalaban", "vivían": the accent tells the imperfect from "ensucian", "cambian")."""
    for x in an.sentence_run(u.index):
        if x.index <= u.index or " " in x.text:
            continue
        if x.text.endswith(_PAST_PLURAL):
            return True
        start, end = an.span(x.index, x.index)
        if an.norm.original[start:end].lower().endswith("ían"):
            return True
    return False


_IRREGULAR_EN = frozenset(
    {"ran", "hit", "left", "took", "stole", "drove", "threw", "broke", "came", "got", "went",
     "sold", "told", "shot", "kept", "put", "cut", "made", "was", "is", "tried", "keeps", "runs",
     "parks", "parked"}
)  # fmt: skip


def stranger_in_a_story(an: Analysis, u: Unit, text: str, participants: tuple[str, ...]) -> bool:
    """'Un idiota se pasó el alto', 'some idiot ran the red light', 'el payaso de la fiesta
    llegó tarde': a stranger in a story told, the insult the subject of what happened, with no
    one of the conversation spoken to or named."""
    if not _no_one_spoken_to(an, text, participants):
        return False
    run = [x for x in an.sentence_run(u.index) if x.index < u.index]
    while run and run[0].text in _WHEN:
        run = run[1:]
    if len(run) != 1:
        return False
    units = an.units
    nxt = units[u.index + 1] if u.index + 1 < len(units) else None
    if nxt is None or nxt.sentence != u.sentence:
        return False
    rest = [x.text for x in an.sentence_run(u.index) if x.index > u.index]
    if any(w in WRITING or w in _THREAD_SPOTS for w in rest):
        return False  # "un pendejo escribió este artículo": the author
    if run[0].text in _INDEFINITE:
        if nxt.text in _CLITICS:
            return an.lang == "es"
        verb_like = nxt.code in ("w", "r")
        if an.lang == "es":
            return verb_like and nxt.text.endswith(_VERB_ENDINGS_ES) and len(nxt.text) > 3
        return nxt.text in _IRREGULAR_EN or (verb_like and nxt.text.endswith(_VERB_ENDINGS_EN))
    if run[0].text in ("el", "la", "los", "las", "the") and nxt.text in _OF:
        # "el payaso de la fiesta", "los payasos del circo": the clowns of the circus; not
        # "el pendejo del gobernador",
        # "el idiota del autor" (an epithet of the person named after it)
        after = units[u.index + 2] if u.index + 2 < len(units) else None
        if run[0].text in ("los", "las") and not _told_in_the_past(an, u):
            return False  # "los nacos de las colonias nomás sirven para ...": a generalisation
        return (
            after is not None
            and after.code in ("w", "A")
            and after.text not in THREAD_PLACES
            and after.text not in ROLES
            and not after.has("OFFICE")
            and after.text not in _PEOPLE_AFTER
        )
    return False


def outsider_by_role(an: Analysis, u: Unit, text: str, participants: tuple[str, ...]) -> bool:
    """The insult's sentence opens with a person named by role or by where they are found,
    and nobody in the conversation is spoken to or named."""
    if len(an.units) <= 6 or not _no_one_spoken_to(an, text, participants):
        return False  # "The coach is an idiot.": a bare jab may answer a reader of that name
    run = [x for x in an.sentence_run(u.index) if x.index < u.index]
    if len(run) < 2 or run[0].text not in _ARTICLES:
        return False
    words = [x.text for x in run]
    if any(w in THREAD_PLACES or w in WRITING for w in words):
        return False
    if an.lang == "en" and len(words) > 2 and run[1].code == "w" and words[2] in ROLES:
        return True  # "the bus driver", "my kid's soccer coach"
    if words[1] in ROLES or (len(words) > 2 and words[1] in _OF and words[0] in ("el", "la")):
        return True  # "el chofer ...", "la del Oxxo ..."
    # "my son's teacher", "la maestra de mi hijo": a role after a possessive phrase
    return (
        len(words) > 3
        and words[1] in ("son's", "daughter's", "wife's", "husband's", "mom's", "dad's")
        and words[2] in ROLES
    )
