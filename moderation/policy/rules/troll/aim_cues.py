"""What points an insult at a reader (`aim._insult_at` reads these): "you are" or an @handle
before it, the second person after it, a determiner or curse that makes it a noun for someone,
a commenter picked out by where they posted, the comment closing on it."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.troll.things import accented_verb, thing_noun_next
from moderation.policy.rules.troll.words import (
    ARTICLES,
    DEGREE,
    DEMONSTRATIVE,
    EXPLETIVE_WORDS,
    PERSON_NOUNS,
    THING_WORDS,
    YOU_AFTER,
    next_text,
)


def closing_vocative(an: Analysis, u: Unit) -> bool:
    """The comment ends on the insult (with one insulting word before it at most), set off by
    a comma or a sentence of its own: "..., nadie te va a extrañar, payaso", "... again. lol.
    pathetic losers". Said to whoever reads it, however long the comment before it."""
    units = an.units
    if u.index != len(units) - 1 or u.index == 0:
        return False
    j = u.index - 1
    if units[j].sentence == u.sentence and units[j].has("INS"):
        j -= 1  # "pathetic losers", "viejo menso"
    if j < 0:
        return False
    if units[j].sentence != u.sentence:
        return True
    return "," in an.norm.text[units[j].end : units[j + 1].start]


# Insult phrases that carry their own second person ("me das asco", "te odio").
SELF_AIMED = ("das ", "me das ", "eres ", "no vales", "que asco das", "te ", "os ", "nadie te ",
               "no sirves", "me caes", "me cae")  # fmt: skip


_POINTERS = frozenset({"pedazo de", "pedazo", "menudo", "menuda", "menudos", "menudas",
                       "la muy", "el muy", "los muy", "las muy", "pobre", "maldito", "maldita",
                       "malditos", "malditas", "puto", "puta", "putos", "putas", "pinche",
                       "pinches", "grandisimo", "grandisima", "so"})  # fmt: skip


# Words that open a new clause: a "you are" before them says nothing of what follows.
CLAUSE_OPENERS = frozenset(
    {"that", "which", "who", "because", "but", "when", "if", "while", "que", "porque", "pero",
     "cuando", "si", "aunque", "and", "y"}
)  # fmt: skip


def you_are_before(an: Analysis, u: Unit) -> bool:
    """ "you are"/"you're" earlier in the same clause ("you're either a paid shill or just
    plain stupid"), or a Spanish second-person preterite just before ("naciste tonto")."""
    text = an.norm.text
    for k in range(u.index - 1, max(-1, u.index - 9), -1):
        p = an.units[k]
        if p.text in ("and", "y") and an.units[k + 1].text in ARTICLES:
            continue  # "you're wrong and a fool": the same "you are" goes on
        if p.sentence != u.sentence or p.text in CLAUSE_OPENERS or "," in text[p.end : u.start]:
            return False
        if p.text in ("are", "were") and k > 0 and an.units[k - 1].text in ("you", "u"):
            return True
        if p.code == "C":
            return False  # "you are so right the plan is stupid": another subject
        if (
            an.lang == "es"
            and u.text not in THING_WORDS  # "dijiste algo ridículo": said of what was said
            and k >= u.index - 2
            and p.entry is None
            and len(p.text) > 5
            and p.text.endswith(("aste", "iste"))
        ):
            return True
    return False


_HANDLE_IS = re.compile(
    r"@\w+\s+(?:is|was|es|eres|sos)\s+(?:a\s+|an\s+|un\s+|una\s+|such\s+a\s+|just\s+a\s+|"
    r"the\s+|so\s+|such\s+an\s+|el\s+|la\s+)?$",
    re.IGNORECASE,
)


def handle_before(an: Analysis, u: Unit, text: str) -> bool:
    """An @handle, a copula and the insult: "@Maria is a troll", "@Chuy es un payaso"."""
    start = an.span(u.index, u.index)[0]
    return "@" in text[:start] and bool(_HANDLE_IS.search(text[max(0, start - 60) : start]))


DONT_BE = frozenset({"seas", "seais"})  # "no seas tonto" (never "no sea que")


