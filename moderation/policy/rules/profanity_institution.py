"""A single curse at an institution ("Fuck the police", "fuck la migra", "Chingue a su madre el
gobierno", "A la verga la policía"): harsh opinion of a public body, which the posted policy
protects, as "Fuck ICE" always passed. The police, the cops, Congress, the government, the
border patrol, an agency, a court or the system sworn at once is no person sworn at.

It stays a curse to judge when the comment says more than the one swear: another swear word,
an insult or a dehumanising word ("Fuck the police, every last one of those corrupt pigs"), or
a person named after the body ("fuck the police officer who ...", "los del cabildo")."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.officials import BODIES, FORCES, words_regex

# Public bodies, agencies, forces and powers, folded (no accents, lower case). Criminal outfits
# are bodies too ("fuck the cartels"); parties and crowds of people are not.
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
)  # fmt: skip
# After the body's name: the clause ends, or goes on with a conjunction, a reason or a place.
_CLOSES = re.compile(
    r"\s*(?:$|[,.;:!?)]|(?:and|y|for|por|again|otra|today|hoy|of|de|del|in|en|too|tambien)\b)"
)
_INSTITUTION = re.compile(words_regex(INSTITUTIONS))
# Anything else in the comment that makes it abuse rather than one curse.
_HOSTILE_CODES = frozenset({"D", "S"})
# A determiner before the body's name, right after a Spanish curse ("... el gobierno"), or the
# last two words of a curse that names it itself ("a la verga la policía").
_DETERMINER = re.compile(r"\s*(?:el|la|los|las|este|esta|ese|esa|al|a la)\s+")
_NAMED_LAST = re.compile(r"\b(?:el|la|los|las|con) \w+$")
_TRAILING_DETERMINER = re.compile(r"\s(?:el|la|los|las)$")


def institution_at(an: Analysis, pos: int) -> bool:
    """The normalised text names an institution at `pos` (a determiner already passed), and the
    clause ends or goes on with a joining word right after the name."""
    m = _INSTITUTION.match(an.norm.text, pos)
    return m is not None and _CLOSES.match(an.norm.text, m.end()) is not None


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
    if named is not None and institution_at(an, named.start() + named.group(0).index(" ") + 1):
        return curse_alone(an, start, end)
    trailing = _TRAILING_DETERMINER.search(text, start, end)  # "a la verga con el"
    det = _DETERMINER.match(text, trailing.start() if trailing else end)
    return det is not None and institution_at(an, det.end()) and curse_alone(an, start, end)
