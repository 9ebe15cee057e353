"""Spanish "a las" typed without its space ("Odio alas mujeres"): "alas" is a real word
(wings), so the run-together splitter leaves it; read it as "a las" only right before a group
word, where wings make no sense."""

from __future__ import annotations

from moderation.policy.lexicon import Lexicon

_GLUED = {"alas": ("a", "las")}
# group names that open with a noun of their own: "a las personas trans", "a la gente gay"
_PEOPLE = frozenset({"personas", "gente", "mujeres"})
# words before the noun "alas" ("sus alas negras", "con dos alas blancas"): no glued article
_NOUN_BEFORE = frozenset(
    {"las", "sus", "mis", "tus", "unas", "nuestras", "vuestras", "esas", "estas", "aquellas",
     "dos", "tres", "cuatro", "con", "sin", "de", "y", "o", "sobre", "bajo", "entre", "batir",
     "bate", "baten", "batia", "mueve", "mueven", "extiende", "extienden", "abre", "abren"}
)  # fmt: skip


def _group_word(word: str, lex: Lexicon) -> bool:
    entry = lex.lookup((word,))
    return entry is not None and "G" in entry.classes


def glued_article(raw: list[tuple[str, int, int]], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """The article and preposition of raw word `i` when it is "alas" before a group word."""
    pair = _GLUED.get(raw[i][0])
    if pair is None or i + 1 >= len(raw) or (i > 0 and raw[i - 1][0] in _NOUN_BEFORE):
        return None
    nxt = raw[i + 1][0]
    if _group_word(nxt, lex):
        return pair
    if nxt in _PEOPLE and i + 2 < len(raw) and _group_word(raw[i + 2][0], lex):
        return pair
    return None
