"""The antisemitic trope of a coded few behind the money, the media and the caravans, read
across sentences (`hate.es_behind`, hold only).

`hate.es_implicit` reads "the same ones as always" beside the banks within one sentence. The
blog's writers more often split it: the power in a question or a list, the code in the next
sentence ("¿Quién financia las caravanas? Los mismos de siempre, los de la kipa", "Hollywood,
bancos, Netflix... siempre la misma tribu", "Busca los apellidos. Siempre los mismos"). This
reads a code (a skullcap, a synagogue, Hanukkah, a surname to look up, "la misma tribu", "esa
comunidad", the Rothschilds, "los mismos de siempre" closing a clause) within a few sentences
of money, media or funding.

Every hit only holds: a moderator reads it. The plain "los mismos de siempre" and the other
weak codes pass beside politicians or parties (a complaint about the political class); a line
quoted, reported or called a hoax, and a comment that condemns antisemitism, pass
(`held_shape`).
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_es_held import first_own_shape, held_shape
from moderation.policy.rules.hate_es_implicit import POLITICS, SAME_ONES_MARK
from moderation.policy.rules.hate_es_short import masked_words
from moderation.policy.types import Category

_RULE = "hate.es_behind"
_SCORE = 0.75
_WHAT = "a coded few said to be behind the money, the media or the caravans"

# Codes that name Jews by themselves.
_STRONG = (
    rf"(?:{SAME_ONES_MARK}|(?:siempre (?:es |son )?)?la misma tribu|amigos de la sinagoga|januca|"
    r"rothschild\w*|apellidos como)"
)
# Codes that name them only beside money or media, and not beside politicians.
_WEAK = (
    r"(?:(?:los mismos(?: \w+)? de siempre|siempre (?:son |es )?los mismos)(?= [.,?]| SNEER|$)|"
    r"siempre es la misma gente detras|(?:busca|busquen|fijense en|fijate en|con) los "
    r"(?:mismos )?apellidos|(?:de|es) esa comunidad|un grupo muy (?:pequeno|chico)|"
    r"las mismas manos|todo esta conectado)"
)
# Money, media and funding: what the trope says they own or move.
_POWER = (
    r"(?:bancos?|banqueros?|banca|wall street|hollywood|netflix|medios|televisoras?|periodicos|"
    r"financi\w+|ongs?|reserva federal|usureros|prestamistas|(?<!recaudar )(?<!juntar )fondos|"
    r"inmobiliarias|fundaciones|farmaceuticas|controlan|mandan|mueven|manejan|detras de|"
    r"duenos? de)"
)
_NEAR = r".{0,150}?"
_PAIR = re.compile(
    rf"\b(?P<code>{_STRONG}|{_WEAK})\b{_NEAR}\b{_POWER}\b|"
    rf"\b{_POWER}\b{_NEAR}\b(?P<code2>{_STRONG}|{_WEAK})\b"
)
_STRONG_RE = re.compile(rf"\b{_STRONG}\b")
_NEEDLE = re.compile(
    r"\b(?:mismos|misma|apellidos?|comunidad|kipa|kippa|sinagoga|januca|rothschild\w*|"
    r"estrell\w+|sombrerito|nariz|grupo muy|conectado|berg|stein)\b"
)


def _coded(words: str, m: re.Match) -> bool:
    """A strong code counts anywhere; a weak one only in a comment that names no politicians."""
    if _STRONG_RE.fullmatch(m.group("code") or m.group("code2")):
        return True
    return not POLITICS.search(words)


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    words, offsets, index = masked_words(an, set())
    pairs = (m for m in _PAIR.finditer(words) if _coded(words, m))
    return first_own_shape(words, offsets, index, pairs, _WHAT)


@rule(_RULE, Category.HATE, needs=(_NEEDLE,))
def es_behind(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that puts a coded few behind the money or the media."""
    del sub
    if an.lang != "es" or not an.units:
        return []
    return held_shape(an, _RULE, _SCORE, _shapes(an))
