"""English hate that writes a whole group off with no slur: old people denied the vote or
wished dead ("Old people are a drain and shouldn't be allowed to vote", "Boomers should just
die off already"), disabled children said to drag a whole class down ("Deaf kids slow the whole
class down"), and a group told it is not welcome ("No, immigrants are not welcome here": the
negation is the exclusion itself, so the usual "a negation lets it pass" cannot apply).

Age is no group of the lexicon (harsh talk of a generation is common and fair: "Boomers wrecked
the housing market"), so the age shape names old people by its own words and counts only the
removal of a right or a wished death. Read over each sentence's words with groups masked
(`hate_en_kept._masked`). A question, a negation before the group, the writer's own group, a
quotation, a report or a condemnation passes, and so does a class slowed for want of support
("Deaf kids need interpreters or the whole class slows down, fund it"). Every hit holds.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.lexicon import skipping
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import counter_speech, is_question, negated_before
from moderation.policy.rules.hate_en_kept import WRITER, _masked
from moderation.policy.rules.hate_everyday.counter_speech import condemns
from moderation.policy.rules.masked_words import unit_at
from moderation.policy.types import Category, Submission

_SCORE = 0.72

# Old people by the words the lexicon leaves out.
_AGE = (
    r"(?:(?:the |all the |all |these |those )?(?:old people|old folks|old farts|old geezers|"
    r"geezers|elderly|elderly people|elderly folks|the old|seniors|senior citizens|boomers|"
    r"baby boomers|old timers|oldtimers|retirees|pensioners|old men and women))"
)
_DEATH = (
    r"(?:die(?: off| out)?|drop dead|croak|kick the bucket|be put down|be euthani[sz]ed|"
    r"be culled|be gassed|be put out of (?:their|our) misery)"
)
# What may follow a death and make it no wish: "die with dignity", "die at home", "die mad".
_NOT_A_WISH = (
    r"(?! (?:with|at|in|of|from|peacefully|comfortably|alone|mad|happy|before|without|"
    r"surrounded|on their own|early|young))"
)
_VOTE = r"(?:vote|have a vote|have a say|be voting|have voting rights|have the vote)"
_AGED = re.compile(
    # denied the vote
    rf"(?:^|(?<= )){_AGE}(?: \S+){{0,6}}? (?:should|must|need to|ought to) (?:not|never|no "
    rf"longer) (?:even )?(?:be allowed to |get to |be able to |have the right to )?{_VOTE}"
    r"(?= |$)(?! (?:without|unless|until|if|for|against|by mail|early|in person|absentee))"
    # "... on Tuesday if they can vote early": advice on when or how, not a bar
    r"(?!(?: \S+){0,8} (?:if|unless|instead|rather|early|absentee|by mail)\b)|"
    rf"(?:^|(?<= )){_AGE}(?: \S+){{0,6}}? (?:should|must|need to|ought to) (?:lose|be stripped "
    r"of|be banned from|be barred from|have) (?:the |their )?(?:vote|votes|voting rights|right "
    r"to vote|voting)(?: taken away| revoked)?(?= |$)|"
    r"(?:^|(?<= ))(?:take away|strip|revoke|remove|ban) (?:the )?(?:vote|voting rights|right to "
    rf"vote|voting) (?:from|of|for) {_AGE}(?= |$)|"
    # wished dead
    rf"(?:^|(?<= )){_AGE} (?:\S+ ){{0,2}}?(?:should|need to|needs to|ought to|can|could|better|"
    rf"gotta|just need to|have to) (?:all )?(?:just )?(?:hurry up and )?(?:go )?{_DEATH}"
    rf"{_NOT_A_WISH}(?= |$)|"
    r"(?:^|(?<= ))(?:can not wait|cannot wait|hope|hoping|praying|pray|wish|the sooner) "
    rf"(?:for )?{_AGE} (?:to )?(?:all )?(?:just )?{_DEATH}{_NOT_A_WISH}(?= |$)|"
    rf"(?:^|(?<= ))(?:just )?let {_AGE} (?:all )?{_DEATH}{_NOT_A_WISH}(?= |$)|"
    rf"(?:^|(?<= )){_AGE} (?:have|has) no (?:business|right) (?:voting|to vote)(?= |$)|"
    # called vermin
    rf"(?:^|(?<= )){_AGE} (?:are|is) (?:all )?(?:just )?(?:a |an )?(?:useless eaters|"
    r"parasites|leeches|vermin|a waste of (?:space|oxygen|air|skin)|dead weight|subhuman|"
    r"bloodsuckers)(?= |$)"
)
# A right taken from old people as a kind (to drive), with contempt for them in the comment:
# "Old people should just lose their licenses at seventy, they're a menace". The line between
# that and a policy opinion: a road test, a retest or an age rule for drivers ("Drivers over 75
# should retake the road test, like in Illinois") names drivers, not old people, and takes no
# right by itself; "Seniors should lose their licenses at 85" with no contempt is an opinion on
# licensing too. Only the removal said of the age group and a name for them as a danger or a
# fool together hold.
_LICENCE = (
    r"(?:(?:their |the |a )?(?:driver'?s |drivers )?(?:licenses|licences|license|licence)|"
    r"(?:their |the )?(?:car )?keys|driving|(?:the )?right to drive|drive|"
    r"(?:be|being) (?:on|behind) the (?:road|roads|wheel))"
)
_LICENSED = re.compile(
    rf"(?:^|(?<= )){_AGE}(?: \S+){{0,6}}? (?:should|must|need to|needs to|ought to|have to|"
    r"better) (?:just |all |simply )*(?:lose|be stripped of|give up|hand over|turn in|"
    r"be banned from|be barred from|be kept from|not be allowed to|never be allowed to|"
    rf"no longer be allowed to|not get to|stop) {_LICENCE}(?= |$)|"
    rf"(?:^|(?<= )){_AGE}(?: \S+){{0,6}}? (?:should|must|need to|ought to) (?:just |all )*"
    r"have (?:their|the) (?:driver'?s |drivers )?(?:licenses|licences|keys|car keys) "
    r"(?:taken|pulled|revoked)(?= |$)|"
    r"(?:^|(?<= ))(?:take|taking|pull|pulling|revoke|revoking) (?:away )?(?:the )?(?:driver'?s "
    rf")?(?:licenses|licences|keys|car keys) (?:away )?(?:from|of) {_AGE}(?= |$)|"
    rf"(?:^|(?<= ))ban {_AGE} from (?:driving|the road|the roads)(?= |$)"
)
# Contempt for them as a kind: a menace, a danger, fossils, senile.
_AGE_CONTEMPT = re.compile(
    r"\b(?:they are|they all are|are all|are|bunch of|those|these) (?:just |all |nothing but |"
    r"such |so )?(?:a |an )?(?:total |complete |absolute |public |rolling |walking |fucking |"
    r"damn )?(?:menace|menaces|hazard|hazards|danger|dangers|threat|fossils|dinosaurs|idiots|"
    r"morons|useless|senile|worthless|deathtraps?|a joke|vegetables)\b|\bsenile\b"
)
_AGE_WORDS = re.compile(
    r"\b(?:old|elderly|geezers|seniors|boomers|retirees|pensioners|oldtimers)\b"
)
_AGE_GATE = skipping(_AGE_WORDS)[0]

# The group slowing or dragging a whole class down.
_PEERS = (
    r"(?:everything|the (?:whole |entire |rest of the )?(?:class|classroom|school|team|crew|"
    r"squad|shift|meeting|department|group|room|lesson|kids|students)|everyone(?: else)?|"
    r"everybody(?: else)?|the rest of (?:us|the class|the kids|the students)|"
    r"the other (?:kids|students)|(?:the )?(?:normal|regular) (?:kids|students)|"
    r"other (?:kids|students))"
)
_SLOW = (
    r"(?:slow|slows|slowed|drag|drags|dragged|hold|holds|held|pull|pulls|bring|brings|"
    r"are slowing|are dragging|are holding|are pulling|is slowing|is dragging|is holding)"
)
_SLOWED = re.compile(
    r"(?:^|(?<= ))(?:GRP|WMN|MIG)"
    r"(?: (?:in|at|on) (?:my|our|the|his|her|their|a)(?: (?!not\b)\S+){1,3}?)?"
    r"(?: (?:just|really|always|only|all|honestly|basically|literally))* "
    rf"{_SLOW} (?:(?:down|back) {_PEERS}|{_PEERS} (?:down|back))(?= |$)|"
    r"(?:^|(?<= ))GRP (?:do not|does not|should not|must not) (?:even )?(?:belong|be) in "
    r"(?:a |the )?(?:regular|normal|mainstream|ordinary|real) (?:classes|classrooms?|schools?|"
    r"school)(?= |$)"
)
# Support asked for, not a verdict on the children: aides, interpreters, funding.
_CARE = re.compile(
    r"\b(?:without|unless|need|needs|needed|aides?|interpreters?|support|supports|fund|funding|"
    r"funded|resources|accommodations?|staff|staffing|help them|helping them)\b"
)
_SLOW_GATE = skipping(re.compile(r"\b(?:down|back|belong|be)\b"))[0]

# A group told it is not welcome.
_UNWELCOME = re.compile(
    r"(?:^|(?<= ))(?:the |all |those |these |any |all the |more )?(?:GRP|MIG|WMN)"
    r"(?: (?:are|is|are just|are simply))? (?:not|never) (?:welcome|wanted)"
    r"(?: (?:here|in (?:this|our|my) \S+|around here|in america))?(?= |$)"
)
# A door shut in the past or lamented ("Black families were not welcome here growing up",
# "... and that breaks my heart"): history or grief, not the writer's own exclusion.
_LAMENT = re.compile(
    r"\b(?:sad|sadly|heart|heartbreaking|shame|shameful|ashamed|unfortunately|back then|"
    r"growing up|used to|history|wrong)\b"
)
_UNWELCOME_WORDS = re.compile(r"\b(?:welcome|wanted)\b")
_UNWELCOME_GATE = skipping(_UNWELCOME_WORDS)[0]


def _interjected_no(an: Analysis, first: int) -> bool:
    """The word before the group is a "No," that answers someone ("No, X are not welcome"):
    an interjection, not a negation of the line."""
    if first == 0:
        return False
    u = an.units[first - 1]
    if u.text != "no" or u.sentence != an.units[first].sentence:
        return False
    return "," in an.norm.text[u.end : an.units[first].start]


def _held(an: Analysis, rule_id: str, shape: re.Pattern, why: str) -> list[Hit]:
    """A hold for the first sentence whose masked words fit `shape` as the writer's own line:
    not a question, not the writer's own group, not negated before, quoted or reported."""
    for s, (base, codes) in enumerate(an.sentences):
        if not codes:
            continue
        text, index = _masked(an, s)
        m = shape.search(text)
        if m is None:
            continue
        first = unit_at(index, text, m.start())
        last = unit_at(index, text, max(m.start(), m.end() - 1))
        if is_question(an, first):
            continue
        if any(an.units[k].text in WRITER for k in range(base, first + 1)):
            continue
        if negated_before(an, first) and not _interjected_no(an, first):
            continue
        if counter_speech(an, first, last):
            continue
        return [Hit(rule_id, _SCORE, (an.span(first, last),), why, cap_hold=True)]
    return []