def demonstrative_estas(an: Analysis, p: Unit) -> bool:
    """'estas' (these) before a plural word ("estas ridículas reglas", "estas reglas son
    ridículas"), not "estás" (you are), which takes a singular ("estás ridícula") or a
    gerund ("estás diciendo")."""
    if p.text != "estas" or p.index + 1 >= len(an.units):
        return False
    nxt = an.units[p.index + 1]
    return (
        nxt.sentence == p.sentence
        and nxt.text.endswith("s")
        and " " not in nxt.text
        and nxt.text not in DEGREE
        and nxt.code not in ("U", "A", "C")
    )


# A commenter or the article's writer picked out by where they posted or what they wrote: "the
# guy above me", "la que comentó arriba", "este periodista", "whoever wrote this".
AT_PARTICIPANT = re.compile(
    r"\b(?:the|that|this) (?:guy|person|dude|commenter|poster|one|woman|man|lady|clown) "
    r"(?:above|below|upthread|before me)\b|\b(?:el|la) que comento arriba\b|"
    r"\b(?:este|esta|this) (?:periodista|reportero|reportera|columnista|comentarista|"
    r"journalist|reporter|columnist|commenter)\b|\b(?:el|la) que escribio (?:esto|esta|este)\b|"
    r"\b(?:el|la|los|las|ese|esa) (?:\w+ ){1,2}(?:que|quien|quienes) (?:escribio|escribieron|"
    r"publico|publicaron|comento|comentaron|redacto|firmo|escribe|publica|comenta) "
    r"(?:esto|esta|este|eso|esa|ese|aqui|arriba|la nota|el articulo|la columna|el comentario|"
    r"el post|semejante)\b|"
    r"\bwhoever wrote (?:this|that)\b|\bwhoever the author is\b|"
    r"\b(?:the )?author(?: of (?:this|the) (?:piece|article|post|column))?(?:'s| is| was)\b|"
    r"\bthe (?:guy|person|woman|man|one) who wrote (?:this|that|the)\b"
)


# After the insult, a comparison or a measure that names the reader: "tan bruta como tú",
# "clowns like you", "pathetic, even for you", "patético hasta para ti".
YOU_AFTER_RX = re.compile(
    r"\W*(?:\w+\W+){0,2}?(?:como (?:tu|usted|ustedes)|like (?:you|u|yourself)|"
    r"(?:even|incluso|hasta|aun) (?:for|para) (?:you|u|ti|usted))\b"
)


def you_after(an: Analysis, u: Unit) -> bool:
    """Second person in the few words after ("qué asco de persona eres", "gente tan bruta
    como tú")."""
    last = u.index + (4 if next_text(an, u) == "de" else 3)  # "asco de persona eres"
    for k in range(u.index + 1, min(len(an.units), last)):
        nxt = an.units[k]
        if nxt.sentence != u.sentence:
            return False
        if nxt.text in YOU_AFTER or (
            nxt.text == "me" and k + 1 < len(an.units) and an.units[k + 1].text in ("das", "dais")
        ):
            return True
    return False


def pointed_at(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """A determiner or a curse that makes the insult a noun for someone ("esta gorda", "pedazo
    de imbécil", "el payaso este", "niñata de mierda")."""
    if prev and u.text not in THING_WORDS and u.text not in EXPLETIVE_WORDS:
        if prev[-1].text in DEMONSTRATIVE and thing_noun_next(an, u):
            return False  # "estas ridículas reglas": the word is an adjective of a thing
        if (prev[-1].text in DEMONSTRATIVE and not accented_verb(an, prev[-1])) or (
            prev[-1].text in _POINTERS
        ):
            return True
        if len(prev) >= 2 and f"{prev[-2].text} {prev[-1].text}" in _POINTERS:
            return True
    nxt = an.units[u.index + 1] if u.index + 1 < len(an.units) else None
    if nxt is None or nxt.sentence != u.sentence:
        return False
    if nxt.text in DEMONSTRATIVE and u.text not in THING_WORDS and not accented_verb(an, nxt):
        return prev[-1:] != [] and prev[-1].text in ("el", "la", "los", "las")
    if u.text in ("mierda", "mierdas") and prev[-1:] and prev[-1].text == "de":
        return len(prev) >= 2 and (prev[-2].text in PERSON_NOUNS or prev[-2].has("INS"))
    return u.text in ("mierda", "mierdas") and bool(prev) and prev[-1].text in ("un", "pedazo de")
