"""A lone surname that opens a short comment, or the short first sentence of one under 60
words ("Garza is a thief and everybody knows it", "Treviño se embolsó el dinero de la obra",
"Delgado rigged the 2022 election with the nursing home ballots. His campaign manager ..."),
read as a person even when a word list holds it
(many border surnames are frequent words of the blog's own comments: "Garza", "Delgado")."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, any_stopwords
from moderation.policy.normalize import fold_term
from moderation.policy.rules.libel.names import (
    ABSTRACT,
    NOT_NAMES,
    NOT_PEOPLE,
    ORGANISATION_NAMES,
    THINGS,
    common_plural,
    lower_words,
)
from moderation.policy.rules.libel.words import QUANTITIES

# The comment's first word, capitalised, after nothing but quotes or opening marks.
_FIRST_WORD = re.compile(r"[\s\"“'¡¿(*-]*([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]{2,})(?=\s)")
# What may stand between the surname and its act: a clitic or an auxiliary ("Garza se
# embolsó", "Delgado has been taking"), or a copula before a person noun ("Garza is a thief",
# "Garza es un ratero"); no article, relative or preposition, which would give the act
# another subject.
_GAP = re.compile(
    r"\s+(?:(?:le|les|se|lo|la|ya|siempre|also|always|still|has|had|has\s+been|had\s+been|"
    r"just|literally|actually)\s+)?"
    r"(?:(?:is|was|es|era|fue)\s+(?:(?:a|an|un|una|el|la|the)\s+(?:\w+\s+)?)?)?"
)


# Where the comment's first sentence ends.
_SENTENCE_END = re.compile(r"[.!?\n]")


def _short_opening(text: str, crime_start: int) -> bool:
    """The comment is short (under 15 words), or it opens with a short sentence (under 15
    words) and stays under 60 ("Moffett takes payoffs from the bail bond companies. Why do you
    think ...?"): a first word right before its act opens a short statement as its subject."""
    words = len(text.split())
    if words < 15:
        return True
    if words >= 60:
        return False
    end = _SENTENCE_END.search(text, crime_start)
    return end is not None and len(text[: end.start()].split()) < 15


def opening_surname(an: Analysis, text: str, s_start: int, crime_start: int) -> bool:
    """The comment opens with one capitalised word, its act follows past at most a clitic, an
    auxiliary or "is a"/"es un" (`_GAP`), the comment or its first sentence is short
    (`_short_opening`: a short sentence's first word is seldom anything but its subject), and
    the word is no stop word, place, team, month, body, group, lexicon term, English plural of
    a listed word ("Cops", "Thieves") or word the comment also writes in lower case."""
    if s_start > 3 or not _short_opening(text, crime_start):
        return False
    m = _FIRST_WORD.match(text)
    if m is None or m.end(1) >= crime_start or not _GAP.fullmatch(text, m.end(1), crime_start):
        return False
    word = m.group(1)
    folded = fold_term(word)
    if folded in any_stopwords(an.lex) or folded in NOT_PEOPLE or folded in NOT_NAMES:
        return False
    if folded in THINGS or folded in ORGANISATION_NAMES or folded in QUANTITIES:
        return False
    if ABSTRACT.fullmatch(folded):
        return False  # "Poverty killed this town": a cause, not a surname
    if an.lang == "en" and folded.endswith("s") and folded in an.lex.vocab:
        return False  # "Cops beat ...", "Thieves took ...": a plural, not a surname
    if common_plural(folded, an):
        return False  # "Pharmacies selling pills ...": a kind of business
    if an.lang == "en" and text[crime_start:].split()[0].endswith("ing"):
        return False  # "X selling pills with no prescription are a scam": a noun phrase
    if word.lower() in lower_words(an, text):
        return False
    first = an.units[0] if an.units else None
    return first is not None and first.text == folded and first.code == "w" and not first.entry
