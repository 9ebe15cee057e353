"""The writer counts themself among a protected group ("As a lesbian, ...", "I am a Muslim
woman and ...") and the comment holds no slur, insult, dehumanising word, hatred or violence:
coded words about that group are mocked or defended from inside ("I can confirm the gay agenda
this week is: get married"), not used against it. Coded words about another people are not:
"I'm Latino myself, but the refugees come for the handouts", "As a Jew, the Muslims ..."."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

# The writer names themself a member of a group ("As a lesbian ...", "As a gay man from
# Midland ...", "I'm a proud Muslim woman ..."): the frame before the group word.
_MEMBER_FRAMES = (("as", "a"), ("as", "an"), ("i", "am", "a"), ("i", "am", "an"), ("i", "am"))
_MEMBER_CUE = re.compile(r"\b(?:as an?|i am|i'?m)\b")
_MEMBER_ADJECTIVES = frozenset({"proud", "queer", "black", "brown", "young", "old", "devout"})
# Units that make a comment hostile whoever writes it: a slur, a negative attribute, a
# dehumanising word, hatred or violence.
_HOSTILE_CODES = frozenset("SXDHV")
# Negative attributes that tell a joke, not a fault ("Jokes aside, ...")
_JOKE_WORDS = frozenset({"joke", "jokes", "joking", "kidding"})


def writer_of_group_unhostile(an: Analysis) -> str | None:
    """The writer's community (`_community`) when they name themself a member of a group in
    a comment with no hostile word, or None."""
    if not ("G" in an.codes or "g" in an.codes) or not _MEMBER_CUE.search(an.norm.text):
        return None  # cheap: most comments name no group, or no writer as one
    units = an.units
    own = None
    for k, u in enumerate(units):
        if u.code in _HOSTILE_CODES and u.text not in _JOKE_WORDS:
            return None
        if own is not None or u.code not in ("G", "g"):
            continue
        j = k - 1
        if j >= 0 and units[j].text in _MEMBER_ADJECTIVES:
            j -= 1
        words = tuple(units[i].text for i in range(max(0, j - 2), j + 1))
        if any(words[-len(frame) :] == frame for frame in _MEMBER_FRAMES):
            own = _community(u)
    return own


def _community(u: Unit) -> str:
    """Which people a group word names, so that the writer's own can be told from another of
    the same kind ("As a Jew" and "the Muslims" are both religions): lesbian, gay, bi and trans
    people are one community; any other is its kind and the word's first letters."""
    kind = u.meta("G")
    if kind == "sexuality" or (kind == "gender" and u.text.startswith(("trans", "non", "queer"))):
        return "lgbt"
    return f"{kind}:{u.text[:3]}"


def of_the_writers_own(an: Analysis, span: tuple[int, int], own: str) -> bool:
    """The coded words speak of the writer's own community: the groups named in the match, or
    when it names none ("they come for the handouts"), every group the comment names."""
    named = [u for u in an.units if u.code in ("G", "g") and u.meta("G")]
    inside = [u for u in named if u.start < span[1] and span[0] < u.end]
    return all(_community(u) == own for u in inside or named)
