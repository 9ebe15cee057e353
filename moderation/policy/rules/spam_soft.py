"""Soft pitches (clause `spam`, read by `spam.pattern`): a link to a site's front page that the
comment vouches for rather than cites ("great tips here, helped me a lot: <site>", "yo uso
<site>, se los recomiendo") or points at with an arrow ("👉 <site>").

A reader citing a source vouches for it too ("worth the read: <paper's site> — their series on
the toll road is the best reporting on it"), so a recommendation counts only when the link's
sentence names no source: an article, a report, data, a ruling, a list, a petition ("Great
article" is praise of the post and names none). These cues are soft: alone, with the link, they
hold a comment and never reject it (`spam.pattern`).

No rule is registered here; `spam._text_cues` asks `soft_pitch` about the first front-page link.
"""

from __future__ import annotations

import re

from moderation.policy import branch_trie
from moderation.policy.normalize import fold_text

SOFT = "pitch"  # the kind of these cues (and of the business plugs in spam.tsv): hold only

# A word vouching for something, or the writer's own use of it, in English and Spanish (folded
# text: lower case, no accents).
_VOUCH = branch_trie.compile(
    r"\b(?:(?:highly|strongly|totally|definitely|100 ?%) recommend(?:ed)?|"
    r"(?:i|we) (?:\w+ )?recommend (?:it|them|this|these|her|him|checking|giving|trying)|"
    r"can'?t recommend (?:it|them|this|her|him) enough|"
    r"worth (?:a|the) (?:look|try|visit|click|shot|peek)|"
    r"(?:check|try) (?:it|them|this|these|that) out|give (?:it|them|this) a (?:try|look|shot|go)|"
    r"(?:helped|saved) me (?:a lot|so much|tons|big time|a ton)|"
    r"(?:changed|saved) my life|life ?changer|game ?changer|life ?saver|"
    r"hope (?:it|this|that) helps|i'?ve been using|i (?:switched to|started using)|"
    r"you won'?t regret|bookmark (?:it|this|them)|"
    r"(?:se |te )?(?:los|las|lo|la) recomiendo|(?:les|te|se) recomiendo|"
    r"(?:super|muy|100 ?%|ampliamente|altamente) recomendad[oa]s?|recomendadisim[oa]s?|"
    r"(?:a mi )?me (?:sirvio|ayudo|funciono) (?:mucho|muchisimo|un monton|bastante|"
    r"de maravilla)|a mi me (?:sirvio|ayudo|funciono)|me (?:cambio|salvo) la vida|"
    r"(?:echenle|echale|denle|dale) (?:un ojo|un ojito|un vistazo|una checada|una mirada)|"
    r"(?:chequen|checa|prueben|prueba)(?:lo|la|los|las)|"
    r"(?:les|te) (?:dejo|paso) el dato|no se (?:van a arrepentir|arrepentiran)|"
    r"ojala (?:les|te) sirva|por si a alguien le sirve|a quien le interese|"
    r"yo (?:uso|utilizo|trabaje con|compre en|me meti a))\b"
)
# What a source is called: a link named so is cited, not sold.
_SOURCE = re.compile(
    r"\b(?:article|piece|story|report|reporting|reporters?|journalis\w+|series|investigation|"
    r"study|survey|data|dataset|numbers|figures|stats|statistics|charts?|map|list|ruling|"
    r"opinion|transcript|documents?|filing|audit|records?|docket|ordinance|bill|explainer|"
    r"coverage|interview|column|op-?ed|editorial|press release|statement|letter|petition|"
    r"hearing|agenda|budget|sources?|dashboard|schedule|"
    r"nota|articulo|reportaje|reporte|informe|estudio|encuesta|datos|cifras|estadisticas|"
    r"grafica|mapa|lista|sentencia|fallo|resolucion|expediente|documento|comunicado|columna|"
    r"entrevista|investigacion|ley|iniciativa|gaceta|auditoria|peticion|cobertura|noticia|"
    r"fuentes?|tabla|tablero|convocatoria|presupuesto)\b"
)
# What the post itself is called: after praise ("Great article", "Buenísimo el artículo",
# "gracias por la nota") it names no source.
_POST = frozenset(("article", "piece", "story", "nota", "articulo", "reportaje", "columna"))
_PRAISED = re.compile(
    r"\b(?:great|good|nice|excellent|interesting|awesome|amazing|wonderful|fantastic|solid|"
    r"useful|helpful|informative|thoughtful|insightful|loved (?:the|this)|thanks for (?:the|this)|"
    r"thank you for (?:the|this)|buen|buena|buenisim[oa]|excelente|interesante|gran|genial|"
    r"gracias por (?:el|la|este|esta)) (?:(?:the|this|el|la|este|esta) )?$"
)
# An arrow typed just before the link, or a hand pointing anywhere in the comment.
_POINTER_BEFORE = re.compile(
    r"(?:\u2192|\u21d2|\u00bb|>>|->|=>|\u23e9|\u2b07|\u2935|\u279c|\u2794|\u25b6|\u25ba|"
    r"\u27a1)\ufe0f?[\s:]*$"
)
_HAND = ("\U0001f449", "\U0001f447", "\U0001f448")  # 👉 👇 👈
_SENTENCE = re.compile(r"[.!?\n]")


def _sentence(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The bounds of the sentence holding `span` (the dots of links are no sentence ends:
    `text` has its links blanked)."""
    start = max((m.end() for m in _SENTENCE.finditer(text, 0, span[0])), default=0)
    m = _SENTENCE.search(text, span[1])
    return start, m.start() if m else len(text)


def _names_source(folded: str, start: int, end: int) -> bool:
    """A source noun in folded[start:end] that is no praise of the post."""
    for m in _SOURCE.finditer(folded, start, end):
        before = folded[max(0, m.start() - 30) : m.start()]
        if m.group() not in _POST or not _PRAISED.search(before):
            return True
    return False


def _cited(blanked: str, folded: str, link: tuple[int, int]) -> bool:
    """The link's sentence names a source; a link standing alone in its sentence ("Here's the
    GAO report. <link>") is read with the sentence before it."""
    start, end = _sentence(blanked, link)
    if _names_source(folded, start, end):
        return True
    if len(re.findall(r"[a-z]{2,}", blanked[start:end])) < 3 and start > 0:
        before = _sentence(blanked, (start - 1, start - 1))[0]
        return _names_source(folded, before, start)
    return False


def soft_pitch(
    text: str, links: tuple[tuple[int, int], ...], front: tuple[int, int]
) -> list[tuple[str, float, tuple[int, int]]]:
    """(id, weight, span) of the soft pitch around `front`, a link to a site's front page:
    an arrow or a pointing hand, and words vouching for the site when its sentence cites no
    source. `links` are all the comment's links (blanked before sentences are read)."""
    found = []
    if _POINTER_BEFORE.search(text[max(0, front[0] - 6) : front[0]]) or any(
        h in text for h in _HAND
    ):
        found.append((f"{SOFT}.pointer", 0.3, front))
    norm = fold_text(text)
    folded = norm.text
    if len(folded) != len(text):
        return found  # offsets differ: the sentences below could not be placed
    m = _VOUCH.search(folded)
    if m is None:
        return found
    blanked = text
    for s, e in links:
        blanked = blanked[:s] + " " * (e - s) + blanked[e:]
    blanked = blanked.lower()
    if not _cited(blanked, folded, front):
        found.append((f"{SOFT}.vouch", 0.3, m.span()))
    return found
