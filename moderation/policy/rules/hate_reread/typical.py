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
# "Típicos X, siempre robando": a habit in the gerund after the group called typical, read as
# "X siempre roban." (the clitic of "quejándose" put before the verb: "se quejan").
_TYPICAL_LIST_ES = re.compile(
    r"^[¡]?(?:(?:pues|y|bueno|vaya|jaja\w*)\W+)*(?:qu[eé]\s+)?"
    r"t[ií]pic[oa]s\s+(?P<g>[^?.!,;:]+?)\s*[,:]\s*"
    r"(?:(?:siempre|como siempre|todo el tiempo|nom[aá]s|nada m[aá]s)\s+)+"
    r"(?P<v>[a-záéíóúñ]+?)(?P<e>[aá]ndo|i[eé]ndo|y[eé]ndo)(?P<cl>se|nos|les|los|las|le|lo|la)?"
    r"(?P<rest>(?:\s+[^?.!;]*?)?)[\s?!.]*$",
    re.IGNORECASE,
)
# Gerunds whose verb changes its stem in the present ("mintiendo", "mienten").
_IRREGULAR_GERUNDS_ES = {
    "mintiendo": "mienten", "durmiendo": "duermen", "muriendo": "mueren",
    "sintiendo": "sienten", "viniendo": "vienen", "pudiendo": "pueden", "siendo": "son",
    "yendo": "van", "riendo": "ríen",
}  # fmt: skip
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


def plural_es(verb: str) -> str:
    """The present third person plural of a Spanish infinitive ("robar" -> "roban")."""
    low = verb.lower()
    if low in _IRREGULAR_ES:
        return _IRREGULAR_ES[low]
    return low[:-2] + ("an" if low.endswith("ar") else "en")


def gerund_plural_es(m: re.Match) -> str:
    """The present third person plural of the gerund matched ("robando" -> "roban", "trayendo"
    -> "traen", "huyendo" -> "huyen")."""
    stem, ending = m["v"].lower(), m["e"].lower()
    gerund = stem + ending.replace("á", "a").replace("é", "e")
    if gerund in _IRREGULAR_GERUNDS_ES:
        return _IRREGULAR_GERUNDS_ES[gerund]
    if ending[0] in "aá":
        return stem + "an"
    return stem + ("yen" if ending[0] == "y" and stem.endswith("u") else "en")


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
        return _typical_gerund_es(said)
    group = m["g"][:1].upper() + m["g"][1:]
    return f"{group} siempre {plural_es(m['v'])}{m['rest']}.", m.span("g")


def _typical_gerund_es(said: str) -> tuple[str, tuple[int, int]] | None:
    """ "Típicos X, siempre robando" read as "X siempre roban.", with the span of X."""
    m = _TYPICAL_LIST_ES.match(said)
    if m is None:
        return None
    group = m["g"][:1].upper() + m["g"][1:]
    clitic = f"{m['cl'].lower()} " if m["cl"] else ""
    return f"{group} siempre {clitic}{gerund_plural_es(m)}{m['rest']}.", m.span("g")
