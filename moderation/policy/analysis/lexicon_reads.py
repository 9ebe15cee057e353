"""What the analysis's readers share about the lexicon: `per_lexicon` (indexes built once per
lexicon), the bound of the word memos, the known words and stop words, and what an entry is
(its languages, whether it is a content term)."""

from __future__ import annotations

import functools
from collections.abc import Callable

from moderation.policy.lexicon import CONTENT_CLASSES, Entry, Lexicon


def per_lexicon[Built](build: Callable[..., Built]) -> Callable[..., Built]:
    """`build(lex, *args)` built once per lexicon (and args) and remembered: the indexes and
    memos below are derived from a lexicon that never changes after loading. Keyed by the
    lexicon's id (a Lexicon holds mappings, so it is no dict key), and the entry keeps its
    lexicon so a reused id never answers for another. Thread-safe: single dict reads and
    writes; two threads may build the same entry once each, and either answer is right."""
    memo: dict[tuple, tuple[Lexicon, Built]] = {}

    @functools.wraps(build)
    def get(lex: Lexicon, *args) -> Built:
        key = (id(lex), *args)
        found = memo.get(key)
        if found is None or found[0] is not lex:
            found = (lex, build(lex, *args))
            memo[key] = found
        return found[1]

    return get


@per_lexicon
def any_stopwords(lex: Lexicon) -> frozenset[str]:
    """English and Spanish stop words in one set, built once: the name readers (rules/libel/,
    rules/troll/) refuse a capitalised word that is a stop word of either language, since a
    short comment's language may be detected wrong."""
    return frozenset(lex.stopwords.get("en", frozenset()) | lex.stopwords.get("es", frozenset()))


def has_lang(entry: Entry, lang: str) -> bool:
    return any(pl in (lang, "*") for pairs in entry.classes.values() for pl, _ in pairs)


# Words remembered per language (a few MiB at most). A full memo starts again rather than stop
# growing: a server running for weeks would otherwise read every word it had not met in its
# first comments again and again, while the common words come back within a few comments.
_MEMO_LIMIT = 50_000


# The core English swear words with their vowels dropped or respelt ("fck", "fk", "fkn",
# "fuk"), which are no word of either language: read as the word itself (`canonical`), so its
# phrases ("fuck off", "fuck you") and readings (an oath, "fck the refs") see it. The
# vocabulary, counted from real posts, holds some of them; they are no known word here.
RESPELT_SWEARS = {
    "fck": "fuck", "fk": "fuck", "fuk": "fuck", "fcking": "fucking", "fckin": "fucking",
    "fckn": "fucking", "fking": "fucking", "fkin": "fucking", "fkn": "fucking",
    "fuking": "fucking", "fukin": "fucking", "fcked": "fucked", "fked": "fucked",
    "fcker": "fucker", "fckers": "fuckers",
}  # fmt: skip


class KnownWords:
    """Whether a word is in `lex.words` or `lex.vocab`: a word in neither is what the word loop
    has to read. Asks the two sets in turn; their union, kept for this one question, was a
    set of 50,000 words (2 MiB)."""

    __slots__ = ("_vocab", "_words")

    def __init__(self, lex: Lexicon) -> None:
        self._vocab, self._words = lex.vocab - RESPELT_SWEARS.keys(), lex.words

    def __contains__(self, word: str) -> bool:
        return word in self._vocab or word in self._words

    def flags(self, words: list[str]) -> list[bool]:
        """`word in self` for each word, without a call per word."""
        vocab, lexicon_words = self._vocab, self._words
        return [w in vocab or w in lexicon_words for w in words]


@per_lexicon
def _known_words(lex: Lexicon) -> KnownWords:
    """The lexicon's `KnownWords`. Built once per lexicon."""
    return KnownWords(lex)


def _content(entry: Entry) -> bool:
    return any(c in CONTENT_CLASSES for c in entry.classes)
