"""The reader judged for belonging to a group: "You're stupid because you're a woman", "You're
not welcome here because you're a woman", "No eres inteligente por ser mujer". A fault said, or
a worth or welcome denied, with the group as its reason is abuse for belonging (`hate.directed`).
So is a person's place or success put down to the group alone ("You're only here because you're
a woman", "Solo la contrataron porque es indígena", or with the merit denied after it: "She got
the job because she's black, not because she's qualified"): held, since it may be a clumsy
complaint.

Passed: the fault denied ("You're not stupid because you're a woman"), a second reason that
takes the group's place ("..., you're wrong because your numbers are off", "sino porque
estudias"), a question, a report or a quotation, and a reason that names no protected group.
"""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules import Hit
from moderation.policy.rules.context import is_question, suppressed
from moderation.policy.rules.hate.guards import _hit
from moderation.policy.rules.hate.words import CLEAR, HOLD

_BECAUSE = frozenset({"because", "just because", "cause", "porque", "solo porque"})
# "for being a woman", "por ser mujer": the preposition before the copula of the reason.
_FOR = frozenset({"for", "por"})


# Another person as the subject of the reason ("because she's a woman", "porque es mujer").
_THIRD = frozenset({"he", "she"})


def _reason_start(an: Analysis, g: int, *, others: bool = False) -> int | None:
    """The unit that opens the reason the group word at `g` closes: "because you are (a)",
    "porque eres (una)" (the verb holds the "you"), "for being (a)", "por ser"; with `others`,
    also a third person's "because she is (a)", "porque es (una)"."""
    units = an.units
    k = g - 1
    while k >= 1 and units[k].code == "A" and units[k].sentence == units[g].sentence:
        k -= 1
    if k < 1 or units[k - 1].sentence != units[g].sentence:
        return None
    verb, before = units[k], units[k - 1]
    if verb.text in ("being", "ser") and before.text in _FOR:
        return k - 1
    if verb.code == "U" and before.text in _BECAUSE:
        return k - 1
    if verb.code == "C" and before.code == "U" and k >= 2 and units[k - 2].text in _BECAUSE:
        return k - 2
    if others and verb.code == "C" and before.text in _BECAUSE and an.lang == "es":
        # "porque es mujer": one person; "porque son refugiados" may give a people's cause
        return k - 1 if verb.text.split()[0] in ("es", "era") else None
    if others and verb.code == "C" and before.text in _THIRD and units[k - 2].text in _BECAUSE:
        return k - 2
    return None


def _judged(clause: list[Unit]) -> bool:
    """The clause before the reason says the reader has a fault ("you're stupid", "you're not
    welcome") or denies a good ("you're not smart", "no eres inteligente"); a denied fault
    ("you're not stupid because ...") refuses the group as the reason."""
    if not any(u.code == "U" for u in clause):
        return False
    negated = any(u.code == "N" for u in clause)
    if any(u.code == "X" for u in clause):
        return not negated
    return negated and any(u.code == "P" for u in clause)


# "only" and a place or a success it belittles ("you're only here", "she only got the job",
# "solo te contrataron", "solo estás aquí").
_ONLY = frozenset({"only", "just", "solo", "solamente", "unicamente", "nada mas", "nomas"})
_PLACE_OR_SUCCESS = frozenset(
    {"here", "there", "hired", "promoted", "elected", "admitted", "accepted", "job", "position",
     "team", "role", "promotion", "scholarship", "seat", "award", "aqui", "ahi", "contrataron",
     "contrato", "ascendieron", "eligieron", "admitieron", "aceptaron", "trabajo", "puesto",
     "beca", "chamba", "cargo", "premio", "plaza"}
)  # fmt: skip
# The writer's own place ("I'm only here because I'm a nurse") is no put-down of another.
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "yo", "mi", "estoy", "soy"})


def _put_down(clause: list[Unit], *, merit_denied: bool = False) -> bool:
    """The clause before the reason says another person's place or success is owed to it
    alone: "only" (or a merit denied after the reason) with a place or success, no negation
    ("not only here because ..."), and the writer not its subject."""
    words = {u.text for u in clause}
    return (
        (merit_denied or bool(words & _ONLY))
        and bool(words & _PLACE_OR_SUCCESS)
        and not words & _FIRST_PERSON
        and not any(u.code == "N" for u in clause)
    )


# What a place is earned by, denied after the group's reason ("not because she's qualified",
# "not because of her grades", "not because he earned it").
_MERIT = frozenset(
    {"qualified", "earned", "deserved", "deserves", "merit", "grades", "skills", "skill",
     "competent", "capable", "talent", "talented", "experience", "record", "best", "smart",
     "work", "able", "cualificada", "cualificado", "capaz", "merito", "merece", "sabe"}
)  # fmt: skip
# A race named by its colour ("because she's black"): no group word alone, since the colour
# names paint and clothes too, but after "because she's" in a put-down it names the person.
_COLOURS = frozenset({"black", "brown", "white", "negra", "negro", "morena", "moreno"})


def _merit_denied_after(an: Analysis, g: int) -> bool:
    """A "not because" right after the group's reason, in its sentence or the next, denies the
    person a merit ("..., not because she's qualified"): the group is left as the only reason."""
    units = an.units
    last = units[g].sentence + 1
    for k in range(g + 1, len(units)):
        u = units[k]
        if u.sentence > last:
            return False
        if u.text in _BECAUSE:
            if units[k - 1].code != "N":
                return False
            after = units[k + 1 : k + 6]
            return any(v.code == "P" or v.text in _MERIT for v in after if v.sentence == u.sentence)
    return False


def _reasons(an: Analysis) -> list[int]:
    """The units that may close a reason: group words, and a colour word right after a third
    person's "because she is" ("because he's brown")."""
    found = [g for g in an.by_class.get("G", ()) if an.units[g].code == "G"]
    for u in an.units:
        k = u.index
        if (
            u.text in _COLOURS
            and k >= 3
            and an.units[k - 1].code == "C"
            and an.units[k - 2].text in _THIRD
            and an.units[k - 3].text in _BECAUSE
        ):
            found.append(k)
    return sorted(found)


def _other_reason_after(an: Analysis, g: int) -> bool:
    """Another "because" after the group, in its sentence or the next: the writer gives the
    real reason, so the group was named to be refused ("..., but because you work hard")."""
    last = an.units[g].sentence + 1
    for u in an.units[g + 1 :]:
        if u.sentence > last:
            return False
        if u.text in _BECAUSE or u.text.startswith(("but because", "sino")):
            return True
    return False


def judged_for_group(an: Analysis) -> list[Hit]:
    """The reader called a fault or denied worth with a protected group as the reason."""
    for g in _reasons(an):
        start = _reason_start(an, g, others=True)
        if start is None:
            continue
        clause = [v for v in an.sentence_run(g) if v.index < start]
        merit_denied = _merit_denied_after(an, g)
        if not clause or is_question(an, g) or (_other_reason_after(an, g) and not merit_denied):
            continue
        judged = _reason_start(an, g) is not None and _judged(clause)
        if not judged and not _put_down(clause, merit_denied=merit_denied):
            continue
        first = clause[0].index
        if suppressed(an, first, g):
            continue
        if merit_denied and any(v.has("report") for v in clause):
            continue  # "Critics claimed she was hired because ..., not because ...": reported
        if judged:
            return [_hit(an, "hate.directed", CLEAR, first, g, "the reader judged for a group")]
        why = "a place or success put down to a group"
        return [_hit(an, "hate.directed", HOLD, first, g, why)]
    return []
