"""A people's worth put as a question the writer answers ("¿Un X honrado? Eso no existe.",
"¿Una X trabajadora? Ja, ni en sueños."), read as the answer's claim: "No existe un X
honrado." (`hate_reread`). An answer that grants one ("Claro que existe") is no such claim."""

from __future__ import annotations

import re

# One member with a good word, asked on its own: "¿Un X honrado?", "¿una X que trabaje?".
_ASKED = re.compile(
    r"^\s*¿?\s*(?P<one>un|una)\s+(?P<who>[\wáéíóúñ]+(?:\s+[\wáéíóúñ]+)?)\s+"
    r"(?P<good>honrad[oa]|honest[oa]|decente|trabajador|trabajadora|pac[ií]fic[oa]|limpi[oa]|"
    r"educad[oa]|inteligente|buen[oa]|de fiar|confiable|que trabaje|que no robe|que no mienta|"
    r"que se bañe|que pague (?:sus )?impuestos)\s*\?+\s*$",
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
    return f"No existe {m['one'].lower()} {m['who']} {good}.", m.start("who")
