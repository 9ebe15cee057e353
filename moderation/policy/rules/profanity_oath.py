"""A curse said as an oath at the head of a sentence (clause `profanity`): "Fuck the refs",
"Fuck this heat", "fuck la migra", "Hijos de su puta madre, otra vez subió la luz".

`profanity.excessive` counts swear words and lets one pass, which is right for a word said for
emphasis ("Fuck yeah, what a goal!", "this fucking bridge"). A sentence that opens on "fuck"
and names what it damns, or on "hijos de puta" hailed at whoever is to blame, is no emphasis:
the curse is the whole sentence. It holds (a moderator judges the target), never rejects.

What passes: the word quoted or reported ('he yelled "fuck the police"', "I told him to fuck
off"), "fuck it" and "fuck yeah", a mild word ("damn this heat"), and the word anywhere but
at the head of its sentence.
"""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context.words import next_in_sentence
from moderation.policy.rules.profanity_institution import curse_alone, institution_at
from moderation.policy.types import Category, Submission

# The oath and what it damns next: a determiner, a pronoun of people, "every"/"all".
_OATH_EN = frozenset({"fuck", "fuck all", "fuck every", "fuck you all"})
_DAMNED_EN = frozenset(
    {"the", "this", "these", "those", "that", "every", "all", "them", "em", "your", "his", "her",
     "their", "everyone", "everybody", "everything", "whoever", "anyone", "anybody",
     "el", "la", "los", "las", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas",
     "todos", "todas", "tu", "tus", "su", "sus"}
)  # fmt: skip
# Spanish curses that hail whoever is to blame when they open a sentence alone.
_OATH_ES = frozenset(
    {"hijos de puta", "hijos de su puta madre", "hijos de la gran puta", "hijos de perra",
     "hijos de la chingada", "hijos de su madre"}
)  # fmt: skip
_CLOSING = frozenset(",!.;:")
# Those an oath damns in counter-speech, which the hate tests keep approved.
_ABUSERS = frozenset({"trolls", "haters", "racists", "bigots", "nazis"})


def _opens_sentence(an: Analysis, u: Unit) -> bool:
    k = u.index
    return k == 0 or an.units[k - 1].sentence != u.sentence


def _oath_en(an: Analysis, u: Unit) -> bool:
    """'Fuck the refs', 'Fuck this heat': the oath names what it damns."""
    if u.text not in _OATH_EN:
        return False
    if u.text != "fuck":
        return True  # "fuck all of you", "fuck every ...": the object is part of the unit
    nxt = next_in_sentence(an, u)
    if nxt is None:
        return False
    head, _, rest = nxt.text.partition(" ")
    if rest and head in _DAMNED_EN:
        obj: Unit | None = nxt  # "Fuck the judge": the determiner read with its noun, one unit
        at = nxt.start + len(head) + 1
    elif nxt.text in _DAMNED_EN:
        obj = next_in_sentence(an, nxt)
        at = obj.start if obj is not None else 0
    else:
        return False
    if obj is not None and institution_at(an, at) and curse_alone(an, u.start, u.end):
        return False  # "Fuck the police", "fuck la migra": a body sworn at once, as "Fuck ICE"
    return (
        obj is None or obj.text not in _ABUSERS
    )  # "Fuck the trolls, X are welcome": counter-speech


def _hailed_es(an: Analysis, u: Unit, text: str) -> bool:
    """'Hijos de su puta madre, otra vez ...': the curse alone before a comma or a stop."""
    if u.text not in _OATH_ES:
        return False
    end = an.span(u.index, u.index)[1]
    rest = text[end:].lstrip()
    return not rest or rest[0] in _CLOSING


@rule("profanity.oath", Category.PROFANITY)
def oath(an: Analysis, sub: Submission) -> list[Hit]:
    """A curse opening its sentence and naming what it damns, or hailing whoever is to blame."""
    text = an.norm.original
    for u in an.units:
        if u.quoted or not _opens_sentence(an, u):
            continue
        if _oath_en(an, u) or _hailed_es(an, u, text):
            return [Hit("profanity.oath", 0.7, (an.span(u.index, u.index),),
                        "a curse said as an oath")]  # fmt: skip
    return []
