"""Lines of `hate.generalised` held up rather than said: called a stereotype, a myth or racist,
attributed ("people say"), quoted, reported, denied or refuted (`context.suppressed`,
`hate_shapes._condemned`). A disclaimer that introduces the claim ("no lo digo por racista,
pero ...") is neither: the comment is read again without it.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, analyse
from moderation.policy.rules.context import suppressed
from moderation.policy.rules.hate_generalised.finder import find
from moderation.policy.rules.hate_generalised.frame import DISCLAIM_ES
from moderation.policy.rules.hate_shapes import condemned

# The line held up as someone's claim, a stereotype or a myth.
_HELD_UP = re.compile(
    r"\b(?:stereotypes?|myths?|tropes?|prejudice|generaliz\w+|generalis\w+|estereotipos?|"
    r"mitos?|prejuicios?|generaliza\w*|racist\w*|racism|bigot\w*|xenophob\w*|racista|"
    r"racismo|xenofob\w*|said no one|said nobody|is what \S+ (?:say|says|said|think|thinks|"
    r"believe|believes)|that is what \S+ (?:say|says|said|think|thinks)|(?:people|they|some) "
    r"(?:say|claim|think)|or so (?:they|he|she|people) (?:say|said|claim)|supposedly|"
    r"dicen que|segun (?:ellos|el|ella|mi)|eso dicen)\b"
)
_NOT_HELD_UP = re.compile(
    r"\b(?:not|no|is not|isnt|ni) (?:a |an |un |una |just )?(?:stereotype|myth|prejudice|"
    r"estereotipo|mito|prejuicio|racist|racista|racism|racismo)\b|"
    r"\b(?:i am|im) not (?:a )?(?:racist|bigot)|\bno soy racista\b|\bcall me (?:a )?racist|"
    r"\bno (?:lo )?digo (?:esto )?(?:por|de) (?:ser )?racista|\bno es (?:por )?(?:ser )?"
    r"(?:racista|racismo)|\bsin ser racista|\bnot (?:being|to be|trying to be) racist"
)

# The disclaimer as it stands in the comment, ending just before the claim it introduces.
_DISCLAIMER = re.compile(
    rf"\b{DISCLAIM_ES}(?: (?:todos|todas|casi todos|la mayoria de))?"
    r"(?: (?:los|las|estos|estas|esos|esas))?$"
)


# "No lo digo por racista", "no es por ser machista", "a mí no me digan homofóbico" anywhere
# in the comment, up to the clause's end.
_DISCLAIM_ANY = re.compile(
    r"\b(?:no (?:lo )?digo (?:esto )?(?:por|de) (?:ser )?|no es (?:por )?(?:ser )?|no soy |"
    r"sin ser |sin (?:animo|intencion) de ser |a mi no me (?:digan|llamen) |que conste que no soy )"
    r"(?:racist\w*|machist\w*|homofob\w*|xenofob\w*|racismo|machismo|homofobia|xenofobia|"
    r"clasista|transfob\w*)\b(?: ni \w+)?(?: ,)?(?: pero\b)?"
)


def _held_up(an: Analysis, first: int, last: int) -> bool:
    """The comment calls such lines a stereotype, a myth or racist, attributes them, or
    discusses figures with a source; or the words are quoted, reported, denied or refuted.
    A disclaimer that introduces the claim ("no lo digo por racista, pero los X ...") is
    neither a negation of it nor counter-speech."""
    folded = an.norm.text
    if _DISCLAIM_ANY.search(folded):
        return _held_up_without_disclaimer(an, _DISCLAIM_ANY.sub(" ", folded))
    if _HELD_UP.search(folded):
        spans = [m.span() for m in _NOT_HELD_UP.finditer(folded)]
        if any(not any(a <= h.start() <= b for a, b in spans) for h in _HELD_UP.finditer(folded)):
            return True
    if any(u.quoted for u in an.units[first : last + 1]):
        return True
    sentence = an.sentence_run(first)
    lead = " ".join(u.text for u in sentence if u.index < first)
    if lead and _DISCLAIMER.search(lead):
        but = max(u.index for u in sentence if u.index < first and u.text.endswith("pero"))
        text = an.norm.text
        return _held_up_without_disclaimer(
            an, text[: sentence[0].start] + text[an.units[but + 1].start :]
        )
    return suppressed(an, first, last) or condemned(an, first, last)


def _held_up_without_disclaimer(an: Analysis, text: str) -> bool:
    """Every claim is held up in the comment read again without its disclaimer (`text`): the
    disclaimer's "no" and "racista" are the writer's cover for the claim, not a denial or a
    condemnation of it."""
    again = analyse(text, an.lang)
    return all(_held_up(again, a, b) for a, b, _, _ in find(again))
