"""One member standing for the whole group, read as the group (`hate_reread`): "Every X
steals", "A X will rob you blind", "No X ever works" say what the plural says ("X steal",
"X will rob you blind", "X never work"), and "Todo X es un ladrón", "Ningún X trabaja" what
"Los X son ladrones", "Los X no trabajan" say. The other hate rules read the plural; this puts
the sentence in it: the group word and its verb, the predicate noun after a copula, and the
pronouns that pick the member up ("he", "his").

Only a sentence that opens with the member as its subject, followed by a verb of the present
(or a modal): "A Somali stole my bike" tells of one person, not of the people.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

# The writer's openers before the subject ("Honestly, every X ...", "Y la verdad, todo X ...").
_OPEN_EN = (
    r"(?:(?:and|but|so|honestly|frankly|seriously|look|trust me|face it|let'?s be honest|"
    r"i mean|the truth is|truth is|fact is|newsflash|sorry but)\W+)*"
)
_OPEN_ES = (
    r"(?:(?:y|pero|pues|la verdad|la verdad es que|neta|o sea|mira|es que|"
    r"todos sabemos que|todo mundo sabe que)\W+)*"
)
_DET_EN = r"every single|every last|every|each|any|no|an?"
_DET_ES = r"tod[oa]|cada|cualquier|ning[uú]n|ninguna|un|una"
# Person nouns that may follow the group word ("every Haitian guy") and their plurals.
_PERSON_EN = {
    "person": "people", "man": "men", "woman": "women", "guy": "guys", "girl": "girls",
    "boy": "boys", "kid": "kids", "dude": "dudes", "lady": "ladies", "immigrant": "immigrants",
    "worker": "workers", "family": "families", "neighbor": "neighbors",
    "neighbour": "neighbours",
}  # fmt: skip
_ADV_EN = (
    r"(?:always|just|never|ever|all|really|basically|naturally|simply|only|usually|"
    r"typically|generally|literally|still|also|probably|definitely|will always|inherently)"
)
_ADV_ES = r"(?:siempre|nunca|jam[aá]s|s[oó]lo|nom[aá]s|ya|tambi[eé]n|de por s[ií])"
_CLITIC_ES = r"(?:se|le|les|lo|la|los|las|nos|me|te)"
_SUBJECT_EN = re.compile(
    rf"^(?P<open>\W*{_OPEN_EN})(?P<det>{_DET_EN}) (?P<g>[a-z][a-z-]*)"
    rf"(?: (?P<n>{'|'.join(_PERSON_EN)}))? (?P<adv>(?:{_ADV_EN} )*)(?P<v>[a-z]+(?:n't)?)\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_SUBJECT_ES = re.compile(
    rf"^(?P<open>\W*{_OPEN_ES})(?P<det>{_DET_ES}) (?P<g>\w+) (?P<adv>(?:{_ADV_ES} )*)"
    rf"(?P<neg>no )?(?P<cl>(?:{_CLITIC_ES} )*)(?P<v>\w+)\b(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)

# The present of the third person singular in the plural; modals stay as they are.
_VERB_EN = {
    "is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
    "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't",
}  # fmt: skip
_MODALS_EN = frozenset(
    {"will", "would", "can", "could", "should", "must", "may", "might", "won't", "can't",
     "wouldn't", "couldn't", "shouldn't", "cannot"}
)  # fmt: skip
# Words ending in -s that are no verb of the third person ("Every Swiss ...", "A Somali thus").
_NOT_VERBS_EN = frozenset({"thus", "this", "his", "as", "us", "yes", "plus", "less", "unless"})
_NEGATED_EN = {"is": "are not", "was": "were not", "has": "have not", "does": "do not"}
_VERB_ES = {
    "es": "son", "esta": "estan", "está": "están", "era": "eran", "fue": "fueron",
    "sera": "seran", "será": "serán", "seria": "serian", "sería": "serían", "va": "van",
    "ha": "han", "da": "dan", "ve": "ven", "hace": "hacen", "tiene": "tienen",
}  # fmt: skip
_COPULA_ES = frozenset({"es", "esta", "está", "era", "fue", "sera", "será", "seria", "sería"})
# Words that may follow the group word but are no verb ("todo X que ...", "cada X de ...").
_NOT_VERBS_ES = frozenset(
    {"que", "de", "del", "la", "lo", "le", "se", "me", "te", "ya", "y", "o", "e", "a", "en",
     "con", "sin", "para", "por", "una", "uno", "este", "ese", "esta", "esa", "como", "pero",
     "muy", "mas", "más", "nunca", "siempre", "bueno", "buena", "decente", "honrado", "honrada",
     "aqui", "aquí", "alli", "allí", "ahi", "ahí"}
)  # fmt: skip
# The predicate after a copula: an article dropped and its noun (or an adjective) put in the
# plural, up to the end of its phrase ("es un ladrón" as "son ladrones").
_PREDICATE_EN = re.compile(
    r"^(?P<pre>\s+(?:not |just |basically |always |all |nothing but |a born |born )*)"
    r"(?:an?) (?P<np>(?:[a-z-]+ ){0,2}[a-z-]+)(?=$|\s*[,.;:!?]|\s+(?:and|or|who|that|by|"
    r"from|in|at|with|for|like|to)\b)",
    re.IGNORECASE,
)
_PREDICATE_ES = re.compile(
    r"^(?P<pre>\s+(?:un |una |unos |unas )?)(?P<w>\w+)(?P<more>(?: (?:y|e) \w+)?)"
    r"(?=$|\s*[,.;:!?]|\s)",
    re.IGNORECASE,
)
_IRREGULAR_EN = {
    "thief": "thieves", "wife": "wives", "knife": "knives", "wolf": "wolves", "man": "men",
    "woman": "women", "person": "people", "child": "children", "leaf": "leaves",
}  # fmt: skip
_PRONOUNS_EN = re.compile(r"\b(?:he|she|his|him|himself|herself)\b", re.IGNORECASE)
_THEY_EN = {
    "he": "they", "she": "they", "his": "their", "him": "them", "himself": "themselves",
    "herself": "themselves",
}  # fmt: skip
_THEY_VERB_EN = re.compile(r"\bthey (is|was|has|does|isn't|wasn't|hasn't|doesn't)\b")


def plural_en(word: str) -> str:
    """An English noun in the plural, by the common endings."""
    low = word.lower()
    if low in _IRREGULAR_EN:
        return _IRREGULAR_EN[low]
    if low.endswith(("ese", "ss", "people")) or low in ("swiss", "inuit", "roma"):
        return word
    if low.endswith("man"):
        return word[:-3] + "men"
    if low.endswith(("s", "x", "ch", "sh", "z")):
        return word + "es"
    if low.endswith("y") and low[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"


_ACUTE = str.maketrans("áéíóú", "aeiou")


def plural_es(word: str) -> str:
    """A Spanish noun or adjective in the plural, by the common endings."""
    low = word.lower()
    if low.endswith(("s", "x")) and not low.endswith(("és", "ás")):
        return word
    if low[-1:] in "aeioué":
        return word + "s"
    if low[-1:] in "íú":
        return word + "es"
    if low.endswith("z"):
        return word[:-1] + "ces"
    if low[-2:-1] in "áéíóú":  # "ladrón" -> "ladrones", "alemán" -> "alemanes"
        return word[:-2] + word[-2:].translate(_ACUTE) + "es"
    return word + "es"


def _verb_en(verb: str, det: str) -> str | None:
    """The verb in the plural (negated after "no"), or None when it is no present verb."""
    low = verb.lower()
    if det == "no":
        if low in _MODALS_EN:
            return f"{low} not"
        if low in _NEGATED_EN:
            return _NEGATED_EN[low]
        one = _verb_en(verb, "every")
        return None if one is None or low in _VERB_EN else f"do not {one}"
    if low in _VERB_EN:
        if det in ("a", "an") and low.startswith("was"):
            return None  # "A Somali was arrested": one person, once
        return _VERB_EN[low]
    if low in _MODALS_EN:
        return low
    if len(low) < 4 or not low.endswith("s") or low.endswith("ss") or low in _NOT_VERBS_EN:
        return None
    if low.endswith("ies"):
        return verb[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes", "oes", "zes")):
        return verb[:-2]
    return verb[:-1]


def _grouped(an: Analysis, run: tuple[Unit, ...], start: int, at: int) -> bool:
    """The word at `at` of the sentence (which starts at `start` of the comment) is a group
    word of the analysis."""
    return any(
        u.code in ("G", "g") and u.has("G") and an.span(u.index, u.index)[0] <= start + at
        and start + at < an.span(u.index, u.index)[1]
        for u in run
    )  # fmt: skip


def _they_en(rest: str) -> str:
    rest = _PRONOUNS_EN.sub(lambda m: _THEY_EN[m[0].lower()], rest)
    return _THEY_VERB_EN.sub(lambda m: "they " + _VERB_EN[m[1]], rest)


def plural_reading_en(an: Analysis, run: tuple[Unit, ...], said: str, start: int) -> str | None:
    """The sentence `said` (at `start` of the comment) with its one-member subject read as the
    group, or None."""
    m = _SUBJECT_EN.match(said)
    if m is None or not _grouped(an, run, start, m.start("g")):
        return None
    det = m["det"].lower()
    adv = m["adv"]
    if det == "no" and re.search(r"\bever\b", adv, re.IGNORECASE):
        # "No X ever works" says "X never work"
        adv = re.sub(r"\bever\b", "never", adv, flags=re.IGNORECASE)
        verb = _verb_en(m["v"], "every")
    else:
        verb = _verb_en(m["v"], det)
    if verb is None:
        return None
    group = plural_en(m["g"]) if m["n"] is None else f"{m['g']} {_PERSON_EN[m['n'].lower()]}"
    rest = m["rest"]
    if verb.split()[-1] in ("are", "were"):
        p = _PREDICATE_EN.match(rest)
        if p:
            words = p["np"].split()
            words[-1] = plural_en(words[-1])
            rest = p["pre"] + " ".join(words) + rest[p.end() :]
    said_again = f"{m['open']}{group} {adv}{verb}{_they_en(rest)}"
    return said_again[0].upper() + said_again[1:]


def plural_reading_es(an: Analysis, run: tuple[Unit, ...], said: str, start: int) -> str | None:
    """The same for Spanish: "Todo X roba" as "Los X roban", "Ningún X trabaja" as "Los X no
    trabajan"."""
    m = _SUBJECT_ES.match(said)
    if m is None or not _grouped(an, run, start, m.start("g")):
        return None
    det = m["det"].lower()
    low = m["v"].lower()
    if low in _NOT_VERBS_ES:
        return None
    if low in _VERB_ES:
        verb = _VERB_ES[low]
    elif low[-1:] in ("a", "e") and len(low) > 2:
        verb = m["v"] + "n"
    else:
        return None  # no verb of the present ("robó", "alemán")
    article = "Las" if det in ("toda", "ninguna", "una") else "Los"
    negated = (
        det.startswith("ning")
        and not m["neg"]
        and not re.search(r"\b(?:nunca|jam[aá]s)\b", m["adv"], re.IGNORECASE)
    )
    rest = m["rest"]
    if low in _COPULA_ES:
        p = _PREDICATE_ES.match(rest)
        if p and p["w"].lower() not in _NOT_VERBS_ES:
            more = p["more"]
            if more:
                joiner, word = more.split()
                more = f" {joiner} {plural_es(word)}"
            rest = f" {plural_es(p['w'])}{more}" + rest[p.end() :]
    neg = "no " if negated or m["neg"] else ""
    said_again = f"{m['open']}{article} {plural_es(m['g'])} {m['adv']}{neg}{m['cl']}{verb}{rest}"
    return said_again[0].upper() + said_again[1:]


