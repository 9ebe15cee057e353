"""Mexican "puto" as the slur for a gay man, not the swear word that intensifies a noun.

The lexicon reads "puto" as profanity only ("el puto tráfico", "eres el puto amo"), since it
mostly intensifies the word after it. As a noun it is the slur: nothing but a function word,
a verb or the sentence's end comes after it ("eres un puto", "ese puto se viste de rosa", "ese
puto de tu amigo"). The noun counts when the comment speaks of sexuality (gay, a boyfriend, men
kissing, dressing in pink) or names a crowd of them ("puro puto en la biblioteca"). The word
said of oneself ("soy puto"), named as a word or a chant ("el grito de 'puto'"), quoted,
reported or condemned passes. Hold only: a moderator reads it.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import suppressed
from moderation.policy.types import Category, Submission

_SCORE = 0.72
_PUTO = frozenset({"puto", "putos"})
# What may follow the noun: a function word, a clitic or a common verb (a noun or an
# adjective after it is what the swear word intensifies).
_AFTER_NOUN = frozenset(
    {"que", "se", "de", "y", "o", "con", "en", "ya", "no", "le", "les", "lo", "los", "la",
     "me", "te", "nos", "es", "esta", "son", "estan", "era", "anda", "andan", "va", "van",
     "del", "al", "ese", "este", "a", "por", "para", "pero", "porque", "como", "cuando",
     "tiene", "tienen", "quiere", "quieren", "hay", "mas", "tambien", "siempre",
     "nunca", "aqui", "alli", "ahi", "alla"}
)  # fmt: skip
_BEFORE_NOUN = frozenset(
    {"un", "una", "ese", "este", "aquel", "el", "pinche", "pinches", "puro", "puros", "los",
     "esos", "estos", "aquellos", "unos", "maldito", "malditos", "bola de", "eres un",
     "es un", "son unos", "a los", "de", "tremendo", "pinche puto", "eres", "es", "son"}
)  # fmt: skip
_CROWD = frozenset({"puro", "puros", "bola de", "monton de", "lleno de", "llena de"})
_SELF = frozenset({"soy", "somos", "nosotros", "yo"})
_NAMED_AS_WORD = frozenset(
    {"grito", "gritos", "gritar", "gritaron", "gritan", "gritaban", "palabra", "llamar",
     "llamaron", "llaman", "llamo", "llamaba", "decir", "dicen", "dijo", "dijeron", "insulto",
     "cantico", "canto", "termino"}
)  # fmt: skip
_SEXUALITY = re.compile(
    r"\b(?:gays?|homosexual\w*|maricon\w*|joto\w*|lesbian\w*|travesti\w*|afeminad\w*|"
    r"amanerad\w*|mariposon\w*|se viste de (?:rosa|mujer)|vestido de (?:rosa|mujer)|"
    r"su novio|otro hombre|otros hombres|(?:le|les|te) gustan los hombres|se besan|besandose|"
    r"de la mano|orgullo|pride|closet|rosita|lgbt\w*|vestidas?)\b"
)


@rule("hate.es_puto", Category.HATE, needs=(re.compile(r"\bputos?\b"),))
def puto_slur(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold "puto" used as a noun for a gay man (see the module's docstring)."""
    del sub
    if an.lang != "es":
        return []
    units = an.units
    cue = _SEXUALITY.search(an.norm.text) is not None
    for u in units:
        if u.text not in _PUTO or u.quoted:
            continue
        k = u.index
        prev = units[k - 1] if k > 0 and units[k - 1].sentence == u.sentence else None
        nxt = units[k + 1] if k + 1 < len(units) and units[k + 1].sentence == u.sentence else None
        if (
            nxt is not None
            and nxt.text.split()[0] not in _AFTER_NOUN
            and not any(c in ",;:" for c in an.norm.text[u.end : nxt.start])
        ):
            continue  # "el puto tráfico": the swear word intensifies the noun
        if prev is None or prev.text not in _BEFORE_NOUN:
            continue
        before = {w for x in units[max(0, k - 4) : k] if x.sentence == u.sentence
                  for w in x.text.split()}  # fmt: skip
        if before & _SELF or before & _NAMED_AS_WORD:
            continue  # "soy puto", "el grito de 'puto'": the writer or the word itself
        crowd = prev.text in _CROWD
        if not (cue or crowd):
            continue
        if suppressed(an, k, k):
            continue
        return [Hit("hate.es_puto", _SCORE, (an.span(k, k),), "'puto' as a slur", cap_hold=True)]
    return []
