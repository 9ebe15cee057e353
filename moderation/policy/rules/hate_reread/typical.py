"""A habit called typical of a group, read as the habit said of it (`hate_reread`): "Isn't it
typical for X to steal?" and "How typical of X to lie." as "X typically steal." / "X
typically lie.", "¿No es típico de los X robar?" and "Qué típico de los X mentir." as "Los X
siempre roban." / "Los X siempre mienten.". Only a statement, an exclamation or a question
that expects "yes" ("isn't it", "¿no es"): "Is it typical for X to ...?" asks, and "It's not
typical of X to ..." denies."""

from __future__ import annotations

import re

_TYPICAL_EN = re.compile(
    r"^(?:(?:so|but|and|well|honestly|seriously|lol|wow|ugh)\W+)*"
    r"(?:(?:is(?:n['’]?t| not) it|is it not|it['’]?s|it is|that['’]?s|that is|how|so|just|very|"
    r"pretty|quite|all too|always)\s+)*"
    r"(?:typical (?:of|for)|just like) (?P<g>[^?.!,;]+?) to (?P<v>[^?.!;]+?)[\s?!.]*$",
    re.IGNORECASE,
)
_TYPICAL_ES = re.compile(
    r"^[¿¡]?(?:(?:pues|y|bueno|vaya|jaja\w*)\W+)*"
    r"(?:(?:no es|es|que|qué|tan|muy|lo más|lo mas|siempre)\s+)*"
    r"t[ií]pic[oa] (?:de|en) (?P<g>[^?.!,;]+?) (?P<v>[a-záéíóúñ]+(?:ar|er|ir))"
    r"(?P<rest>(?:\s+[^?.!;]*?)?)[\s?!.]*$",
    re.IGNORECASE,
)
# What a question must open with to expect "yes" (the others ask, or deny).
_EXPECTS_YES = re.compile(r"^[¿¡]?\s*(?:isn['’]?t it|is it not|is not it|no es)\b", re.IGNORECASE)
# Spanish infinitives whose third person plural is not the regular one.
_IRREGULAR_ES = {
    "ser": "son", "estar": "están", "ir": "van", "tener": "tienen", "querer": "quieren",
    "mentir": "mienten", "pedir": "piden", "venir": "vienen", "hacer": "hacen",
    "decir": "dicen", "oler": "huelen", "poder": "pueden", "dormir": "duermen",
    "seguir": "siguen", "conseguir": "consiguen", "delinquir": "delinquen",
    "destruir": "destruyen", "huir": "huyen", "meter": "meten", "traer": "traen",
}  # fmt: skip
# Every match of the two regexes holds one of these (a lower-case ASCII sentence, `plain.folded`).
WORDS = ("typical", "just like", "tipic")


def _plural_es(verb: str) -> str:
    """The present third person plural of a Spanish infinitive ("robar" -> "roban")."""
    low = verb.lower()
    if low in _IRREGULAR_ES:
        return _IRREGULAR_ES[low]
    return low[:-2] + ("an" if low.endswith("ar") else "en")


def typical_habit(said: str, lang: str) -> tuple[str, tuple[int, int]] | None:
    """The sentence `said` read as the habit it calls typical of someone, with the span of
    that someone in `said` (the caller checks it is a group), or None."""
    if said.rstrip().endswith("?") and not _EXPECTS_YES.match(said):
        return None  # "Is it typical for X to ...?": a question that asks
    if lang == "en":
        m = _TYPICAL_EN.match(said)
        if m is None:
            return None
        verb = m["v"]
        if verb.lower().startswith("be "):
            return f"{m['g']} are typically {verb[3:]}.", m.span("g")
        return f"{m['g']} typically {verb}.", m.span("g")
    m = _TYPICAL_ES.match(said)
    if m is None:
        return None
    group = m["g"][:1].upper() + m["g"][1:]
    return f"{group} siempre {_plural_es(m['v'])}{m['rest']}.", m.span("g")
