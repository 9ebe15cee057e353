"""What a people is, put first and pointed at ("Cucarachas, eso son los X.", "Una plaga, eso
es lo que son los X."), read as the plain copula "Los X son cucarachas." (`hate_reread`, hold
only). Asked ("¿Cucarachas, eso son los X?") or answered right after ("No, son personas.") it
stays a question."""

from __future__ import annotations

import re

# The noun phrase put first, "eso (es lo que) son", and the people after it.
_FRONTED = re.compile(
    r"^\s*(?P<what>(?:(?:un|una|unos|unas)\s+)?[\wáéíóúñ]+(?:\s+[\wáéíóúñ]+)?)\s*[,:]\s*"
    r"(?:eso|esto|es[oa]s)\s+(?:es lo que\s+|son lo que\s+|y nada m[aá]s\s+)?son\s+"
    r"(?P<who>(?:los|las|esos|esas|estos|estas|todos los|todas las)\s+\S.*?)\s*[.!]*\s*$",
    re.IGNORECASE | re.DOTALL,
)
# The people named in a relative clause ("los que duermen en el puente"): no people.
_RELATIVE = re.compile(r"^(?:todos |todas )?(?:los|las|esos|esas|estos|estas) (?:que|cual)\b", re.I)
_ANSWERED = re.compile(r"^\s*(?:no\b|mentira|falso|son (?:personas|seres humanos|gente))", re.I)


def fronted_es(said: str, after: str) -> tuple[str, int] | None:
    """The sentence `said` as "Los X son <lo puesto delante>.", with where the people start
    in `said`; None for any other sentence, or one answered with a denial right after."""
    m = _FRONTED.match(said)
    if m is None or "?" in said or _RELATIVE.match(m["who"]) or _ANSWERED.match(after):
        return None
    who = m["who"]
    return f"{who[:1].upper()}{who[1:]} son {m['what'].lower()}.", m.start("who")
