"""A people's worth put as a question the writer answers ("¿Un X honrado? Eso no existe.",
"¿Una X trabajadora? Ja, ni en sueños."), read as the answer's claim: "No existe un X
honrado." (`hate_reread`). An answer that grants one ("Claro que existe") is no such claim."""

from __future__ import annotations

import re

# The good words a member is asked or said to lack.
_GOOD = (
    r"honrad[oa]|honest[oa]|decente|trabajador|trabajadora|pac[ií]fic[oa]|limpi[oa]|"
    r"educad[oa]|inteligente|buen[oa]|de fiar|confiable|que trabaje|que no robe|que no mienta|"
    r"que se bañe|que pague (?:sus )?impuestos"
)
# One member with a good word, asked on its own: "¿Un X honrado?", "¿una X que trabaje?",
# or without the article: "¿X honrado?".
_ASKED = re.compile(
    r"^\s*¿?\s*(?:(?P<one>un|una)\s+)?(?P<who>[\wáéíóúñ]+(?:\s+[\wáéíóúñ]+)?)\s+"
    rf"(?P<good>{_GOOD})\s*\?+\s*$",
    re.IGNORECASE,
)
# The writer's answer in the next sentence: none exists, never, a laugh then "no".
_NONE = re.compile(
    r"^\s*(?:(?:ja|je|jaja\w*|jeje\w*|aj[aá]|s[ií],? claro|claro|ya|por favor|pff+|lol)"
    r"[\s,.!]*)*"
    r"(?:eso |esos |esas |ese |esa )?(?:no existe|no existen|no hay|ni existe|ni existen|"
    r"ni en sue[nñ]os|ni en pel[ií]culas|en la vida|jam[aá]s|nunca (?:he visto|vi|conoc[ií])|"
    r"ni de chiste|ni de broma|ni uno|ninguno|ninguna|todav[ií]a lo (?:busco|estoy buscando)|"
    r"av[ií]same cuando (?:lo|la) encuentres|eso es un mito|es un mito|como los unicornios)\b",
    re.IGNORECASE,
)


def worth_denied_es(said: str, after: str) -> tuple[str, int] | None:
    """The question `said` and its answer at the start of `after` read as one plain claim
    ("No existe un X honrado."), with where the asked member starts in `said`; None when the
    sentence is no such question or the answer does not deny that one exists."""
    m = _ASKED.match(said)
    if m is None or _NONE.match(after) is None:
        return None
    good = m["good"]
    one = m["one"] or ("una" if good.lower().endswith("a") else "un")
    return f"No existe {one.lower()} {m['who']} {good}.", m.start("who")


# The same worth denied as a statement, without the question: "Un X honrado no existe.",
# "Una X trabajadora, eso no existe.", "No existe el X honrado." (the question is above).
_STATED = re.compile(
    r"^\s*(?:(?P<one>un|una)\s+(?P<who>[\wáéíóúñ]+(?:\s+[\wáéíóúñ]+)?)\s+"
    rf"(?P<good>{_GOOD}),?\s+(?:eso\s+|es[oa]\s+)?(?:no existe|no existen|ni existe)"
    r"|no existe (?P<the>el|la|un|una|ning[uú]n|ninguna)\s+(?P<who2>[\wáéíóúñ]+(?:\s+[\wáéíóúñ]+)?)"
    rf"\s+(?P<good2>{_GOOD}))\s*[.!]*\s*$",
    re.IGNORECASE,
)


# The statement given to someone else or answered right after ("Eso decía mi abuelo.",
# "Mentira.", "Qué prejuicio.").
_ANSWERED = re.compile(
    r"^\s*(?:(?:y|pero|pues),?\s+)?(?:eso (?:dice|dicen|dec[ií]a|dec[ií]an|dijo|piensa|creen?)\b|"
    r"(?:es )?mentira|(?:es )?falso|(?:qu[eé] )?(?:prejuicio|racis\w*|ignoran\w*)|"
    r"(?:se|te) equivoca\w*|no es (?:verdad|cierto|as[ií]))",
    re.IGNORECASE,
)


def worth_stated_es(said: str, after: str) -> tuple[str, int] | None:
    """The statement `said` that no member of a people has a good word, read as "No existe
    un X honrado.", with where the member starts in `said`; None for any other sentence, or
    when the next words give it to someone else or answer it (`after`)."""
    m = _STATED.match(said)
    if m is None or _ANSWERED.match(after):
        return None
    if m["who"] is not None:
        return f"No existe {m['one'].lower()} {m['who']} {m['good']}.", m.start("who")
    one = "una" if m["the"].lower() in ("la", "una", "ninguna") else "un"
    return f"No existe {one} {m['who2']} {m['good2']}.", m.start("who2")
