"""A predicate said under a condition, not of the group as a whole: "Women should stay home if
they are sick" ("sick" is the condition, and staying home is advice for anyone who is ill),
"las mujeres deberían quedarse en casa si están enfermas".

Read by `hate.derogation` and `hate.broad`. A condition that is itself the charge ("X should
leave if they hate it here") is not covered: only a passing state inside the if-clause, or a
stay-home predicate whose condition is an illness."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

_IF = frozenset({"if", "when", "whenever", "unless", "si", "cuando", "mientras"})
# Passing states, not what anyone is: "if they are sick" advises, "if they are X" of an essence
# would still be a claim.
_PASSING = frozenset({"sick", "ill", "unwell", "contagious", "tired", "drunk", "hungry",
                      "injured", "hurt", "pregnant", "late", "enfermos", "enfermas", "cansados",
                      "cansadas", "borrachos", "borrachas", "heridos", "heridas",
                      "embarazadas", "contagiosos", "contagiosas"})  # fmt: skip
_THEY = frozenset({"they", "they're", "theyre", "ellos", "ellas"})  # the group's pronoun
# An illness after "if/si": the advice is for anyone who is ill.
_ILL_AFTER = re.compile(
    r"\s*,?\s*(?:if|when|si|cuando)\s+(?:they(?:'re| are| get| feel)|ellas? (?:estan|se sienten)|"
    r"estan|se sienten|se enferman|tienen)\s+(?:\w+\s+)?(?:sick|ill|unwell|contagious|"
    r"enferm\w*|con (?:fiebre|gripa|gripe|covid|tos)|fiebre|gripa|gripe|covid|contagios\w*)\b"
)


def said_under_a_condition(an: Analysis, g: int, pred: Unit) -> bool:
    """The predicate is a passing state (ill, tired, drunk) inside an if-clause whose subject
    is the group's pronoun, or a predicate of staying home is conditioned on an illness."""
    units = an.units
    if pred.text in _PASSING and units[g].text in _THEY and g > 0 and units[g - 1].text in _IF:
        return True  # "Women should stay home if they are sick": "they" opens the condition
    return pred.code == "Z" and _ILL_AFTER.match(an.norm.text, pred.end) is not None
