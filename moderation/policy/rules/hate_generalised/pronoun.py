"""A "they" that `hate.generalised` reads as the whole group: the analysis resolved it to a
group named in its sentence or the one before, and that group was named as a people, not as a
few counted or owned members ("I stopped hiring Mexicans. They steal."; not "Two Mexicans moved
in next door. They steal." nor "my Mexican neighbours"). The walk back to that group is the
analysis's `group_named_before`, shared with `hate_reread.named_back`, which puts the group's
word in its place. Past the sentence before, the walk goes up to `FAR_REACH` sentences back, as
`hate.derogation`'s dropped subject does ("Somalis moved in last year. The schools changed. The
parks changed. They steal."), but only while no other people or party it could stand for comes
between ("... The police shrugged. They steal." is about the police).
"""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit, group_named_before
from moderation.policy.officials import RIVALS
from moderation.policy.rules.hate.helpers import PERSON_NOUNS

# How many sentences back a "they" may find its group when nothing stands between.
FAR_REACH = 3

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
    w = group_named_before(an.units, u.index) or group_named_before(
        an.units, u.index, reach=FAR_REACH, stop=_other_people
    )
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


def _other_people(w: Unit) -> bool:
    """Unit w names people or a party a "they" may stand for instead of the group: officials,
    forces, bodies (`officials.RIVALS`) or ordinary people ("teenagers", "the neighbours")."""
    return w.code != "G" and (w.text in RIVALS or w.text in PERSON_NOUNS)
