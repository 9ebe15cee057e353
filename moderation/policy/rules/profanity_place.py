"""A capitalised subject that is a place, told by what follows the swear word.

"Juárez es una mierda en verano", "Phoenix is a shithole in July": a season, a month, a time
of day or a stretch of road after the swear word, or a swear that is itself a kind of place
("shithole", "pocilga"), makes the name a town or a venue, which is a thing sworn at, not a
person called a foul name. "Pérez es una mierda" has no such cue and stays a person.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

# Swear words that name a kind of place: only a place can be one.
_PLACE_SWEARS = frozenset(
    {"shithole", "shit hole", "hellhole", "hell hole", "shithole country", "dump", "pocilga",
     "muladar", "chiquero", "cagadero", "basurero", "nido de ratas"}
)  # fmt: skip
# Swear words a place can be, with a when or where after them; an insult for a person
# ("pendejo", "idiot") keeps its person whatever follows.
_THING_SWEARS = frozenset(
    {"mierda", "una mierda", "shit", "crap", "garbage", "trash", "basura", "porqueria", "asco",
     "un asco", "infierno", "hell", "cagada", "desmadre", "madre"}
)  # fmt: skip
# When or where, right after the predicate: what a town or a venue is, not what a person is.
_WHEN_WHERE = re.compile(
    r"^\W*(?:\w+\s+){0,2}?(?:"
    r"(?:in|during|on|at|around|every|each)\s+(?:the\s+)?(?:summer|winter|spring|fall|autumn|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"rush hour|weekends?|night|nights|christmas|holidays?|monsoon season|tourist season|"
    r"mondays|fridays|saturdays|sundays|peak season|high season)|"
    r"(?:en|durante|cada|todo el|toda la|por la|por las|los|las|de)\s+(?:el\s+|la\s+)?"
    r"(?:verano|invierno|primavera|otono|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre|hora pico|horas pico|fin de semana|fines de semana|"
    r"noche|noches|navidad|vacaciones|temporada|cuaresma|semana santa|domingos|sabados|"
    r"quincena|tarde|tardes)|"
    r"(?:to (?:live|drive|park|visit|commute) (?:in|through|around))|"
    r"(?:para (?:vivir|manejar|estacionarse|visitar|circular|caminar))"
    r")\b"
)


def named_place(an: Analysis, u: Unit, head: Unit) -> bool:
    """The subject `head` is a capitalised name and the swear word `u` or what follows it in
    its sentence says the name is a place."""
    if not an.capitalised(head.index) or head.has("title"):
        return False
    if u.text in _PLACE_SWEARS:
        return True
    if u.text not in _THING_SWEARS:
        return False
    return bool(_WHEN_WHERE.match(an.norm.text[u.end : u.end + 60]))
