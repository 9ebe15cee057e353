"""What lets a `hate_habits` shape pass: a stand-in for ordinary people named before, the
writer's own group, a shrug, and a habit that is named after all (a custom told or praised)."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.officials import RIVALS, words_regex
from moderation.policy.rules.hate_everyday.kindly import FAULT
from moderation.policy.rules.masked_words import unit_at

# Ordinary people a stand-in may point back to, named before it: "My neighbours ... those
# people are always drunk" speaks of the neighbours; so may officials, a team or a gang
# (`officials.RIVALS`).
_ORDINARY = frozenset(
    {"neighbors", "neighbours", "tenants", "roommates", "drivers", "kids", "teens", "teenagers",
     "students", "tourists", "guests", "customers", "coworkers", "in-laws", "relatives",
     "cousins", "bikers", "partiers", "vecinos", "inquilinos", "chavos", "muchachos",
     "estudiantes", "aficionados", "turistas", "invitados", "clientes", "regidores",
     "companeros", "suegros", "parientes", "primos", "fiesteros"}
)  # fmt: skip
ANTECEDENT = re.compile(words_regex(_ORDINARY | RIVALS))
# A shrug that closes a complaint about someone with where they are from ("Su artículo tiene
# más errores que un examen. Pero bueno, así son los chilangos."): a tease a moderator cannot
# tell from a slight, left to the other rules.
SHRUG = re.compile(r"^(?:pero |y )?(?:bueno|en fin|ni modo|oh well|but hey|anyway) , ")
# The writer's own group: "we Roma always do that", "nosotros los gitanos ...".
WRITER = re.compile(r"\b(?:we|us|our|as an?|nosotros|nosotras|somos|como (?:un|una))\b")

# What keeps a habit unnamed after its comma: another hint ("always up to something", "ya
# saben"), or what the reader is told to guard.
_STILL_HINTED = re.compile(
    r"\b(?:up to|no good|something|algo|las suyas|sus movidas|lo mismo|ya sabes|ya saben|"
    r"you know|that|eso|watch|lock|hide|cuiden|guarden|escondan)\b"
)
_HOSTILE = frozenset("XDSVK")


def named_after(an: Analysis, words: str, index: list[int], end: int) -> bool:
    """The hint is followed, after a comma, by the habit it meant, named in two words or more
    with no fault, crime or insult in them ("Mexicans always do that, bring way too much
    food", "así son los mexicanos, siempre llegan tarde"): a custom told, not a hint."""
    if not words.startswith(" , ", end):
        return False
    rest = words[end + 3 :]
    if len(rest.split()) < 2 or _STILL_HINTED.search(rest) or FAULT.search(rest):
        return False
    first = unit_at(index, words, end + 3)
    sentence = an.units[first].sentence
    return not any(
        u.code in _HOSTILE or u.has("INS") or u.has("crime")
        for u in an.units[first:]
        if u.sentence == sentence
    )


# A custom told in the past or as an activity, which a "that" after it points back to.
_CUSTOM = re.compile(
    r"\b(?:sang|danced|cooked|shared|celebrated|prayed|hugged|singing|dancing|cooking|praying|"
    r"hugging|celebrating|cantaron|bailaron|cocinaron|compartieron|celebraron|rezaron|"
    r"festejaron|abrazaron|cantar|bailar|cocinar|rezar|festejar)\b"
)


def custom_before(an: Analysis, base: int) -> bool:
    """The sentence before the hint tells a custom ("They sang all night at the funeral. The
    Irish always do that.", "¿Cantar en los velorios? Eso es lo que hacen los irlandeses.")
    and the comment holds no fault, crime or insult."""
    if base == 0:
        return False
    before = an.norm.text[: an.units[base].start]
    if not _CUSTOM.search(before) or FAULT.search(an.norm.text):
        return False
    return not any(u.code in _HOSTILE or u.has("INS") or u.has("crime") for u in an.units)
