"""Comments whose hate words the rules have read as a defence of the group, with nothing hostile
left beside them: a stereotype placement or a cage refused ("Women don't belong in the kitchen,
they belong wherever they want", "X don't belong in cages, they belong in school") or the group
named as the one wronged ("Funny how it's always the immigrants who get robbed on payday",
"siempre son los migrantes a los que asaltan", "Thugs attacked Somali shop owners":
`harmed_by_others`).

`decide.speech_frame` reads this as it reads a reporting or condemning cue: the blog model, which
sees "don't belong" or "it's always the X who", must leave such a comment to the rules. Any
hostile word outside the refused placement ("..., they should go back home") turns it off."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.hate.harmed_by_others import harmed_by_others
from moderation.policy.rules.hate.held_refused import held_refused
from moderation.policy.rules.hate.kindness_stated import kindness_stated
from moderation.policy.rules.hate.rights_stated import rights_stated
from moderation.policy.rules.hate.stereotype_rejected import stereotype_rejected

# Codes of hostile units: insults, slurs, violence, hatred, exclusion, dehumanising words.
_HOSTILE = frozenset("XDZSVKHWE")
# "it's always the X who", "siempre son los X": the cleft that names who it happens to.
_CLEFT = re.compile(
    r"\b(?:(?:it'?s|it is|it was|are|were) (?:always|usually|mostly|only|never) (?:the )?|"
    r"(?:siempre|solo|nomas) (?:son|sean|eran|fueran) (?:los|las) )$"
)
# The group as the object of a harm: a passive in English, "a los que" + the act in Spanish.
_WRONGED = re.compile(
    r"\s+(?:who|that)\s+(?:always\s+|usually\s+)?(?:get|gets|got|are|were|end up|keep getting)"
    r"\s+(?:robbed|mugged|scammed|cheated|attacked|beaten|beaten up|assaulted|harassed|shot|"
    r"killed|stabbed|exploited|underpaid|ripped off|stolen from|targeted|abused|extorted)\b|"
    r"\s+(?:a los que|a las que|a quienes)\s+(?:siempre\s+)?(?:les\s+|los\s+|las\s+)?"
    r"(?:asaltan|roban|golpean|estafan|explotan|extorsionan|atacan|agreden|discriminan|"
    r"maltratan|acosan|matan|balean)\b"
)


def _wronged_cleft(an: Analysis) -> list[int]:
    """Sentences in which a group is named in a cleft as the one a harm is done to."""
    text = an.norm.text
    found = []
    for u in an.units:
        if u.code not in ("G", "g") or not u.has("G"):
            continue
        if _CLEFT.search(text, max(0, u.start - 30), u.start) and _WRONGED.match(text, u.end):
            found.append(u.sentence)
    return found


def _refused_placement(an: Analysis) -> list[int]:
    """Sentences that refuse a stereotyped place for a group (`stereotype_rejected`) or a place
    it is held in ("X don't belong in cages, they belong in school": `held_refused`)."""
    text = an.norm.text
    stereotyped = [an.units[base].sentence for base, _codes in an.sentences
                   if stereotype_rejected(text, an.units[base].start)]  # fmt: skip
    return stereotyped + [u.sentence for u in an.units if u.code == "Z" and held_refused(an, u)]


def defence_frame(an: Analysis) -> bool:
    """The comment defends a group (a refused stereotype, the group as the one wronged or
    harmed by others, or a right or a kindness stated for it: `rights_stated`,
    `kindness_stated`) and has no hostile word in any other sentence; in a wronged-cleft
    sentence none at all."""
    if "G" not in an.codes and "g" not in an.codes:
        return False
    refused = set(_refused_placement(an))
    wronged = set(_wronged_cleft(an))
    harmed = set(harmed_by_others(an))
    if not refused and not wronged and not harmed:
        # both check the whole comment for hostile words
        return bool(rights_stated(an)) or bool(kindness_stated(an))
    for base, codes in an.sentences:
        s = an.units[base].sentence
        hostile = set(_HOSTILE.intersection(codes))
        if s in refused and s not in wronged:
            hostile.discard("Z")  # the refused "don't belong" is the placement itself
        if s in harmed and s not in wronged:
            hostile -= {"X", "V"}  # "thugs attacked X": the attackers and their act
        if hostile:
            return False
    return True
