"""`troll.shouting`: a comment, or a run of eight words, in capitals; a short capitalised slogan
aimed at no one passes."""

from __future__ import annotations

import re
from itertools import islice

from moderation.policy.analysis import Analysis
from moderation.policy.lexicon import skipping
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context.second_person import HANDLE, SECOND_PERSON
from moderation.policy.rules.troll.letters import WORD, _letter_count, _upper_count
from moderation.policy.types import Category, Submission


@rule("troll.shouting", Category.TROLL)
def shouting(an: Analysis, sub: Submission) -> list[Hit]:
    """Mostly capitals over a real stretch of text."""
    upper = _upper_count(sub.text)
    if upper < 9:
        return []  # 70% of at least 12 letters
    letters = _letter_count(sub.text)
    if letters < 20:
        if upper < 12 or not _short_put_down(an, sub.text):
            return []  # under twenty letters only a yelled put-down of the blog or the reader
    elif len(list(islice(WORD.finditer(sub.text), 4))) < 4:
        return []  # (at least four words: the first four found are enough)
    if upper / letters >= 0.7:
        if _slogan(an, sub.text):
            return []
        return [Hit("troll.shouting", 0.6, ((0, len(sub.text)),), "shouting (mostly capitals)")]
    m = _CAPS_RUN_SEARCH.search(sub.text)  # the match is group _CAPS_RUN_GROUP
    if m and _letter_count(m.group(_CAPS_RUN_GROUP)) >= 30:
        span = m.span(_CAPS_RUN_GROUP)
        return [Hit("troll.shouting", 0.6, (span,), "shouting (a run of capitals)")]
    return []


# A capitalised comment this short is a slogan ("STOP THE VIOLENCE. PERIOD.", "NI UNA MENOS")
# unless something in it aims it at someone: fewer words than the shouted sentence of
# `_CAPS_RUN` (eight).
SLOGAN_WORDS = 8
# Signs that a short capitalised comment is shouted at someone: the reader addressed (not
# Spanish "ya", "already") or sent away, an @handle, runs of ! or ?, laughter, a dismissal of
# everyone.
_AT_SOMEONE = re.compile(
    rf"{HANDLE}|[!?¡¿]{{2,}}|\b(?:{SECOND_PERSON}|yours|yourself|y'?all|"
    r"vosotros|vosotras|os|sois|vos|nobody|no one|nadie|get off|go away|get lost|"
    r"shut up|log off|vete|largate|callate|callense|"
    r"(?:ha){2,}h?|(?:ja){2,}j?|(?:je){2,}j?|lol|lmao)\b"
)
# Put-down words of the lexicons: an insult, a foul word, a negative attribute, a filth word.
_PUT_DOWN = ("INS", "PROF", "X", "D")


def _slogan(an: Analysis, text: str) -> bool:
    """A capitalised comment of a few words with nothing aiming it at anyone: no second
    person, no put-down word, no repeated word, no !!! or laughter. Emphasis, not shouting."""
    words = WORD.findall(text)
    if len(words) >= SLOGAN_WORDS or any(an.by_class.get(c) for c in _PUT_DOWN):
        return False
    folded = [w.lower() for w in words]
    if any(folded.count(w) >= 3 for w in set(folded)):
        return False  # "TRUMP 2024 TRUMP 2024 TRUMP 2024": a chant pasted in
    return not _AT_SOMEONE.search(an.norm.text) and not _AT_SOMEONE.search(text)


# Marks that a short capitalised put-down is yelled: "!!" or "¡¡".
_YELLED = re.compile(r"[!¡]{2,}")


def _short_put_down(an: Analysis, text: str) -> bool:
    """Under twenty letters, a capitalised put-down is shouting only yelled with "!!", in three
    words or more, at the blog or the reader: "ESTE BLOG ES BASURA!!!", "THIS BLOG IS
    GARBAGE!!!" (not "QUÉ BASURA DE PARTIDO!!", a fan at a game)."""
    return (
        (any(an.by_class.get(c) for c in ("INS", "X", "D")) or bool(_SUCKS.search(an.norm.text)))
        and not _PRAISE.search(an.norm.text)
        and bool(_YELLED.search(text))
        and len(list(islice(WORD.finditer(text), 3))) >= 3
        and bool(_THE_BLOG.search(an.norm.text) or _SECOND.search(an.norm.text))
    )


# What a short yelled put-down must be aimed at: the blog, its writing, or the reader.
_THE_BLOG = re.compile(
    r"\b(?:blog|site|sitio|pagina|article|articulo|column|columna|author|autor|autora|writer|"
    r"periodico|paper|comments|comentarios)\b"
)
_SUCKS = re.compile(r"\b(?:sucks|apesta|apestan)\b")  # not a swear alone ("DAMN GOOD!!")
_PRAISE = re.compile(
    r"\b(?:good|great|best|rock|rocks|proud|love|buen|buena|bueno|mejor|chingon|chingona|orgullo|"
    r"felicidades|bravo|genial|quiero|amo|the shit|crack|genio|legend|chido|joya|awesome)\b"
)
_SECOND = re.compile(rf"\b(?:{SECOND_PERSON}|y'?all|ustedes)\b")


# Eight or more words in capitals in a row: a shouted sentence inside a calmer comment.
_CAPS_RUN = re.compile(r"(?:\b[A-ZÁÉÍÓÚÑÜ]{2,}\b[^\w]+){7,}\b[A-ZÁÉÍÓÚÑÜ]{2,}\b")
# The same first match, found jumping between capitals (`lexicon.skipping`).
_CAPS_RUN_SEARCH, _CAPS_RUN_GROUP = skipping(_CAPS_RUN)