@rule("hate.en_aged", Category.HATE, needs=(_AGE_WORDS,))
def aged(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold old people denied the vote, wished dead or called vermin."""
    del sub
    if an.lang != "en" or not _AGE_GATE.search(an.norm.text) or condemns(an):
        return []
    found = _held(an, "hate.en_aged", _AGED, "old people denied the vote or wished dead")
    if found:
        return found
    words = " ".join(_masked(an, s)[0] for s in range(len(an.sentences)))  # "they are"
    if not _AGE_CONTEMPT.search(words):
        return []
    return _held(an, "hate.en_aged", _LICENSED, "old people denied a right, with contempt")


@rule("hate.en_slowed", Category.HATE)
def slowed(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a group said to drag a whole class down or not to belong in a regular class."""
    del sub
    if an.lang != "en" or not _SLOW_GATE.search(an.norm.text):
        return []
    if _CARE.search(an.norm.text) or condemns(an):
        return []
    return _held(an, "hate.en_slowed", _SLOWED, "a group said to drag a whole class down")


@rule("hate.en_unwelcome", Category.HATE, needs=(_UNWELCOME_WORDS,))
def unwelcome(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a group told it is not welcome."""
    del sub
    if an.lang != "en" or not _UNWELCOME_GATE.search(an.norm.text) or condemns(an):
        return []
    if _LAMENT.search(an.norm.text):
        return []
    return _held(an, "hate.en_unwelcome", _UNWELCOME, "a group told it is not welcome")
