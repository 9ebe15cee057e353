"""A group's homes located beside a weapon or a warning ("Tengo un arma y sé dónde viven los X",
"I have a gun and I know where those X live"): the menace a person gets from "I know where you
live", turned on a whole people."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.literal_gate import NeedleGate
from moderation.policy.rules.context import units_in

# The writer knows where they live or gather: the words before the group.
_LOCATED = re.compile(
    r"\b(?:(?:i|we) (?:know|found out|have found) (?:exactly )?where|"
    r"(?:ya )?(?:se|sabemos|conozco|conocemos) (?:exactamente |bien )?"
    r"(?:donde|en donde|por donde)) "
    r"(?:(?:viven|duermen|se juntan|se reunen|rezan|estudian|trabajan|van) )?"
)
_LIVE_AFTER = re.compile(r"\s*(?:all )?(?:live|sleep|gather|meet|pray|hang out)\b")
_GROUP_LEADS = frozenset({"the", "those", "these", "all", "all the", "los", "las", "esos", "esas",
                          "estos", "estas", "todos los", "todas las"})  # fmt: skip
# A weapon in the writer's hands or a warning of what is coming.
_MENACE = re.compile(
    r"\b(?:guns?|rifles?|pistols?|shotguns?|ammo|bullets|machetes?|gasoline|matches|"
    r"armas?|pistolas?|rifles?|escopetas?|balas|cuernos? de chivo|machetes?|gasolina|cerillos|"
    r"watch out|they'?ll see|soon enough|be ready|you'?ll see|ya veran|pronto sabran|"
    r"que se cuiden|esperen visita|van a ver)\b"
)

# Searched only when the comment's token mask holds one of its words (most hold none).
_MENACE_GATED = NeedleGate(_MENACE)


def group_located(an: Analysis) -> tuple[int, int] | None:
    """(first, last) units of a group's homes located, when the comment names a weapon or a
    warning too; the group is the subject of its "live" (English) or closes the phrase."""
    text = an.norm.text
    if not _MENACE_GATED.search(text):
        return None
    for m in _LOCATED.finditer(text):
        first, _last = units_in(an, m.start(), m.end())
        if first is None:
            continue
        k = next((u.index for u in an.units if u.start >= m.end()), None)
        while k is not None and k < len(an.units) and an.units[k].text in _GROUP_LEADS:
            k += 1
        if k is None or k >= len(an.units) or an.units[k].code not in ("G", "S"):
            continue
        g = an.units[k]
        if g.sentence != an.units[first].sentence:
            continue
        if m.group(0).startswith(("i ", "we ")) and not _LIVE_AFTER.match(text, g.end):
            continue  # "I know where the Muslims' shop is": a place, no homes
        return first, k
    return None
