"""A harm that may befall a group, said of its cause: "going home could get them killed" tells
a danger the group faces, where "I could get them killed" is a person's threat."""

from __future__ import annotations

from moderation.policy.analysis import Analysis

_MAY = frozenset({"could", "might", "would", "may", "can", "will"})
_DETERMINERS = frozenset({"the", "those", "these", "their", "all", "all the", "all those"})
_PEOPLE_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they", "somebody", "someone"})


def danger_they_face(an: Analysis, g: int) -> bool:
    """What might befall the group at unit `g` ("<a thing> could get G killed"), said of a
    cause ("going home", "the desert"), not a person's threat ("I could get ...")."""
    units = an.units
    k = g - 1
    while k > 0 and units[k].text in _DETERMINERS:
        k -= 1  # "could get the X killed"
    if k < 2 or units[k].text not in ("get", "gets"):
        return False
    modal, subject = units[k - 1], units[k - 2]
    same = modal.sentence == subject.sentence == units[g].sentence
    return same and modal.text in _MAY and subject.text not in _PEOPLE_SUBJECTS
