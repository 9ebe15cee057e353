"""Hatred of a group as the subject of a verdict of approval ("Odiar a los X es lo más natural
del mundo", "Despising X is perfectly normal"): the writer holds the hatred right, so it is the
writer's own, though no "I" says it."""

from __future__ import annotations

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit
from moderation.policy.rules.context import is_question, suppressed
from moderation.policy.rules.hate.guards import _hit
from moderation.policy.rules.hate.words import CLEAR

# Infinitives and gerunds of hatred that can open a sentence as its subject.
_HATRED = frozenset({"odiar", "despreciar", "detestar", "aborrecer", "hating", "despising",
                     "loathing", "detesting"})  # fmt: skip
# What may stand between the verb and the group: the personal "a", articles, "all".
_LINKS = frozenset({"a", "a los", "a las", "los", "las", "all", "the", "all the", "a todos los",
                    "a todas las", "todos los", "todas las"})  # fmt: skip
_COPULA = frozenset({"es", "esta", "resulta", "parece", "seria", "is", "seems", "feels",
                     "would be", "was"})  # fmt: skip
# Degree words before the verdict ("lo más natural", "perfectly normal", "only natural").
_DEGREE = frozenset({"lo", "mas", "lo mas", "de lo mas", "muy", "bastante", "totalmente",
                     "completamente", "perfectamente", "only", "perfectly", "totally",
                     "completely", "entirely", "just", "simply", "quite", "so", "very",
                     "simplemente", "solo", "algo", "something"})  # fmt: skip
_APPROVAL = frozenset({"natural", "normal", "sano", "sana", "saludable", "logico", "logica",
                       "justificado", "justificada", "justo", "correcto", "lo correcto",
                       "necesario", "un deber", "patriotico", "healthy", "logical", "justified",
                       "right", "necessary", "reasonable", "razonable", "patriotic",
                       "common sense", "sentido comun"})  # fmt: skip


def approved_hatred(an: Analysis) -> list[Hit]:
    """The sentence opens with an infinitive or gerund of hatred, its object a named group,
    then a copula and a word of approval with no negation between: not a question, not quoted
    or reported."""
    for u in an.units:
        if u.text not in _HATRED:
            continue
        run = an.sentence_run(u.index)
        if not run or run[0].index != u.index:
            continue
        rest = [x for x in run if x.index > u.index]
        k = 0
        while k < len(rest) and rest[k].text in _LINKS:
            k += 1
        if k >= len(rest) or rest[k].code != "G":
            continue
        g = rest[k].index
        k += 1
        if k < len(rest) and _copula_and_approval(rest[k].text):
            k += 1  # "está justificado" read as one unit of approval
            last = rest[k - 1].index
            if is_question(an, u.index) or suppressed(an, u.index, g):
                continue
            return [_hit(an, "hate.emotion", CLEAR, u.index, last, "hatred of a group held right")]
        if k >= len(rest) or rest[k].text not in _COPULA:
            continue
        k += 1
        while k < len(rest) and rest[k].text in _DEGREE:
            k += 1
        if k >= len(rest) or rest[k].text not in _APPROVAL:
            continue
        last = rest[k].index
        if is_question(an, u.index) or suppressed(an, u.index, g):
            continue
        return [_hit(an, "hate.emotion", CLEAR, u.index, last, "hatred of a group held right")]
    return []


def _copula_and_approval(text: str) -> bool:
    """One lexicon unit that is a copula, degree words and approval ("esta justificado",
    "esta totalmente justificado")."""
    words = text.split()
    return (
        len(words) >= 2
        and words[0] in _COPULA
        and words[-1] in _APPROVAL
        and all(w in _DEGREE for w in words[1:-1])
    )


def hatred_is_subject(an: Analysis, g: int) -> bool:
    """The group at g is the object of an infinitive or gerund of hatred that opens its sentence
    ("Odiar a los X no es normal"): what follows is said of the hatred, not of the group."""
    run = an.sentence_run(g)
    if not run or run[0].text not in _HATRED:
        return False
    return all(x.text in _LINKS for x in run[1:] if x.index < g)
