"""A denial of belonging bound to a legal step later in its clause ("X will never be Americans in
the eyes of the law unless they naturalize", "no serán españoles hasta que obtengan la
ciudadanía"): a statement of the law's condition, not a verdict on the group."""

from __future__ import annotations

import re

# "unless" and its kin, a few words after the denial and in the same clause, then a legal step
# within the condition.
_LEGAL_CONDITION = re.compile(
    r"^(?:\s+[^\s,;.!?]+){0,8}?\s+(?:unless|until|except if|a menos que|hasta que|salvo que|"
    r"excepto si|mientras no)\s+(?:[^\s,;.!?]+\s+){0,5}?"
    r"(?:naturali[sz]\w*|citizenship|citizens?|green cards?|papers|visas?|residency|legal "
    r"status|(?:take|took|swear|sworn) the oath|apply|applied|register\w*|"
    r"ciudadan\w+|naturalic\w*|naturaliz\w*|papeles|residencia|visas?|nacionalidad|"
    r"juramento|tramit\w+|registr\w+|legaliz\w+|regulari[cz]\w+)\b"
)


def legal_condition_after(text: str, end: int) -> bool:
    """A legal condition ("unless they naturalize") follows `end` in the normalised text,
    within its clause."""
    return bool(_LEGAL_CONDITION.match(text[end : end + 160]))
