"""A knowing nod said of how a thing ends or of what the writer's own people felt, not of
what a people are: "si se hace como Pemex, ya sabemos cómo acaba", "ya sabemos lo que duele"
(told by a son of migrants). The same nod after a people is named ("les rentaron a familias
X. Ya sabemos cómo acaba.") or finished with what they do ("... cómo terminan esos barrios",
"... lo que les gusta") is still the hint it reads."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

# "cómo acaba." closing its sentence, or "cómo acaba esto / la historia": an outcome, nothing
# said of anyone (folded text, right after the nod's "como")
_OUTCOME = re.compile(
    r"\s+(?:(?:va|van) a )?(?:acaba|acabo|acaban|acabara|acabar|termina|termino|terminan|"
    r"terminara|terminar|sale|salio|se pone)"
    r"(?:\s+(?:esto|eso|todo esto|todo eso|la historia|esta historia|el cuento|la pelicula))?"
    r"\s*(?:[.!?;]|$)"
)
# "lo que duele", "lo que se siente", "lo que es llegar sin nada": what the writer and theirs
# have felt (right after the nod's "lo que")
_FELT = re.compile(
    r"\s+(?:duele|dolio|nos duele|se siente|se sintio|se sufre|cuesta|costo|nos costo|"
    r"significa|es (?:sufrir|perder|migrar|emigrar|llegar|empezar|ser|estar|vivir|tener que|"
    r"trabajar|cruzar))\b"
)
_GROUP_CODES = frozenset("Gg")


def nod_at_an_outcome(an: Analysis, first: int, end: int) -> bool:
    """The nod ending at `end` (folded text; its first unit `first`) is finished by a feeling
    of the writer's own, or by an outcome closing the sentence when neither its sentence nor
    the one before names a people."""
    text = an.norm.text
    nod = text[:end]
    if nod.endswith("lo que") and _FELT.match(text, end):
        return True
    if not (nod.endswith("como") and _OUTCOME.match(text, end)):
        return False
    sentence = an.units[first].sentence
    return not any(
        u.code in _GROUP_CODES for u in an.units if sentence - 1 <= u.sentence <= sentence
    )
