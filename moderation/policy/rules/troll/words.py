"""Word sets and small readers the put-down readers share: the second person, person and thing
words, degree words, articles, the text after a unit, a reader addressed."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context import next_in_sentence

# The second person's regex pieces live in rules/context/second_person.py, which the
# counter-speech tests read too.
from moderation.policy.rules.context.second_person import HANDLE, SECOND_PERSON, SPOKEN_TO_ES

_YOU = frozenset({"you", "u", "ya", "eres", "sos", "tu", "you are", "vosotros", "ustedes", "os"})


# Spanish words that address someone (pronouns, "eres", orders to leave or be quiet): a comment
# with one of them is aimed at a reader, whatever else it exclaims (`oath`, `thing_exclaimed`).
SECOND_PERSON_ES = rf"{SPOKEN_TO_ES}|estas|vete|largate|callate"


def you(an: Analysis, x: Unit) -> bool:
    """A second-person word; Spanish "ya" is "already", not the English "ya"."""
    return x.text in _YOU and not (x.text == "ya" and an.lang == "es")


EXCLAIM = frozenset({"que", "menudo", "menuda", "vaya", "pedazo de", "so", "what a", "such a",
                      "menudos", "menudas", "pedazo", "valiente", "hola"})  # fmt: skip
PERSON_SUBJECT = frozenset(
    {"this guy", "this dude", "this woman", "this girl", "this man", "the author", "this author",
     "the writer", "this writer", "el autor", "la autora", "este tio", "esta tia", "este tipo",
     "esta tipa", "esta chica", "este chico", "este chaval", "esta chavala", "esta senora",
     "ellos", "ellas",
     "este senor", "esta mujer", "este hombre", "este", "esta", "el tio", "la tia", "he", "she",
     "el", "ella", "op"}
)  # fmt: skip


# Verbs that aim what follows at the person addressed or talked about (Spanish drops pronouns).
AIMING_VERBS = frozenset({"eres", "sos", "estas", "pareces", "es", "esta", "parece", "vas de",
                           "va de", "te crees", "se cree", "menudo", "menuda"})  # fmt: skip
# Insults that also describe things ("a stupid law", "una ley estúpida"): need a person.
THING_WORDS = frozenset(
    {"estupido", "estupida", "ridiculo", "ridicula",
     "patetico", "patetica", "lamentable",
     "penoso", "penosa", "falso", "falsa", "mediocre", "inutil", "basura", "mierda",
     "horrible", "stupid", "dumb", "pathetic", "ridiculous", "garbage", "trash", "ignorant",
     "disgrace", "worthless", "idiotic", "lamentables", "mediocres", "inutiles", "pesado",
     "dumbest", "stupidest",
     "pesada", "loco", "loca", "falsos", "falsas",
     "bruto", "bruta", "brutos", "brutas", "vendido", "vendida", "vendidos", "vendidas"}
)  # fmt: skip


# Insults that are also the commonest expletives: "¡qué mierda!", "qué asco" are exasperation;
# "eres una mierda", "asco de tía" are insults (handled by the aiming tests of `aim`).
EXPLETIVE_WORDS = frozenset({"mierda", "mierdas", "asco", "que asco", "basura", "puta", "putas"})


# Determiners that make the insult a noun for someone present ("esta gorda", "la muy tonta",
# "el payaso este"); "esta ley" is no person, but an insult right after it is one.
DEMONSTRATIVE = frozenset({"esta", "este", "esa", "ese", "estos", "estas", "esos", "esas",
                            "aquel", "aquella"})  # fmt: skip


# Person nouns whose "de mierda" is an insult ("niñata de mierda", "tía de mierda").
PERSON_NOUNS = frozenset(
    {"tio", "tia", "tipo", "tipa", "nino", "nina", "ninata", "ninato", "chica", "chico",
     "hombre", "mujer", "persona", "gente", "senora", "senor", "vieja", "viejo", "cabron",
     "cabrona", "youtuber", "influencer", "chaval", "chavala", "morro", "morra", "vato", "wey",
     "guey", "hija", "hijo", "madre", "padre", "familia", "pendejo", "pendeja", "puta", "perra"}
)  # fmt: skip


AGE_WORDS = frozenset({"viejo", "vieja", "viejos", "viejas"})


def content_next(an: Analysis, u: Unit) -> bool:
    k = u.index + 1
    if k >= len(an.units) or an.units[k].sentence != u.sentence:
        return False
    nxt = an.units[k]
    stop = an.lex.stopwords.get(an.lang, frozenset())
    return nxt.entry is None and nxt.text not in stop and nxt.code == "w"


# Second person in the words just before ("te ves ridícula", "tienes cara de tonta").
YOU_NEAR = frozenset(
    {"te", "ti", "contigo", "tienes", "pareces", "vas", "haces", "dices", "sabes", "crees",
     "ves", "pones", "quedas", "sigues", "estas", "tu", "tus", "hablas", "escribes", "eras",
     "seas"}
)  # fmt: skip


def spoken_to(an: Analysis, units) -> bool:
    """Someone is spoken to in `units`: a second-person word or a verb form of "tú" near it."""
    return any(x.code == "U" or you(an, x) or x.text in YOU_NEAR for x in units)


def sentence_spoken_to(an: Analysis, run: tuple[Unit, ...]) -> bool:
    """`spoken_to` of a whole sentence (`Analysis.sentence_run`), remembered per comment: each
    insult of a long sentence asks it, and one sentence of hundreds of insults would be read
    again for each."""
    key = ("troll.spoken_to", run[0].index)
    found = an.memo.get(key)
    if found is None:
        found = an.memo[key] = spoken_to(an, run)
    return found


DEGREE = frozenset({"mas", "muy", "tan", "super", "bien", "bastante", "re", "demasiado",
                     "tremendamente", "realmente", "totalmente", "completamente", "menos",
                     "un poco", "algo"})  # fmt: skip
ARTICLES = frozenset({"un", "una", "unos", "unas", "el", "la", "los", "las", "a", "an", "the"})


YOU_AFTER = frozenset({"eres", "sois", "sos", "das", "dais", "me das", "me dais", "you are"})


def next_text(an: Analysis, u: Unit) -> str:
    nxt = next_in_sentence(an, u)
    return nxt.text if nxt is not None else ""


PERSON_ENDINGS = ("ista", "istas", "ora", "oras", "ores", "ero", "era", "eros", "eras", "ante",
                   "antes", "iente", "ientes")  # fmt: skip


# Words for the thread itself, where the readers are: "cállate en los comentarios", "los del
# hilo bien ardidos" speak of people here, not of a crowd elsewhere.
THREAD_PLACES = frozenset({"comentarios", "comentario", "blog", "hilo", "seccion", "foro", "chat",
                           "post", "publicacion", "comments", "comment", "thread", "section",
                           "forum"})  # fmt: skip


ESTAR = frozenset({"esta", "estuvo", "estaba", "estara", "estaria", "esta bien", "se puso",
                    "se pone", "anda", "andaba"})  # fmt: skip


COMMENTER_CUES = re.compile(
    r"\b(ignore (him|her)|do not feed|(his|her) (comments?|posts?|replies)|comment(ed)? above|"
    r"posted above|su comentario|sus comentarios|ignorenlo|ignorenla|no le hagan caso|"
    r"comento arriba)\b"
)


INFINITIVE = re.compile(r"^[a-z]{2,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?$")


# A reader addressed: a second person, an @handle or a call to answer (`troll.sealion`;
# `_threat_reported` reads it as well).
ADDRESSEE = re.compile(rf"{HANDLE}|\b(?:{SECOND_PERSON}|vos|tenes|contesta|conteste|dime|digame)\b")
