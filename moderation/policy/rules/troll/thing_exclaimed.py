"""Spanish exclamations about a thing that hold an insult word and call no one by it: the
word is the adjective of an exclamation whose subject, named after it, is a thing ("Qué menso
estuvo ese comercial", "qué tonto se ve el nuevo logo"), or the interjection "cabrón" closes an
exclamation about a thing or the weather ("Qué partido tan malo, cabrón", "qué calor hace,
cabrón"). Said to a reader ("qué tonto se ve tu argumento", "qué mal juegas, cabrón", "qué
tonto eres") the aiming tests still read it."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context.second_person import HANDLE
from moderation.policy.rules.context.thing_nouns import thing_noun
from moderation.policy.rules.troll.public import role
from moderation.policy.rules.troll.words import (
    DEGREE,
    PERSON_ENDINGS,
    PERSON_NOUNS,
    PERSON_SUBJECT,
    SECOND_PERSON_ES,
    sentence_spoken_to,
)

# Linking verbs between the adjective and its subject ("qué tonto se ve el logo"): how a thing
# turned out, looked or sounded. Not "es", "está": "qué tonta es la de la tele" names someone.
_LINKS = frozenset({"estuvo", "estuvieron", "ve", "veia", "vio", "ven", "oye", "oyen",
                    "escucha", "quedo", "quedaron", "salio", "salieron", "suena", "sono",
                    "resulto"})  # fmt: skip
_THAT = frozenset({"eso", "esto", "aquello"})
_CLITICS = frozenset({"se", "me", "nos", "le"})
# Determiners that point at the subject itself; "tu", "su" would make it the reader's own.
_POINTING = frozenset({"el", "la", "los", "las", "ese", "esa", "esos", "esas", "este", "esta",
                       "estos", "estas", "aquel", "aquella"})  # fmt: skip
# Words for people, a reader or a reader's words that the lexicon gives no class: these are
# judged in person ("qué menso estuvo el wey", "qué tonto el comentario"). The reader's words
# ("opinion", "argumento", ...) are things to `troll.things` ("ese argumento está bien tonto"
# judges the argument), so they are this reading's `people`, not the shared list's.
_PEOPLE = frozenset({"wey", "guey", "buey", "vato", "bato", "compa", "carnal", "cuate", "chavo",
                     "chava", "morro", "morra", "vecino", "vecina", "vecinos", "vecinas",
                     "muchacho", "muchacha", "tipo", "tipa", "senor", "senora", "don", "dona",
                     "men", "bro", "primo", "prima", "amigo", "amiga", "novio", "novia",
                     "comentario", "comentarios", "opinion", "respuesta", "argumento", "post",
                     "mensaje", "aporte", "pregunta", "arbitro", "portero", "tecnico",
                     "jugador", "delantero", "troll", "bot", "usuario", "lector", "forista",
                     "autor", "autora"})  # fmt: skip
_SOMEONE = PERSON_NOUNS | PERSON_SUBJECT | _PEOPLE
# Things a show, a game or a day is made of, beside the nouns and endings `thing_noun` knows
# (its `known` here): an exclamation is read as about a thing only when its noun is known as one.
_SCENE = frozenset({"comercial", "anuncio", "logo", "escudo", "diseno", "uniforme", "playera",
                    "final", "juego", "gol", "golazo", "torneo", "estadio", "cancha", "concierto",
                    "show", "evento", "desfile", "misa", "fiesta", "puente", "parque", "edificio",
                    "dia", "frio", "sol", "lluvia", "viento", "tiempo", "resultado", "marcador",
                    "trailer", "disco", "album", "cuadro", "app", "pagina", "sitio", "celular",
                    "telefono", "auto", "camion", "metro", "vuelo", "viaje", "hotel", "restaurante",
                    "sabor", "cafe", "pastel", "pan", "episodio", "torta", "taco", "tacos",
                    "sistema", "servicio", "internet", "wifi"})  # fmt: skip
# What may come between "qué" and the thing it exclaims over: degree and filler words.
_FILLER = frozenset({"pinche", "pinches", "tremendo", "tremenda", "bendito", "bendita"})
# Interjections that close an exclamation ("..., cabrón."): a Mexican "man!", not a name.
_INTERJECTIONS = frozenset({"cabron", "cabrones"})
# Words after "qué" that make the exclamation about how someone acts ("qué mal juegas").
_MANNER = frozenset({"mal", "bien", "feo", "bonito", "rapido", "lento", "poco", "mucho"})
_LEAD = frozenset({"ay", "uy", "ah", "oh", "uf", "chale", "ijole", "hijole", "no manches",
                   "no mames", "pero", "neta", "la neta", "y", "wow"})  # fmt: skip
_SECOND_PERSON = re.compile(
    rf"\b(?:{SECOND_PERSON_ES}|juegas|dices|escribes|hablas|piensas|crees|haces)\b|{HANDLE}"
)


def _thing(an: Analysis, x: Unit, public: bool = False) -> bool:
    """A plain noun for a thing (`thing_noun`, with the scene words and the people of this
    reading), not an office unless `public` allows one ("qué partido tan malo": a match, or a
    party), and written in lower case (a capitalised word may be someone's name)."""
    office = role(x)
    if x.code != "w" or (office and not public):
        return False  # a word of condemnation ("qué racismo tan ...") is left to the aiming tests
    # An office said of a body ("el gobierno") counts as a thing here. A scene word counts in
    # its plural "-s" only (`thing_noun`'s own reading): "sola", "solo" are no "sol" ("qué
    # sola, cabrón" may be said of someone).
    known = _SCENE | {x.text} if office else _SCENE
    if not thing_noun(x, people=_SOMEONE, person_endings=PERSON_ENDINGS, known=known):
        return False  # "el chamaco", "la señorita": a noun not known as a thing may be someone
    start, end = an.span(x.index, x.index)
    return an.norm.original[start:end][:1].islower()


def _closes(an: Analysis, x: Unit) -> bool:
    """Punctuation or the end of the comment right after the unit: "eso" is the subject
    itself, not the determiner of a noun ("eso que dijo")."""
    rest = an.norm.text[x.end :].lstrip(" ")
    return not rest or not rest[0].isalnum()


def adjective_of_a_thing(an: Analysis, u: Unit) -> bool:
    """ "Qué menso estuvo ese comercial", "qué tonto se ve el nuevo logo": the insult right
    after "qué" (a degree word may sit between), a linking verb, then a pointing determiner and
    a thing within two words, in a sentence that speaks to no one."""
    if an.lang != "es" or u.has("S") or u.has("D"):
        return False  # a slur or a dehumanising word is read as said of someone
    run = an.sentence_run(u.index)
    before = run[: u.index - run[0].index]  # a sentence is one run of units
    k = len(before)
    while k and before[k - 1].text in DEGREE:
        k -= 1
    if not k or before[k - 1].text != "que" or sentence_spoken_to(an, run):
        return False
    after = run[u.index + 1 - run[0].index :]
    k = 0
    while k < len(after) and after[k].text in _CLITICS:
        k += 1
    if k >= len(after) or after[k].text not in _LINKS:
        return False
    k += 1
    if k < len(after) and after[k].text in _THAT and _closes(an, after[k]):
        return True  # "qué menso estuvo eso": what happened, not who
    if k >= len(after) or after[k].text not in _POINTING:
        return False
    return any(_thing(an, x) for x in after[k + 1 : k + 3])


def _comment_read(an: Analysis) -> tuple[bool, frozenset[int]]:
    """Whether the comment speaks to someone (a second person, a handle), and up to two of
    its insult or swear words: two tell whether one other than a given interjection is there."""
    addressed = bool(_SECOND_PERSON.search(an.norm.text)) or any(x.code == "U" for x in an.units)
    swears: list[int] = []
    for x in an.units:
        if x.has("INS") or x.has("PROF"):
            swears.append(x.index)
            if len(swears) == 2:
                break
    return addressed, frozenset(swears)


def interjection_closing(an: Analysis, u: Unit) -> bool:
    """ "Qué partido tan malo, cabrón.", "Qué calor hace hoy, cabrón, ni con el abanico": the
    interjection set off by a comma after an exclamation that opens with "qué" and a thing, in
    a comment with no second person, no handle and no other insult or swear word."""
    if an.lang != "es" or u.text not in _INTERJECTIONS:
        return False
    found = an.memo.get("troll.interjection_closing")
    if found is None:  # the comment's own reading, the same for each interjection of it
        found = an.memo["troll.interjection_closing"] = _comment_read(an)
    addressed, swears = found
    if addressed or not swears <= {u.index}:
        return False
    run = an.sentence_run(u.index)
    before = list(run[: u.index - run[0].index])  # a sentence is one run of units
    lead = 0
    while lead < len(before) and before[lead].text in _LEAD:
        lead += 1
    before = before[lead:]
    if len(before) < 2 or before[0].text != "que":
        return False
    if "," not in an.norm.text[before[-1].end : u.start]:
        return False  # "qué calor cabrón hace" reads the word inside the clause
    after = run[u.index + 1 - run[0].index :]
    if after and "," not in an.norm.text[u.end : after[0].start]:
        return False
    head = [x for x in before[1:3] if x.text not in _FILLER and x.text not in DEGREE]
    return bool(head) and head[0].text not in _MANNER and _thing(an, head[0], public=True)


# "Bien cabrón" after a verb says how well something is done ("la señora cocina bien cabrón",
# "el morro juega bien cabrón"): praise of the doing. After a copula or a verb of seeming it
# names someone ("es bien cabrón", "te crees bien cabrón"), and the aiming tests read it.
_HOW_WELL = frozenset({"cabron", "cabrona"})
_NAMING_VERBS = frozenset({"es", "eres", "son", "era", "eran", "fue", "sos", "estas", "andas",
                           "anda", "esta", "estan", "parece", "pareces", "ves", "ve", "cree",
                           "crees", "siente", "sientes", "hace", "haces", "pone", "pones",
                           "puso", "pusiste", "quedo", "quedaste"})  # fmt: skip
_VERB_3 = re.compile(r"^[a-z]{3,}(?:a|e|an|en)$")


def manner_praised(an: Analysis, u: Unit) -> bool:
    """The word after a degree word and a third-person verb that names no state or seeming,
    closing its clause, in a sentence that speaks to no one."""
    if an.lang != "es" or u.text not in _HOW_WELL or u.index < 2:
        return False
    degree, verb = an.units[u.index - 1], an.units[u.index - 2]
    if degree.text not in ("bien", "muy", "re", "super") or verb.sentence != u.sentence:
        return False
    if verb.code != "w" or verb.entry is not None or verb.text in _NAMING_VERBS:
        return False
    if not _VERB_3.match(verb.text) or not _closes(an, u):
        return False
    return not sentence_spoken_to(an, an.sentence_run(u.index))
