"""A short ad around a bare link (clause `spam`, read by `spam.pattern`): "Curso de inglés en 7
días 📚 <site>", "Need a loan today? Approved in 5 min: <site>", "FREE followers & likes 🔥
<site>". The words are few and sell: two words of an offer, or one beside a price, a
percentage, a promise of speed or a host that sells, and the link goes to a site's front page
(a price or a percentage alone is a civic fact as often: "taxes rose 9%, the assessor's numbers
are at <site>"). A reader who names where they read something ("I read this on <paper's
site>", "fuente: <site>") cites it instead.

No rule is registered here; `spam._text_cues` asks `bare_pitch` about the first front-page link.
"""

from __future__ import annotations

import re

from moderation.policy.normalize import fold_text

BARE_PITCH = "offer.bare_pitch"
_MOST_WORDS = 14  # words besides the link: an ad's line, not a reader's paragraph

# Sure marks of an offer: a price or a percentage, a promise of speed (not a public sum: "the
# council gave the shelter only $20 million").
_STRONG = re.compile(
    r"\d\s?%|\$\s?\d+(?:[.,]\d+)*(?!\s?(?:million|billion|thousand|millones|mil|k|m)\b)|"
    r"\d+\s?(?:pesos|dlls|dolares|dollars|usd|mxn|bucks)\b|"
    r"\b(?:en|in) (?:\d+|un|una|one) (?:dias?|days?|min|mins|minutos?|minutes?|horas?|hours?|"
    r"semanas?|weeks?)\b"
)
# Words of an offer: two of them are an ad.
_WEAK = re.compile(
    r"\b(?:free|gratis|bono|bonus|promo|promocion|oferta|ofertas|descuento|descuentos|discount|"
    r"preventa|presale|originales|approved|aprobado|aprobados|win|gana|ganar|play|juega|"
    r"followers|seguidores|likes|loan|loans|prestamo|prestamos|credito|curso|course|sale|"
    r"venta|vendo|remate|liquidacion|envio|shipping|hoy mismo|today)\b|"
    r"[\U0001f525\U0001f4b0\U0001f3b2\U0001f3e1\U0001f4da\U0001f60e\u2705\U0001f449\U0001f4af"
    r"\U0001f911\U0001f381]"
)
# Where the reader read or found it: a source named, not a shop.
_CITED = re.compile(
    r"\b(?:read|lei|leer|source|fuente|story|article|articulo|nota|segun|according|report|"
    r"reported|via|noticia|news|wrote|escribio|publico|published|says|dice|video|foto|photo|"
    r"reportaje|entrevista|interview)\b"
)
_WORD = re.compile(r"[^\W\d_]{2,}")


def bare_pitch(
    text: str, link_spans: tuple[tuple[int, int], ...], sales_host: bool
) -> tuple[str, float, tuple[int, int]] | None:
    """The cue (weight 0.3, the link's span) when the comment is a short ad around one link."""
    if len(link_spans) != 1:
        return None
    s, e = link_spans[0]
    rest = fold_text(text[:s] + " " + text[e:]).text
    if len(_WORD.findall(rest)) > _MOST_WORDS or _CITED.search(rest):
        return None
    weak = len({m.group() for m in _WEAK.finditer(rest)})
    strong = _STRONG.search(rest) is not None
    if not (weak >= 2 or (weak and (strong or sales_host)) or (strong and sales_host)):
        return None
    return (BARE_PITCH, 0.3, (s, e))
