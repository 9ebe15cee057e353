"""A bigotry label fended off for saying a line, with the line after it ("A uno le dicen
racista por decir que los X roban", "Me llamaron racista por decir que los X roban, y es
verdad"), read as the line (`hate_reread`, hold only): the writer complains of the label and
keeps the line. Said of anyone ("a uno", "te", "nos") in the present it needs nothing more;
said of one time ("me llamaron") it needs the writer to vouch for the line right after. A
line the writer then grants was wrong ("y tenían razón") stays a report."""

from __future__ import annotations

import re

_LABEL = (
    r"(?:racist[ao]s?|xen[oó]fob[ao]s?|homof[oó]b[ao]s?|transf[oó]b[ao]s?|machistas?|"
    r"clasistas?|intolerantes?|islamof[oó]b[ao]s?|antisemitas?|fach[ao]s?|nazis?)"
)
# The call and the saying it is made for, then the line: "a uno le dicen racista por decir
# que", "te llaman xenófobo nomás por decir la verdad:", "me acusaron de racista por decir que".
_FENDED_SAYING = re.compile(
    r"^(?:(?:y|pues|bueno|ahora|ahora resulta que|hoy|hoy en d[ií]a|ya|es que|claro|total),?\s+)*"
    r"(?P<who>(?:a uno|uno|a ti|a nosotros|a cualquiera)\s+)?(?:(?:ya|luego|hasta)\s+)?"
    r"(?P<obj>le|te|nos|me)\s+"
    r"(?P<v>dicen|llaman|tachan de|tildan de|acusan de|dijeron|llamaron|tacharon de|"
    r"tildaron de|acusaron de)\s+(?:un |una )?"
    rf"{_LABEL}\s+(?:(?:solo|s[oó]lo|nom[aá]s|nada m[aá]s)\s+)?por\s+"
    r"(?:(?:solo|s[oó]lo|nom[aá]s)\s+)?(?:decir|opinar|comentar|pensar|afirmar|se[nñ]alar)\s+"
    r"(?:que\s+|(?:la verdad|lo obvio|las cosas como son|algo|esto|lo siguiente)\s*[:,]\s*)"
    r"(?P<claim>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# The writer vouching for the line ("es verdad", "es la pura verdad", "lo sostengo"); "tienen
# razón" would grant it to those who gave the label.
_VOUCH = (
    r"(?:(?:es|era) (?:la (?:pura |mera )?|toda la )?verdad|es cierto|es un hecho|"
    r"lo sostengo|lo repito|lo mantengo|no me arrepiento)\b"
)
_NOW = frozenset({"dicen", "llaman", "tachan de", "tildan de", "acusan de"})
# The line vouched for at its end ("..., y es verdad", "pero es la pura verdad").
_VOUCHED_IN = re.compile(rf"\s*[,;]?\s*(?:(?:y|e|pero)\s+)?{_VOUCH}\s*[.!]*\s*$", re.IGNORECASE)
_VOUCHED_NEXT = re.compile(rf"^\s*(?:(?:y|pero|e),?\s+)?{_VOUCH}", re.IGNORECASE)
# The line turned or asked inside the sentence, or the label granted after it.
_HELD_APART = re.compile(r"[\"'«»“”‘’;?¿]|\b(?:pero|sino|aunque)\b", re.IGNORECASE)
_GRANTED = re.compile(
    r"\b(?:raz[oó]n|equivoqu\w*|equivocad[oa]s?|aprend\w*|arrepient\w*|perd[oó]n|disculp\w*|"
    r"verg[uü]enza|no (?:es|era) (?:verdad|cierto|as[ií])|mentira|falso|mito|prejuicio)\b",
    re.IGNORECASE,
)


def said_for_label_es(said: str, after: str) -> tuple[str, int] | None:
    """The sentence `said` read as the line its fended label was given for, with where the
    line starts in `said`; None when it is no such sentence, the call is one person's quarrel
    ("a mi hijo le dicen"), a past call is not vouched for, or the line is granted wrong."""
    m = _FENDED_SAYING.match(said)
    if m is None or (m["obj"].lower() == "le" and not m["who"]):
        return None
    claim = m["claim"]
    if _GRANTED.search(claim) or _GRANTED.search(after):
        return None
    vouched = _VOUCHED_IN.search(claim)
    if vouched is not None:
        claim = claim[: vouched.start()]
    claim = claim.rstrip(" ,.!")
    now = m["v"].lower() in _NOW and m["obj"].lower() != "me"
    if not (now or vouched is not None or _VOUCHED_NEXT.match(after)):
        return None
    if not claim or _HELD_APART.search(claim):
        return None
    return claim[:1].upper() + claim[1:] + ".", m.start("claim")
