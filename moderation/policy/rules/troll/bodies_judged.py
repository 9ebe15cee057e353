"""A public body or a force judged in the plural after it is named ("Los diputados aprobaron la
ley. Ellos son unos inútiles.", "La policía no hizo nada. Son unas ratas."): "they" and the
dropped Spanish subject stand for the body, whose conduct may be judged harshly; nobody in the
thread is called anything."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.officials import FORCES, OFFICIALS
from moderation.policy.rules.troll.public import is_public
from moderation.policy.rules.troll.words import spoken_to

# Forces and bodies: the shared vocabulary, and the Spanish and English names of the forms it
# does not hold (singular collectives with their articles, ranks, prosecutors)
_FORCES = (
    FORCES
    | OFFICIALS
    | frozenset(
        {"la policia", "los policias", "agentes", "patrulleros", "militares", "soldados",
         "marinos", "la guardia nacional", "guardia nacional", "national guard", "la migra",
         "ice agents", "jueces", "gobierno", "el gobierno", "autoridades", "authorities",
         "ministerio publico", "fiscales", "regidores", "concejales"}
    )
)  # fmt: skip
_PLURAL_COPULA = frozenset({"son", "son unos", "son unas", "eran", "eran unos", "eran unas",
                            "fueron", "fueron unos", "fueron unas", "are", "were", "theyre",
                            "they are", "they were"})  # fmt: skip
_THEY = frozenset({"ellos", "ellas", "they", "esos", "esas", "those"})


def _body(x: Unit) -> bool:
    return x.text in _FORCES or is_public(x)


def body_judged(an: Analysis, u: Unit, text: str) -> bool:
    """The insult closes "(ellos) son unos ..." / "they are ..." opening its sentence, no second
    person up to it and no @handle, and the nearest people named in the three sentences before
    are a public body or a force, not a group of people."""
    if "@" in text or u.has("S") or u.has("PROF"):
        return False
    same = an.sentence_run(u.index)
    head = [x for x in same if x.index < u.index and x.code not in ("A", "Y")]
    if not head or head[-1].text not in _PLURAL_COPULA:
        return False
    if len(head) > 2 or (len(head) == 2 and head[0].text not in _THEY):
        return False
    if spoken_to(an, [x for x in an.units if x.sentence <= u.sentence]):
        return False
    for x in reversed(an.units[: same[0].index]):
        if x.sentence < u.sentence - 3:
            return False
        if x.code in ("G", "S"):
            return False  # "Los X no hicieron nada. Son unas ratas.": a people, not a body
        if _body(x):
            return True
    return False
