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


# The core English swear words with their vowels dropped or respelt ("fck", "fkn", "fuk"),
# which are no word of either language: read as the word itself in English (`canonical`), so
# its phrases ("fuck off", "fuck you") and readings (an oath, "fck the refs") see it. The
# vocabulary, counted from real posts, holds some of them; they are no known word here
# (`KnownWords`). "fk" and "fked" are a foreign key and a club's prefix ("FK Partizan") as
# often: read only in a swear's phrase (`respelt_in_phrase`).
RESPELT_SWEARS = {
    "fck": "fuck", "fuk": "fuck", "fcking": "fucking", "fckin": "fucking", "fckn": "fucking",
    "fking": "fucking", "fkin": "fucking", "fkn": "fucking", "fuking": "fucking",
    "fukin": "fucking", "fcked": "fucked", "fcker": "fucker", "fckers": "fuckers",
}  # fmt: skip
_IN_PHRASE = {"fk": "fuck", "fked": "fucked"}
# What "fk" is said at in a swear ("fk off", "fk you", "fk this", "fk the refs").
_FK_AT = frozenset(
    {"off", "you", "u", "ya", "yall", "this", "that", "these", "those", "it", "em", "them",
     "him", "her", "me", "everything", "everyone", "everybody", "all", "yeah",
     "the", "my", "your", "his", "their", "our", "outta", "sake"}
)  # fmt: skip
# Words before a noun: "the FK", "an FK", "each FK" name a key, whatever follows.
_NOUN_LEADS = frozenset(
    {"the", "a", "an", "this", "that", "each", "every", "its", "their", "our", "my", "your",
     "no", "one", "new", "old", "add", "drop", "la", "el", "una", "un", "del", "al"}
)  # fmt: skip
# Words around "fked" in a swear ("fked up", "so fked", "get fked").
_FKED_AFTER = frozenset({"up", "over"})
_FKED_BEFORE = frozenset({"so", "totally", "completely", "royally", "get", "got", "getting"})


def respelt_in_phrase(raw: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """The English words with "fk" and "fked" read as the swear where a swear's phrase holds
    them ("fk off", "fk you", "fk this", "fked up", "so fked"), one space apart; "Drop the FK,
    migrate", "FK Partizan", "the FK you added" keep the word."""
    out = list(raw)
    for i, (w, s, e) in enumerate(raw):
        swear = _IN_PHRASE.get(w)
        if swear is None:
            continue
        nxt = raw[i + 1] if i + 1 < len(raw) and text[e : raw[i + 1][1]] == " " else None
        prev = raw[i - 1][0] if i and text[raw[i - 1][2] : s] == " " else ""
        if w == "fk":
            said = nxt is not None and nxt[0] in _FK_AT and prev not in _NOUN_LEADS
        else:
            said = (nxt is not None and nxt[0] in _FKED_AFTER) or prev in _FKED_BEFORE
        if said:
            out[i] = (swear, s, e)
    return out


class KnownWords:
    """Whether a word is in `lex.words` or `lex.vocab`: a word in neither is what the word loop
    has to read. Asks the two sets in turn; their union, kept for this one question, was a
    set of 50,000 words (2 MiB). A respelt swear (`RESPELT_SWEARS`) is never known, so the
    loop reads it as the word."""

    __slots__ = ("_vocab", "_words")

    def __init__(self, lex: Lexicon) -> None:
        self._vocab, self._words = lex.vocab, lex.words

    def __contains__(self, word: str) -> bool:
        return word not in RESPELT_SWEARS and (word in self._vocab or word in self._words)

    def flags(self, words: list[str]) -> list[bool]:
        """`word in self` for each word, without a call per word."""
        vocab, lexicon_words = self._vocab, self._words
        found = [w in vocab or w in lexicon_words for w in words]
        if not RESPELT_SWEARS.keys().isdisjoint(words):
            found = [f and w not in RESPELT_SWEARS for f, w in zip(found, words, strict=True)]
        return found


@per_lexicon
def _known_words(lex: Lexicon) -> KnownWords:
    """The lexicon's `KnownWords`. Built once per lexicon."""
    return KnownWords(lex)


def _content(entry: Entry) -> bool:
    return any(c in CONTENT_CLASSES for c in entry.classes)
