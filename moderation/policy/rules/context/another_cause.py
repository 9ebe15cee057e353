""" "It's not that X are ..., it's that ...": a claim named to be denied, its cause put
elsewhere; `says_no_hate` checks that such a cause, or an answer, says nothing hateful.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

# "No es que los X sean sucios, es que el barrio no tiene drenaje", "It's not that X are
# thieves; it's that nobody will hire them", "no es que sean violentos, es la geografía": a
# claim named in order to deny it, its cause put elsewhere. The opener heads the clause of the
# match; the cause follows in the same sentence or the next. The denial clears the first
# clause only when the cause says nothing hateful of its own ("no es que vengan, es que vienen
# a reemplazarnos" re-asserts: coded words, a derogatory predicate, a slur, a doom or exclusion
# verb, all keep it read).
_DENIAL_OPENER = re.compile(
    r"(?:^|[,;:(—–-]\s*|\b(?:and|but|y|pero|mira|look|ojo|o sea)\s+)"
    r"(?:(?:it(?:'s| is) not|it isn'?t|its not|it was not|it wasn'?t|"
    r"the (?:problem|issue|point|thing|reason) (?:is not|isn'?t|was not|wasn'?t)|"
    r"(?:y |pero )?(?:no es|no era|tampoco es|el problema no es|la cosa no es))\s+"
    r"(?:(?:just|only|simply|solo|simplemente)\s+)?"
    r"(?:that|because|que|porque|por que))\s+"
    r"(?:(?:we|i|they|you|people|folks|nosotros|yo|ellos|ellas|la gente)\s+)?"
    r"(?:(?:the|all|los|las|todos los|todas las|unos|unas|algunos|algunas|some)\s+)?$"
)


_DENIAL_CAUSE = re.compile(
    r"(?P<gap>[^.!?;:,—–]{0,40}?(?:\s*[,;:.—–]\s*[^.!?;:,—–]{1,60}?)?)"
    r"\s*(?:[,;:.—–]|\s-\s|\.\.\.)\s*"
    r"(?:(?:but|pero|sino|and|y|no|nope)\s*[,]?\s+)?"
    r"(?P<cue>(?:it(?:'s| is| was)|its)(?: (?:just|simply|more|really|only|all))? (?:that|because)"
    r"|rather(?: that| because)?|the (?:real )?(?:problem|issue|reason|thing) (?:is|was)(?: that)?"
    r"|(?:es|era)(?: (?:solo|simplemente|mas bien|nada mas|sencillamente))? (?:que|porque)"
    r"|sino(?: que| porque)?|lo que pasa es que|el problema es(?: que)?"
    r"|(?:simplemente |solo )?pasa que"
    r"|mas bien(?: que| porque)?"
    r"|(?:it(?:'s| is| was)|its|es|era)(?= (?!(?:que|that|porque|because|not|no|por)\b)\w))\b"
)


_RE_ASSERTING = frozenset("SHWVKZDXEY")
# A bare "es" / "it's" cause that is the group's nature or proof of the claim, not another
# cause ("es genético", "it's in their blood", "es un hecho.", "es su cultura", "es la raza"),
# or that names the group again as its owner or subject (`_THEIRS`: "es costumbre de ellos",
# "it's a fact that they are").
_BARE_CUES = frozenset({"es", "era", "it's", "it is", "it was", "its"})
_THEIRS = re.compile(r"\b(?:de ellos|de ellas|that they are|that they're|que lo son|que si son)\b")
_NATURE_CAUSE = re.compile(
    r"\s*(?:(?:pura|puro|simple|just|simply|basic|pure|plain|solo|nomas)\s+)?"
    r"(?:(?:la|el|lo|un|una|a|the)\s+)?"
    r"(?:genetic\w*|genetica|genetico|genes|biolog\w*|science|ciencia|raza|race|sangre|"
    r"blood|adn|dna|naturaleza|nature|inbreeding|endogamia|instinto|instinct|hereditar\w*|"
    r"innato|innate|in their|in them|lo que son|what they are|how they(?:'re| are)|asi son|"
    r"que asi son|worse|peor|algo que traen|nacimiento|de nacimiento|costumbre|custom|breed|"
    r"breeding|upbringing|crianza|como los crian|how they(?:'re| are) raised|mentalidad|"
    r"mentality|de familia|de raza|de esa gente|those people|"
    # the claim's proof, when no clause of its own follows ("es un hecho que la mayoría
    # trabaja" is another claim)
    r"(?:(?:hecho|fact|verdad|truth|realidad|reality|cierto|true|obvio|obvious|comprobado|"
    r"proven|documented|statistics|estadistica|estadisticas)(?!\s+(?:que|that|which|who)\b)"
    r"(?:\s+\w+){0,3}\s*(?:[.!,;]|$))|"
    # their nature, not their situation or their government
    r"(?:su|sus|their) (?:naturaleza|nature|sangre|blood|raza|race|genes|forma de ser|"
    r"mentalidad|mentality|cultura|culture|religion|instinto|instinct|costumbre|costumbres|"
    r"customs|way of being|character|caracter))"
)


def denied_for_another_cause(an: Analysis, first: int, last: int) -> bool:
    """The match sits in a "no es que ..., es que ..." / "it's not that ..., it's that ..."
    denial whose second clause gives another cause and carries no hate of its own."""
    units, text = an.units, an.norm.text
    base = an.sentence_of(first)[0]
    opener = _DENIAL_OPENER.search(text[units[base].start : units[first].start])
    if opener is None:
        return False
    m = _DENIAL_CAUSE.match(text, units[last].end)
    if m is None or any(u.code in "NSDX" for u in units if m.start() <= u.start < m.end("gap")):
        return False  # "... are dirty and not ..., it's that": only a plain tail before the cue
    if not says_no_hate(an, m.start(), m.end("gap")):
        return False  # "it isn't that we hate them; half of us married one. It's that ..."
    start = m.end("cue")
    if m.group("cue") in _BARE_CUES and (
        _NATURE_CAUSE.match(text, start) or _THEIRS.search(text, start, start + 60)
    ):
        return False  # "no es que sean flojos, es genético / es la raza / es su cultura"
    stop = next((j for j in range(start, len(text)) if text[j] in ".!?"), len(text))
    rest = [u for u in units if start <= u.start < stop]
    if not rest or not says_no_hate(an, start, stop):
        return False
    return not _group_said_again(an, rest) or bool(_DEPRIVED.match(text, rest[0].start))
    # "es que son así", "it's that they ...": the group is the cause again, a new claim


# A violent or doom word that tells what happened to people or what they cannot do, not what
# should be done to them: a past passive ("it was bombed", "fueron expulsados") and an
# impossibility ("they have nowhere to go back to", "no tienen adónde volver").
_PAST_PASSIVE = frozenset(
    {"was", "were", "been", "got", "fue", "fueron", "sido", "era", "eran", "estaba", "estaban"}
)


_CANNOT_BEFORE = re.compile(
    r"(?:nowhere to|no place to|can'?t|cannot|can not|could not|couldn'?t|no pueden|no podian|"
    r"no tienen (?:a )?donde|no tienen adonde|no hay (?:a )?donde|no hay adonde)\s+$"
)


def says_no_hate(an: Analysis, start: int, stop: int) -> bool:
    """The text between start and stop (norm offsets) carries nothing hateful of its own: no
    slur, insult, derogatory, dehumanising or doom word, no hate verb, no violent verb except
    one in a past passive or an impossibility, and no row of coded.tsv."""
    units, text = an.units, an.norm.text
    for u in units:
        if not start <= u.start < stop:
            continue
        if u.has("INS") or u.has("PROF") or u.has("S"):
            return False
        if u.code in ("V", "K"):
            prev = units[u.index - 1] if u.index else None
            if u.code == "V" and prev is not None and prev.text in _PAST_PASSIVE:
                continue  # "it was bombed", "fueron deportados"
            if _CANNOT_BEFORE.search(text, max(start, u.start - 30), u.start):
                continue  # "they have nowhere to go back to"
            return False
        if u.code in _RE_ASSERTING:
            return False
    return not _coded_between(an, start, stop)


# The group as the second clause's subject again is read as a new claim about it, unless the
# clause says what they lack ("es que no tienen drenaje", "it's that they can't afford it").
_DEPRIVED = re.compile(
    r"(?:(?:they|ellos|ellas|los \w+|las \w+)\s+)?(?:"
    r"(?:can'?t|cannot|can not|could not|couldn'?t|don'?t|do not|never|did not|didn'?t)\s+"
    r"(?:afford|have|get|got|find)|have no|had no|lack|are not (?:given|allowed|paid|hired)|"
    r"(?:no|nunca)\s+(?:tienen|tuvieron|les dan|les dieron|pueden pagar|consiguen|encuentran)|"
    r"carecen|no les (?:dan|pagan|alcanza|llega|llegan))\b"
)


_CLITICS = frozenset({"lo", "la", "los", "las", "le", "les", "se", "nos", "me", "te"})


NOT_VERBS_IN_N = frozenset(
    {"quien", "quienes", "bien", "tambien", "segun", "razon", "nadie", "alguien", "son"}
)  # fmt: skip


def _group_said_again(an: Analysis, rest: list[Unit]) -> bool:
    """The first word of the clause past fillers is the group (or "they"), or, in Spanish, a
    verb whose dropped subject is plural ("es que son así", "es que lo llevan en la sangre")."""
    for u in rest:
        if u.code in ("A", "N") or u.text in _CLITICS:
            continue
        if u.code in ("G", "g", "t") or u.text in ("they", "ellos", "ellas"):
            return True
        word = u.text.split()[0]
        return an.lang == "es" and (
            word == "son" or (word.endswith(("an", "en", "on")) and word not in NOT_VERBS_IN_N)
        )
    return False


def _coded_between(an: Analysis, start: int, stop: int) -> bool:
    """A row of coded.tsv matches inside text[start:stop] ("vienen a reemplazarnos")."""
    text = an.norm.text
    rows, search, needles = an.lex.coded, an.lex.coded_search, an.lex.coded_needles
    if needles is None:
        return False
    for k in needles.candidates(text):
        if rows.head(k)[1] not in ("*", an.lang):
            continue
        rx, group = search[k]
        for mm in rx.finditer(text):
            if start <= mm.start(group) < stop:
                return True
    return False
