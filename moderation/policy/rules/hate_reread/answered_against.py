"""A "why should X ...?" question the writer answers with a bare "no" ("Why should gay people be
treated as equals? They are not.", "¿Por qué las X deberían votar? No deberían."): the answer
turns the question into the writer's statement "X should not ...", which `hate_reread` asks
the other hate rules about. The negated question answered yes ("Why should X not be treated as
equals? They should.") argues for the group and is never read so.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

# Words that may open the question before "why" / "por qué".
_OPENERS = frozenset({"so", "but", "and", "then", "honestly", "seriously", "y", "pero", "entonces"})
# Modals of duty whose question asks for a reason the writer then denies.
_MODALS_EN = frozenset({"should", "must", "would", "could"})
_MODALS_ES = frozenset(
    {"deberian", "deben", "tendrian que", "tienen que", "merecen", "podrian", "pueden"}
)  # fmt: skip
# Words that may stand before the group ("all the X", "los X").
_BEFORE_GROUP = frozenset({"all", "the", "these", "those", "los", "las", "estos", "estas"})
# The bare denial that is the whole next sentence: "They are not.", "They shouldn't.", "No."
_DENIAL_EN = re.compile(
    r"^\W*(?:(?:they|and they|no,? they) (?:are not|aren'?t|should not|shouldn'?t|must not|"
    r"mustn'?t|would not|wouldn'?t|could not|couldn'?t|do not|don'?t|don'?t deserve (?:it|to be)|"
    r"do not deserve (?:it|to be))|no|nope|hell no|of course not|they are not equal)"
    r"\s*(?:[.!]|$)",
    re.IGNORECASE,
)
_DENIAL_ES = re.compile(
    r"^\W*(?:no(?: deber[ií]an| deben| lo merecen| los merecen| las merecen| lo son| tienen "
    r"por qu[eé])?|claro que no|para nada|de ninguna manera)\s*(?:[.!]|$)",
    re.IGNORECASE,
)


def _open(run: tuple[Unit, ...]) -> int:
    i = 0
    while i < len(run) and run[i].text in _OPENERS:
        i += 1
    return i


def _group_end(run: tuple[Unit, ...], i: int) -> int | None:
    """Where the group phrase opening at `i` ends (exclusive), if it names a group."""
    while i < len(run) and run[i].text in _BEFORE_GROUP:
        i += 1
    if i >= len(run) or run[i].code != "G" or run[i].quoted or not run[i].has("G"):
        return None
    while i < len(run) and run[i].code in ("G", "g"):
        i += 1
    return i


def answered_against(an: Analysis, run: tuple[Unit, ...], after: str) -> str | None:
    """The statement "X should not ..." / "X no deberían ..." a question of the sentence `run`
    becomes when `after` (the text after it) opens with a bare denial, or None."""
    original = an.norm.original
    if an.lang == "en" and not _DENIAL_EN.match(after):
        return None
    if an.lang == "es" and not _DENIAL_ES.match(after):
        return None

    def text(first: int, last: int) -> str:
        start, end = an.span(run[first].index, run[last].index)
        return original[start:end]

    i = _open(run)
    if an.lang == "en":
        if i + 2 >= len(run) or run[i].text != "why" or run[i + 1].text not in _MODALS_EN:
            return None
        end = _group_end(run, i + 2)
        if end is None or end >= len(run) or run[end].code == "N":
            return None  # "Why should X not be ...?": argued for, not against
        return f"{text(i + 2, end - 1)} {run[i + 1].text} not {text(end, len(run) - 1)}"
    if i + 2 >= len(run) or (run[i].text, run[i + 1].text) != ("por", "que"):
        return None
    end = _group_end(run, i + 2)
    if end is None or end >= len(run) or run[end].text not in _MODALS_ES:
        return None  # "¿Por qué los X no deberían ...?" has its "no" before the modal
    return f"{text(i + 2, end - 1)} no {text(end, len(run) - 1)}"
