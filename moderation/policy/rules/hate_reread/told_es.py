"""A relative's or a neighbour's saying told in the present and left standing ("Mi tío dice
que los X son ladrones."), read as its claim (`hate_reread`, hold only): the present tense
keeps the saying current, and with nothing around it that disputes it the writer passes it
on. A saying in quotes, turned with "pero", or met anywhere in the comment by a denial, a
laugh, a counter-example or a bigotry's name stays a report."""

from __future__ import annotations

import re

# The teller: one person of the writer's own circle ("mi tío", "la vecina de enfrente",
# "mi suegra que vive en Texas"); an article, a paper, an agency or an official is no such
# teller ("El artículo dice que", "La Fiscalía dice que").
_KIN = (
    r"(?:t[ií][oa]|abuel[oa]|abuelit[oa]|pap[aá]|mam[aá]|padre|madre|suegr[oa]|prim[oa]|"
    r"herman[oa]|cu[nñ]ad[oa]|espos[oa]|marido|vecin[oa]|vecinit[oa]|compadre|comadre|"
    r"amig[oa]|compa|compa[nñ]er[oa]|viej[oa]|hij[oa]|novi[oa]|sobrin[oa]|padrino|madrina|"
    r"yerno|nuera|jef[ea]|patr[oó]n|patrona|do[nñ]a [A-ZÁÉÍÓÚÑ][\wáéíóúñ]+|"
    r"don [A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)"
)
# "Mi tío (que vive en Texas) (siempre) dice que ...": the present only.
_TOLD_NOW = re.compile(
    r"^(?:(?:y|pues|bueno|ojo|oigan|f[ií]jense),?\s+)?"
    rf"(?:mi|mis|el|la|nuestr[oa])\s+{_KIN}(?:\s+[\wáéíóúñ]+){{0,4}}?\s+"
    r"(?:(?:siempre|tambi[eé]n|todav[ií]a|a[uú]n|ya|me|nos|lo)\s+)*"
    r"(?:dice|piensa|cree|opina|repite|asegura|jura)\s+que\s+(?P<claim>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# A claim quoted, asked, laughed at, turned after a contrast, or with a clause after a comma
# ("..., y se equivoca", "..., qué atraso").
_HELD_APART = re.compile(
    r"[\"'«»“”‘’:;,?¿]|\b(?:pero|sino|aunque|mas bien|pobre|j[aeiou](?:j[aeiou])+\w*|lol)\b",
    re.IGNORECASE,
)
# Anything in the rest of the comment that may dispute, mock or answer the saying: a
# negation or contrast, a laugh, a bigotry or a falsehood named, the writer's own
# counter-example ("yo conozco", "mi mamá maneja ..."), an exclamation of dismay.
_DISPUTED = re.compile(
    r"\b(?:no|ni|nunca|jam[aá]s|nadie|pero|aunque|sin embargo|mentira\w*|fals[oa]s?|mitos?|"
    r"prejuicio\w*|racis\w*|xen[oó]fob\w*|homof[oó]b\w*|machis\w*|clasis\w*|ignoran\w*|"
    r"tonter[ií]a\w*|estupide\w*|barbaridad\w*|verg[uü]enza|equivoc\w*|error\w*|absurd\w*|"
    r"rid[ií]cul\w*|explic\w*|cerrado|triste|pena|horror|ojal[aá]|conozco|conoc[ií]|yo|mis?|qu[eé]|"
    r"report\w*|denunci\w*|bloque\w*|"
    r"j[aeiou](?:j[aeiou])+\w*|lol|x+d+|a+y+)\b|[?¿!¡:]|\U0001f602|\U0001f923|\U0001f644",
    re.IGNORECASE,
)


def told_now_es(said: str, before: str, after: str) -> tuple[str, int] | None:
    """The sentence `said` read as the claim of one person's saying told in the present
    ("Mi tío dice que los X son ladrones." as "Los X son ladrones."), with where the claim
    starts in `said`; None unless the claim stands bare and nothing in the rest of the
    comment (`before`, `after`) may dispute it."""
    m = _TOLD_NOW.match(said)
    if m is None:
        return None
    claim = m["claim"].rstrip(" .!")
    if not claim or _HELD_APART.search(claim):
        return None
    if _DISPUTED.search(before) or _DISPUTED.search(after):
        return None
    return claim[:1].upper() + claim[1:] + ".", m.start("claim")
