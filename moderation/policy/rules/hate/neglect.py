"""A group's neglect reported, then judged after a comma ("Disabled kids are always the last
priority in this district, pathetic", "los niños sordos se quedan sin intérprete otra vez, qué
vergüenza"): the closing word judges how they are treated, not the group.

Only a clause that says the group is left out, put last or left without something counts;
"Immigrants are everywhere now, disgusting" and "Disabled kids are always in the way, pathetic"
say nothing done to them, and the closing word stays read as said of the group."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

# What is done to a group that is left behind: put last, left out or without, forgotten.
_NEGLECT = re.compile(
    r"\b(?:(?:the )?last (?:priority|in line|on the list|to get|to be (?:served|helped|heard))|"
    r"(?:an )?afterthought|left (?:out|behind|without|on their own|to fend)|"
    r"(?:forgotten|ignored|overlooked|neglected|abandoned|shut out|turned away|passed over)|"
    r"without (?:an? )?(?:interpreter|ramp|ramps|"
    r"aide|aides|services|access|support|help|teacher|teachers|care|books|transport)|"
    r"(?:la )?ultima prioridad|al ultimo|(?:los|las) ultim[oa]s (?:de la lista|en la fila)|"
    r"se quedan? sin|(?:los|las|les) dejan? sin|sin (?:interprete|rampas?|apoyo|servicios|"
    r"maestr[oa]s?|acceso|ayuda|transporte|libros|atencion)|olvidad[oa]s|ignorad[oa]s|"
    r"abandonad[oa]s|relegad[oa]s|excluid[oa]s)\b"
)
_COMMA_CLOSING = re.compile(r",\s*(?:(?:it'?s|it is|that'?s|that is|so|just|es|que)\s+)?$")


def neglect_judged(an: Analysis, g: int, pred: Unit) -> bool:
    """Between the group at `g` and the closing judgement `pred` (after a comma, its
    sentence's last word or nearly) the clause reports the group neglected."""
    if pred.index <= g or an.units[g].sentence != pred.sentence:
        return False
    text = an.norm.text
    between = text[an.units[g].end : pred.start]
    if _COMMA_CLOSING.search(between) is None:
        return False
    return _NEGLECT.search(between) is not None
