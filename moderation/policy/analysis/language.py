"""The language of a comment: English or Spanish, by stop words, else by the lexicon terms
that only one language holds."""

from __future__ import annotations

from moderation.policy.lexicon import Lexicon


def detect_language(words: list[str], lex: Lexicon, hint: str | None = None) -> str:
    if hint in ("en", "es"):
        return hint
    en = lex.stopwords["en"]
    es = lex.stopwords["es"]
    score_en = sum(map(en.__contains__, words))
    score_es = sum(map(es.__contains__, words))
    if score_en == score_es == 0:
        return _lang_of_terms(words, lex)
    return "es" if score_es > score_en else "en"


def _lang_of_terms(words: list[str], lex: Lexicon) -> str:
    """No stop word of either language ("Ganamos, cabrones!"): the language of the lexicon
    terms written, by the words that only one language's lexicons hold; English if none."""
    score = 0
    for w in words:
        entry = lex.lookup((w,))
        if entry is None:
            continue
        langs = {lang for pairs in entry.classes.values() for lang, _ in pairs} - {"*"}
        if langs == {"es"}:
            score += 1
        elif langs == {"en"}:
            score -= 1
    return "es" if score > 0 else "en"
