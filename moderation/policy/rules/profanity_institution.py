"""A single curse at an institution ("Fuck the police", "fuck la migra", "Chingue a su madre el
gobierno", "A la verga la policía"): harsh opinion of a public body, which the posted policy
protects, as "Fuck ICE" always passed. The police, the cops, Congress, the government, the
border patrol, an agency, a court or the system sworn at once is no person sworn at.

It stays a curse to judge when the comment says more than the one swear: another swear word,
an insult or a dehumanising word ("Fuck the police, every last one of those corrupt pigs"), or
a person named after the body ("fuck the police officer who ...", "los del cabildo"), or
anyone but another body joined by "and"/"y" ("Fuck the police and their families"), or a
people named anywhere in the comment ("Fuck the IRS and the illegals")."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.officials import BODIES, FORCES, words_regex

# Parties and the political camps: "Fuck the Republicans" is harsh opinion of a party, as
# "Fuck Trump" of its leader; the policy protects both. "PAN" is left out (it is also bread),
# and so is "Morena" (also a dark-skinned woman: "a la verga la morena del puesto" is a person).
PARTIES = frozenset(
    {"republicans", "republicanos", "democrats", "democratas", "gop", "dems", "pri", "prd",
     "liberals", "conservatives", "libs", "maga"}
)  # fmt: skip
# Public bodies, agencies, forces and powers, folded (no accents, lower case). Criminal outfits
# are bodies too ("fuck the cartels"); crowds of people are not.
INSTITUTIONS = (
    FORCES
    | BODIES
    | frozenset(
        {"migra", "la migra", "policias", "fbi", "irs", "dea", "atf", "cia", "nsa", "dhs", "tsa",
         "lapd", "nypd", "va", "cfe", "pemex", "gobierno", "congreso", "senado", "senate",
         "city council", "city hall", "state", "estado", "system", "sistema",
         "establishment", "authorities", "autoridades", "court", "courts", "supreme court",
         "corte", "military", "army", "ejercito", "guardia nacional", "national guard",
         "school board", "hoa", "cabildo", "ayuntamiento", "municipio", "concejo",
         "legislature", "federales", "feds", "banks", "bancos", "media", "cartels",
         "carteles", "cartel", "agency", "department", "police department", "sheriff's office",
         "border patrol", "patrulla fronteriza", "aduana", "customs", "regime", "regimen"}
    )
    | PARTIES
)  # fmt: skip
# After the body's name: the clause ends, or goes on with a reason, a place or a time.
_CLOSES = re.compile(
    r"\s*(?:$|[,.;:!?)]|(?:for|por|again|otra|today|hoy|of|de|del|in|en|too|tambien)\b)"
)
# "And"/"y" joining another name to the body's, past its determiner: that one must be a body
# too ("the government and the border patrol"), not a people ("... and the Jews", "y todos los
# indios") or anyone else ("... and their families").
_JOINED = re.compile(
    r"\s*(?:and|y|e|&)\s+(?:(?:all the|all|the|this|that|our|todos los|todas las|el|la|los|las|"
    r"al|a la)\s+)?"
)
# Weather, traffic and prices: a Spanish curse wished at the cold or the rent falls on no one
# ("Chingue su madre el frío") and counts the same as one at a body. The English oath at them
# ("Fuck this heat") stays held, as it always was (`profanity_oath`).
HARDSHIPS = frozenset(
    {"frio", "calor", "trafico", "lluvia", "humedad", "viento", "polvo", "granizo", "sequia",
     "lunes", "inflacion", "gasolina", "renta", "precios", "zancudos", "gripa", "cold", "heat",
     "traffic", "rain", "humidity", "wind", "dust", "drought", "mondays", "monday", "inflation",
     "gas prices", "rent", "mosquitoes", "mosquitos"}
)  # fmt: skip
_INSTITUTION = re.compile(words_regex(INSTITUTIONS))
_INSTITUTION_OR_HARDSHIP = re.compile(words_regex(INSTITUTIONS | HARDSHIPS))
# The words of a people: any of them in the comment and the curse is no opinion of a body.
_GROUP_CODES = frozenset({"G", "g", "T"})
# Anything else in the comment that makes it abuse rather than one curse.
_HOSTILE_CODES = frozenset({"D", "S"})
# A determiner before the body's name, right after a Spanish curse ("... el gobierno"), or the
# last two words of a curse that names it itself ("a la verga la policía").
_DETERMINER = re.compile(r"\s*(?:el|la|los|las|este|esta|ese|esa|al|a la)\s+")
_NAMED_LAST = re.compile(r"\b(?:el|la|los|las|con) \w+$")
_TRAILING_DETERMINER = re.compile(r"\s(?:el|la|los|las)$")


def institution_at(an: Analysis, pos: int, *, hardships: bool = False) -> bool:
    """The normalised text names an institution at `pos` (a determiner already passed), and the
    clause ends or goes on with a joining word right after the name; every name "and"/"y"
    joins to it is an institution too, and the comment names no people (a group word)."""
    if any(u.code in _GROUP_CODES for u in an.units):
        return False  # "Fuck the government and the Jews": a people named beside the body
    text = an.norm.text
    for _ in range(8):  # a list of bodies, each checked; longer lists are not one curse
        m = (_INSTITUTION_OR_HARDSHIP if hardships else _INSTITUTION).match(text, pos)
        if m is None:
            return False
        joined = _JOINED.match(text, m.end())
        if joined is None:
            return _CLOSES.match(text, m.end()) is not None
        pos = joined.end()
    return False


def curse_alone(an: Analysis, lo: int, hi: int) -> bool:
    """No swear word, insult or dehumanising word in the comment outside the curse, which
    spans [lo, hi) of the normalised text."""
    for x in an.units:
        if lo <= x.start < hi:
            continue
        if x.has("PROF") or x.has("INS") or x.code in _HOSTILE_CODES:
            return False
    return True


# A sexual act wished on the body ("que le den por el culo al concejo", "que se la chupen",
# "shove it up their ass"): sexual vulgarity, weighed as more than one swear word, stays held.
_SEXUAL_CURSE = re.compile(
    r"\b(?:culo|orto|detras|chupen?|mamen?|pelan?|metan\w*|metete|metase\w*|suck|lick|kiss|"
    r"shove|stick|ass|asses|arse)\b"
)


def body_cursed(an: Analysis, start: int, end: int) -> bool:
    """The curse wished at [start, end) of the normalised text ("chingue a su madre", "a la
    verga la migra") falls on an institution named right after it or at its end, is the
    comment's one swear, and wishes no sexual act (`_SEXUAL_CURSE`)."""
    text = an.norm.text
    if _SEXUAL_CURSE.search(text, start, end):
        return False
    named = _NAMED_LAST.search(text, start, end)
    if named is not None and institution_at(
        an, named.start() + named.group(0).index(" ") + 1, hardships=True
    ):
        return curse_alone(an, start, end)
    trailing = _TRAILING_DETERMINER.search(text, start, end)  # "a la verga con el"
    det = _DETERMINER.match(text, trailing.start() if trailing else end)
    return (
        det is not None
        and institution_at(an, det.end(), hardships=True)
        and curse_alone(an, start, end)
    )
