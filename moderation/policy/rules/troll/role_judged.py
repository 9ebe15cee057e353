"""A role judged at its job with a mild word of competence ("That coach is clueless", "el
entrenador es incompetente"): an opinion of how someone does the work their role names, said
of a third person, not a name called at anyone. Said to the reader ("you're clueless"), or
with a name-calling noun ("that coach is an idiot"), the aiming tests still read it."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.troll.public import PRIVATE_ROLES, role
from moderation.policy.rules.troll.words import COMMENTER_CUES, spoken_to

# Mild adjectives that judge how a job is done, not what a person is.
_COMPETENCE = frozenset({"clueless", "incompetente", "incompetentes"})
# A third-person copula, perhaps with a degree word, between the role and the adjective.
_COPULAS = frozenset({"is", "was", "seems", "looks", "is so", "is totally", "is completely",
                      "es", "era", "fue", "parece", "esta", "es muy", "es bien"})  # fmt: skip
_DEGREE = frozenset({"so", "totally", "completely", "really", "just", "pretty", "muy", "bien",
                     "tan", "bastante", "totalmente"})  # fmt: skip
# Roles beside the ones the libel lexicon and the offices list: a team's and a parish's.
_ROLES = PRIVATE_ROLES | frozenset(
    {"ref", "referee", "umpire", "manager", "boss", "arbitro", "tecnico", "director",
     "directora", "staff", "front office", "gm"}
)  # fmt: skip


def role_judged(an: Analysis, u: Unit) -> bool:
    """The mild word at `u` is the predicate of a role named as the subject of its sentence
    ("That coach is clueless"), in a comment that speaks to no one."""
    if u.text not in _COMPETENCE or u.meta("INS") == "strong":
        return False
    if spoken_to(an, an.units) or COMMENTER_CUES.search(an.norm.text) or "@" in an.norm.text:
        return False
    before = [x for x in an.units[: u.index] if x.sentence == u.sentence]
    while before and before[-1].text in _DEGREE:
        before.pop()
    if len(before) < 2 or not (before[-1].text in _COPULAS or before[-1].code == "C"):
        return False
    subject = before[-2]
    return subject.text in _ROLES or role(subject)