# "Ninguna X en la historia ha hecho algo útil", "Nunca he conocido a una X que pueda ...": no
# member ever did or could, said of all of them ("Las X nunca han hecho nada útil").
_NONE_EVER_ES = re.compile(
    rf"^{_OPEN_ES}(?P<det>ning[uú]n|ninguno|ninguna) (?P<g>\w+)(?: (?:en (?:toda )?la historia|"
    r"en el mundo|en mi vida|jam[aá]s|nunca))* (?:ha|han) (?P<v>hecho|construido|inventado|"
    r"creado|logrado|aportado|dado) (?:algo|nada)(?P<rest>[^,.;:!?]*)",
    re.IGNORECASE,
)
_NEVER_MET_ES = re.compile(
    rf"^{_OPEN_ES}(?:nunca|jam[aá]s) (?:he|e|hemos) (?:conocido|visto|encontrado) a "
    r"(?P<det>una|un|ning[uú]n|ninguna) (?P<g>\w+) que (?P<v>pueda|sea capaz de|haya podido) "
    r"(?P<rest>[^,.;:!?]+)",
    re.IGNORECASE,
)


# "Toda X que he conocido es una interesada": the writer's acquaintance standing for the group.
_EVERY_MET_ES = re.compile(
    rf"^{_OPEN_ES}(?P<det>tod[oa]|cada) (?P<g>\w+) que (?:he|e|hemos) (?:conocido|visto|tratado)"
    r"(?: en mi vida)? (?:es|ha sido|fue) (?P<rest>[^,.;:!?]+)",
    re.IGNORECASE,
)


def none_ever_es(said: str) -> tuple[str, int] | None:
    """The plural claim of a Spanish "no member ever" sentence, and where its group word is."""
    m = _EVERY_MET_ES.match(said)
    if m:
        return f"{m['det']} {m['g']} es {m['rest']}.", m.start("g")
    m = _NONE_EVER_ES.match(said)
    if m:
        article = "Las" if m["det"].lower() in ("ninguna", "una") else "Los"
        return f"{article} {plural_es(m['g'])} nunca han {m['v']} nada{m['rest']}.", m.start("g")
    m = _NEVER_MET_ES.match(said)
    if m and not re.search(r"\b(?:hacer )?(?:daño|dano|mal)\b", m["rest"], re.IGNORECASE):
        article = "Las" if m["det"].lower() in ("ninguna", "una") else "Los"
        return f"{article} {plural_es(m['g'])} no son capaces de {m['rest']}.", m.start("g")
    return None
