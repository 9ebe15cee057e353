"""A group that is the one blamed, not the culprit ("Immigrants are always blamed for everything,
pathetic", "Muslims always get blamed first", "Siempre culpan a los migrantes de todo, qué
patético"): someone else's act falls on it, and a bare word of contempt after a comma judges
that act. "Immigrants ruin everything, pathetic" (the group acts) and "Immigrants are always to
blame" (the group at fault) are untouched."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.hate.helpers import DONE_TO_EN, DONE_TO_ES

# What may stand between the group and the participle of the act done to it: a copula or
# "get" ("are always blamed", "get scapegoated", "keep getting blamed", "son señalados").
_PASSIVE_AUX = frozenset(
    {"get", "gets", "got", "getting", "keep", "keeps", "kept", "always", "often", "usually",
     "constantly", "still", "just", "first", "again", "also", "unfairly", "wrongly", "being",
     "siempre", "otra", "vez", "injustamente"}
)  # fmt: skip
# Spanish active verbs of blaming or branding, said by others of the group ("culpan a los X",
# "señalan a los X"): third person plural, the group their object after "a".
_BLAME_ES = frozenset(
    {"culpan", "culparon", "culpaban", "acusan", "acusaron", "acusaban", "senalan",
     "senalaron", "senalaban", "estigmatizan", "criminalizan", "responsabilizan",
     "culpabilizan"}
)  # fmt: skip


def _patient(an: Analysis, g: int) -> int | None:
    """The unit of the act done to the group at g: a participle after a copula or "get"
    ("are always blamed"), or a Spanish verb of blaming before it ("culpan a los X")."""
    units = an.units
    sentence = units[g].sentence
    k = g + 1
    while (
        k < len(units)
        and units[k].sentence == sentence
        and (units[k].code == "C" or units[k].text in _PASSIVE_AUX)
    ):
        k += 1
    if k > g + 1 and k < len(units) and units[k].sentence == sentence:
        word = units[k].text.split()[0]
        if (an.lang == "es" and DONE_TO_ES.match(units[k].text)) or word in DONE_TO_EN:
            return k
    j = g - 1
    while j >= 0 and units[j].sentence == sentence and units[j].code == "A":
        j -= 1  # "a los"
    if j >= 0 and j < g - 1 and units[j].sentence == sentence and units[j].text in _BLAME_ES:
        return j
    return None


def contempt_for_the_act(an: Analysis, g: int, pred: Unit) -> bool:
    """The predicate at `pred` is a bare word of contempt set off by a comma or a full stop
    after the act done to the group at g ("..., pathetic", "... Qué patético."), with no
    copula, modal or pronoun between that puts it back on the group ("..., they are pathetic")."""
    act = _patient(an, g)
    if act is None or pred.index <= max(act, g):
        return False
    between = an.units[max(act, g) + 1 : pred.index]
    if any(u.code in ("C", "M", "t", "G", "g") for u in between):
        return False
    text = an.norm.text
    cut = [k for k in range(max(act, g) + 1, pred.index + 1) if _break_before(text, an, k)]
    if not cut:
        return False
    after = an.units[cut[-1] : pred.index]
    return all(u.code in ("A", "Y", "w") and u.text in _EXCLAIMING for u in after)


_EXCLAIMING = frozenset({"que", "so", "how", "just", "tan", "muy", "bien", "really", "truly"})


def _break_before(text: str, an: Analysis, k: int) -> bool:
    """A comma, a dash or a sentence end right before unit k."""
    gap = text[an.units[k - 1].end : an.units[k].start]
    return any(c in gap for c in ",;:.!?—-")
