"""A foul name in a sentence with no subject but a plural copula, after a sentence that opens on
a force or a body ("La policía no hizo nada. Son unos hijos de puta.", "The cops did nothing.
They are sons of bitches."): its members are the ones called so, as "los policías ..., son unos
hijos de puta" says in one sentence."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.officials import FORCES, OFFICIALS
from moderation.policy.rules.profanity_subject import predicate_copula

_PLURAL_COPULAS = frozenset({"son", "eran", "fueron", "seran", "serian", "are", "were", "re"})
# Subjects that stand for the party named before: none, "they", "ellos", "todos".
_STANDS_FOR = frozenset({"they", "ellos", "ellas", "todos", "todas", "all", "they all",
                         "all of them", "todos ellos"})  # fmt: skip
_OPENERS = frozenset({"el", "la", "los", "las", "the", "our", "nuestra", "nuestro", "esos",
                      "esas", "those", "these", "estos", "estas", "pinche", "pinches",
                      "la pinche", "el pinche", "los pinches"})  # fmt: skip
# Bodies and forces as Spanish and English write them in the singular or the plural.
_PARTIES = (
    FORCES
    | OFFICIALS
    | frozenset(
        {"policia", "policias", "polis", "tiras", "militares", "soldados", "guardia nacional",
         "ayuntamiento", "cabildo", "gobierno", "municipio", "congreso", "senado", "diputados",
         "senadores", "regidores", "jueces", "fiscalia", "transito", "agentes", "oficiales",
         "autoridades", "authorities", "city council", "the city", "comision", "junta",
         "commission", "county", "city hall", "department", "agency", "office", "committee",
         "district", "school board", "mayors office", "cabinet", "court", "courts"}
    )
)  # fmt: skip
# Words that name a body's seat or reach before its head noun ("the city council", "the
# school board", "el consejo municipal" has its head first).
_BEFORE_HEAD = 2


def _opening_party(an: Analysis, sentence: int) -> bool:
    """The sentence opens on a force or a body, past its article: its first word, or in English
    the head noun one or two words on ("the city council", "the county school board")."""
    words = [x.text for x in an.units if x.sentence == sentence]
    while words and words[0] in _OPENERS:
        words = words[1:]
    if not words:
        return False
    if words[0] in _PARTIES:
        return True
    if an.lang != "en":
        return False
    head = words[1 : 1 + _BEFORE_HEAD]
    return any(w in _PARTIES for w in head) or " ".join(words[:2]) in _PARTIES


def said_of_party_before(an: Analysis, u: Unit) -> bool:
    """The foul name at u is the predicate of a plural copula with no subject of its own (or
    "they"), and the sentence before opens on a force or a body."""
    k = predicate_copula(an, u)
    if k is None or u.quoted or u.sentence == 0:
        return False
    copula = an.units[k]
    if not set(copula.text.split()) & _PLURAL_COPULAS:
        return False
    before = [x for x in an.units[:k] if x.sentence == u.sentence]
    if before and " ".join(x.text for x in before) not in _STANDS_FOR:
        return False
    return _opening_party(an, u.sentence - 1)
