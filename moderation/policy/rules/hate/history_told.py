"""A group's exclusion told as history: "Growing up, Black families were not welcome in this
neighborhood", "Jews were not allowed at the country club back then". The past copula makes it
an account of what was done to them, the reading `hate.negated_positive` and `hate.broad`
already give their past tenses; a present or future said after it ("... and never will be",
"still aren't") keeps the exclusion the writer's own. So is a charge once laid on a group in a
past passive of saying ("Polish immigrants in 1920 were said to be criminals"), unless the
writer vouches for it after ("... and they are", "for a reason")."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.hate.words import EXCLUSION_WORDS, PAST_COPULAS

# Words after the predicate, in its sentence, that carry the exclusion into now (contractions
# come expanded: "won't" is "will not").
_STILL = frozenset(
    {"will", "still", "now", "today", "anymore", "ever", "yet",
     "ahora", "hoy", "siguen", "sigue", "todavia", "aun", "seran", "nunca"}
)  # fmt: skip


def exclusion_told_as_history(an: Analysis, first: int, pred: Unit) -> bool:
    """`pred` denies a group a welcome or leave ("not welcome", "not allowed") and the copula
    between the group and it is past ("were", "was"), with nothing after it carrying it into
    the present."""
    if EXCLUSION_WORDS.isdisjoint(pred.text.split()):
        return False
    if not any(an.units[k].text in PAST_COPULAS for k in range(first, pred.index)):
        return False
    return not carried_into_now(an, pred)


# A past passive of saying, between a group and the charge: "were said to be", "were once
# described as", "was long thought to be".
_SAID_ONCE = re.compile(
    r"\s(?:were|was)\s+(?:(?:once|often|long|widely|commonly|routinely|all|also|always|"
    r"falsely|wrongly)\s+)?(?:said|thought|believed|rumou?red|assumed|claimed|described|"
    r"considered|seen|painted|portrayed|accused)\s+(?:to be|as|of being)\s+(?:\w+\s+){0,2}$"
)
# The writer vouching for the charge after it: "... and they are", "for a reason".
_VOUCHED = re.compile(
    r"\b(?:and (?:they |it )?(?:still |really |truly )?(?:are|were|is)(?=\s*(?:[.,;!]|$))|"
    r"for (?:a|good) reason|rightly|correctly|with reason|which (?:is|was) true|it'?s true|"
    r"they still are)"
)


def charge_told_as_history(an: Analysis, g: int, pred: Unit) -> bool:
    """A charge laid on a group in a past passive of saying right before it ("X were said to
    be criminals"), with nothing after it in its sentence that vouches for it or carries it
    into now."""
    if g >= pred.index or pred.code not in ("X", "D"):
        return False
    text = an.norm.text
    if not _SAID_ONCE.search(text, an.units[g].end, pred.start):
        return False
    end = max(u.end for u in an.units[pred.index :] if u.sentence == pred.sentence)
    return not _VOUCHED.search(text, pred.end, end) and not carried_into_now(an, pred)


def carried_into_now(an: Analysis, pred: Unit) -> bool:
    """A word after the predicate, in its sentence, that says the exclusion holds now or will
    ("... and never will be", "... and they still aren't")."""
    after = (u for u in an.units[pred.index + 1 :] if u.sentence == pred.sentence)
    return any(w in _STILL for u in after for w in u.text.split())


# A Spanish preterite of the third person plural ("encerraron", "metieron", "deportaron"): an
# act told of others, done and over.
_PRETERITE_3PL = ("aron", "ieron", "yeron")
_OBJECT_MARKS = frozenset({"a los", "a las", "a"})


def placement_told_as_history(an: Analysis, g: int, pred: Unit) -> bool:
    """A place a group was put in, told as others' past act with the group as its object ("En
    el 42 encerraron a los japoneses en campos"), or that act judged after a comma (", una
    vergüenza"), with nothing after it carrying it into now or prescribing it ("... y ahí
    deberían seguir")."""
    if an.lang != "es" or g < 2 or pred.index <= g or pred.code not in ("Z", "X"):
        return False
    units = an.units
    if pred.code == "Z" and pred.index > g + 2:
        return False
    if pred.code == "X" and "," not in an.norm.text[units[g].end : pred.start]:
        return False  # "encerraron a los X, que son unos Y": said of them, not of the act
    if units[g - 1].text not in _OBJECT_MARKS:
        return False
    verb = units[g - 2].text.split()[-1]
    if units[g - 2].sentence != pred.sentence or not verb.endswith(_PRETERITE_3PL):
        return False
    after = [u for u in units[g + 1 :] if u.sentence == pred.sentence]
    if after and remembered_after(an.norm.text, pred.end, after[-1].end):
        return True  # "..., nunca hay que olvidarlo": the past is kept in memory, not redone
    return not any(u.code in ("M", "I") for u in after) and not carried_into_now(an, pred)


# A call to remember the act told just before, closing its sentence ("..., nunca hay que
# olvidarlo", "no lo olvidemos", "para que no se repita", "nunca más"): its "nunca" and its
# "hay que" keep the past in memory and carry nothing into now. Only "lo"/"eso"/nothing is
# remembered, so "no hay que olvidar lo que son" is not one.
_REMEMBERED = re.compile(
    r"[,;:]?\s*(?:y\s+|eso\s+|esto\s+)?(?:(?:nunca|jamas|no)\s+(?:hay que|debemos|podemos|"
    r"tenemos que|se debe|se puede)\s+olvidar(?:lo|la|se)?(?:\s+(?:nunca|jamas))?|(?:no|nunca)\s+"
    r"(?:lo|la)\s+olvid(?:emos|en|amos|aremos|o)|hay que recordar(?:lo|la)?|(?:debemos|tenemos "
    r"que)\s+recordar(?:lo|la)|(?:para\s+)?que\s+(?:no|nunca)\s+se\s+(?:olvide|repita|vuelva a "
    r"repetir)|(?:que\s+)?(?:nunca|jamas)\s+se\s+(?:olvide|repita)|nunca\s+mas)[\s.!¡]*$"
)


def remembered_after(text: str, start: int, end: int) -> bool:
    """The words from `start` to `end` are a call to remember what was told before them."""
    return bool(_REMEMBERED.match(text[start:end]))
