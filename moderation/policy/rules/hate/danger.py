"""A harm that may befall a group, said of its cause: "going home could get them killed" tells
a danger the group faces, where "I could get them killed" is a person's threat."""

from __future__ import annotations

from moderation.policy.analysis import Analysis

_MAY = frozenset({"could", "might", "would", "may", "can", "will"})
_PEOPLE_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they", "somebody", "someone"})


def danger_they_face(an: Analysis, g: int) -> bool:
    """What might befall the group at unit `g` ("<a thing> could get G killed"), said of a
    cause ("going home", "the desert"), not a person's threat ("I could get ...")."""
    units = an.units
    if g < 3 or units[g - 1].text not in ("get", "gets"):
        return False
    modal, subject = units[g - 2], units[g - 3]
    same = modal.sentence == subject.sentence == units[g].sentence
    return same and modal.text in _MAY and subject.text not in _PEOPLE_SUBJECTS
