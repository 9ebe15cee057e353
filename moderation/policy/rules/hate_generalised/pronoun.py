"""A "they" that `hate.generalised` reads as the whole group: the analysis resolved it to a
group named in its sentence or the one before, and that group was named as a people, not as a
few counted or owned members ("I stopped hiring Mexicans. They steal."; not "Two Mexicans moved
in next door. They steal." nor "my Mexican neighbours"). The walk back to that group is the
analysis's `group_named_before`, shared with `hate_reread.named_back`, which puts the group's
word in its place.
"""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit, group_named_before

_PRONOUNS = frozenset({"they"})
# Words before the group that pick out some members rather than the people.
_COUNTED = frozenset(
    {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "some", "a few", "few", "several", "a couple", "a couple of", "couple", "both", "my", "our",
     "his", "her", "your", "their", "a group of", "a bunch of", "a family of", "dozens of",
     "hundreds of", "these two", "those two", "the two", "the three"}
)  # fmt: skip


def whole_group_they(an: Analysis, u: Unit) -> bool:
    """Unit u is a "they" resolved to a group (code G) whose antecedent, in u's sentence or the
    one before, is a group word not counted or owned (`_COUNTED`, or a number before it)."""
    if u.code != "G" or u.text not in _PRONOUNS or not u.has("T"):
        return False
    w = group_named_before(an.units, u.index)
    if w is None:
        return False
    units = an.units
    k = w.index - 1
    while k >= 0 and units[k].sentence == w.sentence and units[k].code == "A":
        if units[k].text in _COUNTED:
            return False
        k -= 1
    before = units[k] if k >= 0 and units[k].sentence == w.sentence else None
    return before is None or not (before.text in _COUNTED or before.text.isdigit())
