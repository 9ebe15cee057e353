"""Claims a sentence holds up only to drop them: a belief the writer (or someone) once held and
was cured of ("I used to think X were criminals until I met ..."), and a reason denied ("no
porque ellos sean criminales"). The hate rules read neither as the writer's claim."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

# A past belief right before the words (at most four words between: "que todos los"), with
# "that"/"que" or not: "I used to think", "I always thought", "yo también pensaba que",
# "antes creía que", "me enseñaron que", "crecí pensando que".
_PAST_BELIEF = re.compile(
    r"\b(?:(?:i|we)\s+(?:also\s+|too\s+|once\s+|always\s+|honestly\s+)?"
    r"(?:used to (?:think|believe|assume)|thought|believed|assumed|grew up (?:thinking|believing)|"
    r"was (?:raised|taught) to (?:think|believe)|was taught)"
    r"|(?:yo\s+)?(?:tambien\s+|antes\s+|siempre\s+|de nino\s+|de nina\s+)?"
    r"(?:pensaba|creia|crei|pense|pensabamos|creiamos|suponia)"
    r"|me ensenaron|nos ensenaron|creci (?:pensando|creyendo))"
    r"\s+(?:that\s+|que\s+)?(?:\S+\s+){0,4}$"
)
# The turn that drops it, later in the sentence or in the next one: an encounter that changed
# the mind, or the writer owning the error. "Now I know" is left out: it may confirm.
_TURN = re.compile(
    r"\b(?:until|till|hasta que|hasta conocer|hasta (?:que )?(?:conoci|trabaje|vivi)|"
    r"i was wrong|we were wrong|boy was i wrong|not anymore|no longer|me equivoque|"
    r"estaba equivocad[oa]s?|est[aá]bamos equivocad[oa]s|uno se equivoca|ya no (?:lo )?"
    r"(?:pienso|creo)|que equivocad[oa] estaba)\b"
)
# "No porque ..." / "not because ...": the reason the sentence denies (at most three words
# between: "no porque ellos sean", "not because all of them are").
_REASON_DENIED = re.compile(
    r"(?:^|[,;:]\s*|\b(?:y|pero|and|but|it'?s|it is|es|fue|was)\s+)"
    r"(?:no|not)\s+(?:porque|because|since|por que)\s+(?:\S+\s+){0,3}$"
)


def _sentence_bounds(an: Analysis, first: int, last: int) -> tuple[int, int]:
    """Normalised-text offsets of the start of `first`'s sentence and of the end of the
    sentence after `last`'s (or of `last`'s own when it is the comment's last)."""
    units = an.units
    start = first
    while start > 0 and units[start - 1].sentence == units[first].sentence:
        start -= 1
    end = last
    limit = units[last].sentence + 1
    while end + 1 < len(units) and units[end + 1].sentence <= limit:
        end += 1
    return units[start].start, units[end].end


def recanted(an: Analysis, first: int, last: int) -> bool:
    """The words [first, last] are a belief dropped, or a reason denied, in their sentence."""
    units = an.units
    text = an.norm.text
    begin, finish = _sentence_bounds(an, first, last)
    before = text[begin : units[first].start]
    if _REASON_DENIED.search(before):
        return True  # "no porque ellos sean criminales", "not because they are lazy"
    if _PAST_BELIEF.search(before):
        return bool(_TURN.search(text, units[last].end, finish))
    return False
