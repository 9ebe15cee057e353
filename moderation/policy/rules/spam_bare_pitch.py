"""A short ad around a bare link (clause `spam`, read by `spam.pattern`): "Curso de inglés en 7
días 📚 <site>", "Need a loan today? Approved in 5 min: <site>", "FREE followers & likes 🔥
<site>". The words are few and sell: two words of an offer, or one beside a price, a
percentage, a promise of speed, a host that sells or a word a sale shares with a church supper
("free", "today"); the link goes to a site's front page, and no community service or nonprofit
page is named. A price or a percentage alone is a civic fact as often ("taxes rose 9%, the
assessor's numbers are at <site>"), and a reader who names where they read something ("I read
this on <paper's site>", "fuente: <site>") cites it.

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
# Words that sell: two of them are an ad, or one beside a price, a speed, a selling host or a
# word of the next list.
_OFFER = re.compile(
    r"\b(?:promo|promocion|oferta|ofertas|descuento|descuentos|discount|bienes raices|"
    r"fraccionamiento|fracc|real estate|"
    r"originales|followers|likes|loan|loans|prestamo|prestamos|credito|curso|cursos|"
    r"remate|liquidacion|envio gratis|free shipping|gana dinero|from home|desde casa|"
    r"no boss|sin jefe|weight loss|bajar de peso|adelgazar|gummies|pills|pastillas|keto|detox|"
    r"vendo|se venden|se vende|cotiza|cotizacion|no virus|sin virus)\b"
)
# Words a church supper, a game or a council vote uses as well ("free tamales today", "¡gana
# México!", "aprobado hoy mismo", a teachers' "bono"): they add to an offer word, never make one.
_SOFT = re.compile(
    r"\b(?:free|gratis|bono|bonus|today|hoy mismo|win|gana|ganar|play|juega|sale|approved|"
    r"aprobado|aprobados|course|stream|streaming|earn|renta|rento|seguidores|preventa|"
    r"presale)\b|"
    r"[\U0001f525\U0001f4b0\U0001f3b2\U0001f3e1\U0001f4da\U0001f60e\u2705\U0001f449\U0001f4af"
    r"\U0001f911\U0001f381\U0001f4b5\U0001f4b8\U0001f48a]"
)
# Where the reader read or found it: a source named, not a shop.
_CITED = re.compile(
    r"\b(?:read|lei|leer|source|fuente|story|article|articulo|nota|segun|according|report|"
    r"reported|via|noticia|news|wrote|escribio|publico|published|says|dice|video|foto|photo|"
    r"reportaje|entrevista|interview|lean|lee|vean|see)\b"
)
_WORD = re.compile(r"[^\W\d_]{2,}")
# A price or a percentage told as a change ("la renta subió 500 pesos", "taxes rose 9%").
_CHANGE_BEFORE = re.compile(
    r"\b(?:subio|subieron|aumento|aumentaron|rose|went up|increased|bajo|cayo|fell|dropped|"
    r"va en|van en|is at|esta en)\b[^.!?]{0,20}$"
)


def bare_pitch(
    text: str,
    link_spans: tuple[tuple[int, int], ...],
    sales_host: bool,
    host: str = "",
    community: bool = False,
) -> tuple[str, float, tuple[int, int]] | None:
    """The cue (weight 0.3, the link's span) when the comment is a short ad around one link;
    `community`: a community or nonprofit service is named, `host`: the link's host."""
    if len(link_spans) != 1:
        return None
    s, e = link_spans[0]
    rest = fold_text(text[:s] + " " + text[e:]).text
    if len(_WORD.findall(rest)) > _MOST_WORDS or _CITED.search(rest):
        return None
    offer = len({m.group() for m in _OFFER.finditer(rest)})
    soft = len({m.group() for m in _SOFT.finditer(rest)})
    strong = any(not _CHANGE_BEFORE.search(rest, 0, m.start()) for m in _STRONG.finditer(rest))
    if not (
        offer >= 2
        or (offer and (soft or strong or sales_host))
        or (sales_host and (soft or strong))
    ):
        return None
    if community or (".org" in host and not (offer >= 2 and strong)):
        return None  # a food bank's course, a library's stream, a nonprofit's page
    return (BARE_PITCH, 0.3, (s, e))
