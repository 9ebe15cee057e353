"""A Spanish question that asks the reader to agree, read as the claim it puts (`hate_reread`):
"¿No es verdad que los X son ...?", "¿A que los X son ...?" as "Los X son ...". The
question is no doubt raised but the claim offered as known; "No es verdad que ..." said flat
is a denial and stays one, since only a sentence closed by "?" is read."""

from __future__ import annotations

import re

# The agreeing opener, then the claim up to the closing question mark(s).
_ASKED_TRUE = re.compile(
    r"^¿?\s*(?:(?:y|pero|pues|entonces|o sea),?\s+)?"
    r"(?:(?:no|acaso no) (?:es|era|seria) (?:verdad|cierto|obvio|evidente)|"
    r"a que (?:s[ií] )?(?:es (?:verdad|cierto) )?)\s+que\s+"
    r"(?P<claim>[^?¿]+?)\s*\?+\s*$",
    re.IGNORECASE,
)
_A_QUE = re.compile(r"^¿?\s*a que\s+(?P<claim>[^?¿]+?)\s*\?+\s*$", re.IGNORECASE)
# The writer's own answer denying it right after ("¿No es verdad que ...? Pues no."), or
# calling it a myth or a lie: the question was asked to be refuted.
_ANSWERED_NO = re.compile(
    r"^\s*(?:(?:pues|claro|obvio|spoiler|respuesta)\W+)*(?:no\b|para nada|claro que no|"
    r"falso|mentira|es (?:un|una) (?:mito|mentira|estereotipo|prejuicio)|nada que ver|"
    r"(?:eso )?es racis)",
    re.IGNORECASE,
)


def asked_true_es(said: str, after: str) -> tuple[str, int] | None:
    """The sentence `said`, a question asking agreement with a claim, as the claim alone
    ("¿No es verdad que los X roban?" as "Los X roban."), and where the claim starts in
    `said`; None for any other sentence, or when the writer's next words (`after`) deny it."""
    if "que" not in said.lower():
        return None
    m = _ASKED_TRUE.match(said) or _A_QUE.match(said)
    if m is None or _ANSWERED_NO.match(after):
        return None
    claim = m["claim"].strip(" ,")
    if not claim:
        return None
    return claim[:1].upper() + claim[1:] + ".", m.start("claim")
