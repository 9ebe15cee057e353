"""Frames the writer vouches for ("the theory that ... is true", "Calling X Y is the truth",
"nothing wrong with calling ..."): the framed words are the writer's claim, not a report.
"""

from __future__ import annotations

from collections.abc import Callable

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context.words import CONTRAST, NEGATIONS, sentence_initial

FRAME_ARTICLES = frozenset(
    {"the", "that", "this", "these", "those", "el", "la", "los", "las", "ese", "esa", "este",
     "esta", "esos", "esas", "estos", "estas"}
)  # fmt: skip


TRUE_WORDS = frozenset(
    {"true", "correct", "right", "real", "a fact", "fact", "cierto", "cierta", "ciertos",
     "ciertas", "verdad", "la verdad", "reales", "correcto", "correcta", "un hecho"}
)  # fmt: skip


def noun_frame_affirmed(an: Analysis, k: int) -> bool:
    """A noun frame ("the theory that", "la idea de que") whose clause goes on to call the
    claim true ("... is true", "... es cierta"), with no negation: the frame is the subject of
    the writer's own verdict, so it reports nothing."""
    words = an.units[k].text.split()
    if words[0] not in FRAME_ARTICLES or words[-1] not in ("that", "que"):
        return False
    return _called_true_after(an, k, lambda rest: any(x.text in TRUE_WORDS for x in rest[:2]))


def _called_true_after(
    an: Analysis, k: int, true_after_copula: Callable[[list[Unit]], bool]
) -> bool:
    """The sentence after the frame at k reaches a copula whose rest `true_after_copula` calls
    true, with no negation before it: the writer's verdict on the framed words."""
    sentence = an.units[k].sentence
    run = [u for u in an.units[k + 1 :] if u.sentence == sentence]
    for j, u in enumerate(run):
        if u.code == "N" or u.text in NEGATIONS:
            return False
        if u.code == "C" and true_after_copula(run[j + 1 :]):
            return True
    return False


# Words that call a naming or a saying right ("Calling X Y is just the truth", "Llamar Y a
# los X es lo correcto"), and the fillers allowed between the copula and them.
_AFFIRMING = TRUE_WORDS | {
    "truth", "the truth", "lo correcto", "accurate", "fair", "honest", "honesto", "justo",
    "exacto", "facts", "just facts", "lo justo",
}  # fmt: skip


_AFFIRM_FILLERS = frozenset(
    {"just", "simply", "only", "merely", "plain", "solo", "simplemente", "decir", "llamar",
     "being", "ser", "telling", "the", "la", "lo", "perfectly", "totally", "completely",
     "entirely", "absolutely", "perfectamente", "totalmente", "completamente"}
)  # fmt: skip


# Frames that can stand as the subject of a sentence: a naming or a saying ("Calling ...",
# "Llamar ...", "Saying that ...", "Decir que ...").
_SUBJECT_FRAMES = frozenset(
    {"calling", "saying", "saying that", "to say", "to call", "referring to", "describing",
     "llamar", "decir", "decir que", "referirse a", "describir a", "tratar", "llamarles",
     "llamarlos", "llamarlas"}
)  # fmt: skip


def subject_frame_affirmed(an: Analysis, k: int) -> bool:
    """A naming or saying that opens its sentence as its subject and is then called right
    with no negation ("Calling X Y is just the truth", "Llamar Y a los X es lo correcto"): the
    writer vouches for the words, so they report nothing. "..., is wrong; the truth is"
    does not count: the verdict must follow the copula."""
    if an.units[k].text not in _SUBJECT_FRAMES or not sentence_initial(an, k):
        return False
    if _called_true_after(an, k, _affirmed):
        return True
    if not an.units[k].text.startswith(_NAMING_FRAMES):
        return False
    return _called_true_after(an, k, _approved) or _approved_after(an, k)


def _affirmed(rest: list[Unit]) -> bool:
    """After the copula, an affirming word behind fillers only ("is just the truth")."""
    for x in rest:
        if x.text in _AFFIRMING:
            return True
        if x.text not in _AFFIRM_FILLERS:
            return False
    return False


# Namings (not sayings: "Saying it would be a good thing if ... is monstrous" calls the
# saying nothing) may also be approved: "Calling X Y is fine", "... es lo correcto".
_NAMING_FRAMES = ("calling", "to call", "llamar")


def _approved(rest: list[Unit]) -> bool:
    """After the copula, a word of approval behind fillers only ("is perfectly fine")."""
    for x in rest:
        if x.code == "J" and x.text not in _NOT_APPROVAL:
            return True
        if x.text not in _AFFIRM_FILLERS:
            return False
    return False


# Words of the approval class (J) that do not call an act right: "Calling X Y is legal".
_NOT_APPROVAL = frozenset({"legal"})


# Approval that needs no copula before it ("Llamar Y a los X está bien", "... no tiene nada de
# malo").
_APPROVAL_UNITS = frozenset({"esta bien", "no tiene nada de malo", "no tiene nada malo"})


def _approved_after(an: Analysis, k: int) -> bool:
    """The naming or saying at k is followed in its sentence by an approval that stands
    without a copula, with no negation or "but" before it."""
    sentence = an.units[k].sentence
    for u in an.units[k + 1 :]:
        if u.sentence != sentence or u.text in CONTRAST:
            return False
        if u.text in _APPROVAL_UNITS:
            return True
        if u.code == "N" or u.text in NEGATIONS:
            return False
    return False


# An approval of the naming or saying that follows it ("There's nothing wrong with calling X
# Y", "No veo nada de malo en llamar Y a los X", "I don't see anything wrong with calling"):
# the writer vouches for the name, which reports nothing.
_APPROVAL_BEFORE = frozenset(
    {"nothing wrong with", "nada de malo en", "no hay nada de malo en", "nothing bad about",
     "no problem with", "no problem calling", "nada malo en"}
)  # fmt: skip


_ANY_WRONG = frozenset({"anything wrong with", "anything bad about", "any problem with"})


_NAMING_STEMS = ("call", "llam", "say", "decir", "refer", "describ")


def naming_vouched(an: Analysis, k: int) -> bool:
    """The naming frame at k is vouched for by the writer: it opens its sentence and is
    called right or fine after it, or an approval ("nothing wrong with") comes before it."""
    return subject_frame_affirmed(an, k) or naming_approved(an, k)


def naming_approved(an: Analysis, k: int) -> bool:
    """The naming frame at k follows an approval of it in its sentence: "nothing wrong with
    calling", or "anything wrong with calling" after a negation ("I don't see anything wrong
    with calling"). "Is there anything wrong with calling ...?" asks and approves nothing."""
    u = an.units[k]
    if not u.text.split()[0].startswith(_NAMING_STEMS) or k == 0:
        return False
    before = an.units[k - 1]
    if before.sentence != u.sentence:
        return False
    if before.text in _APPROVAL_BEFORE:
        # Spanish negative concord: "no veo nada de malo en", "no hay nada de malo en"
        return an.lang == "es" or not _negation_in_last(an, k - 1, 3)
    if before.text in _ANY_WRONG:
        return _negation_in_last(an, k - 1, 4)
    return False


def _negation_in_last(an: Analysis, k: int, n: int) -> bool:
    """A negation among the `n` units before unit k, in k's sentence."""
    sentence = an.units[k].sentence
    return any(
        x.code == "N" or x.text in NEGATIONS
        for x in an.units[max(0, k - n) : k]
        if x.sentence == sentence
    )
