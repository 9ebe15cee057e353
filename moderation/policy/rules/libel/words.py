"""Word sets and the clause break that several libel readers share."""

from __future__ import annotations

import re

CLITICS = frozenset({"le", "les", "lo", "la", "los", "las", "te", "se", "me"})


# A comma, colon or semicolon closes a clause: "let's not pretend ...: Judge X takes ..."
CLAUSE_BREAK = re.compile(r"[,:;]")


DEFINITE = frozenset({"el", "la", "los", "las", "del", "al", "este", "esta", "ese", "esa",
                       "estos", "esos", "the", "this", "that", "these", "those"})  # fmt: skip


# Demonstratives: before a capitalised name they point at a person ("Ese Lencho"), but opening
# a sentence before a common noun they point at a thing or a body ("Esa patrulla abusa ..."):
# never a name themselves.
DEMONSTRATIVES = frozenset({"ese", "esa", "esos", "esas", "este", "esta", "estos", "estas",
                            "aquel", "aquella", "aquellos", "aquellas", "that", "this",
                            "those", "these"})  # fmt: skip


# "a cop", "un agente", "some judge": nobody in particular, so nobody is defamed.
INDEFINITE = frozenset({"a", "an", "un", "una", "some", "any", "algun", "alguna", "cualquier",
                         "every", "cada", "ningun", "ninguna", "unos", "unas"})  # fmt: skip


# A conjunction before the subject ("But she changed ...", "Pero le cambió ...").
CONJUNCTIONS = frozenset({"but", "and", "so", "then", "also", "plus", "pero", "y", "e",
                           "luego", "entonces", "ademas", "y luego", "and then"})  # fmt: skip


# Numbers, quantities and times that open a sentence: never someone.
QUANTITIES = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
     "hundred", "thousand", "first", "second", "third", "last", "next", "many", "several",
     "dozens", "hundreds", "thousands", "half", "uno", "dos", "tres", "cuatro", "cinco", "seis",
     "siete", "ocho", "nueve", "diez", "veinte", "cien", "mil", "primero", "primera", "ultimo",
     "ultima", "muchos", "muchas", "varios", "varias", "algunos", "algunas", "pocos", "pocas",
     "otros", "otras", "ambos", "ambas", "cientos", "miles", "decenas", "mitad"}
)  # fmt: skip


# Prepositions that name a source ("según la denuncia", "de acuerdo con la acusación",
# "conforme a la sentencia"): the article after them is no object pronoun.
SOURCE_PREPOSITIONS = frozenset(
    {"segun", "de acuerdo con", "de acuerdo a", "conforme a", "conforme con", "a decir de",
     "according to", "as per"}
)  # fmt: skip
