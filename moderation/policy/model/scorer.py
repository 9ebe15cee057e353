"""Pure-Python scoring of the trained hate/profanity model: featurisation, artifact I/O, scoring.

Standard library only. Training (moderation/training) imports `text_features` from here, so the
features the model was fitted on and the features scored in the web process are the same code.
"""

from __future__ import annotations

import html
import json
import math
import re
import struct
import sys
import unicodedata
import zlib
from array import array
from functools import lru_cache
from pathlib import Path

# Bump when the featurisation changes: an artifact trained with other features is refused.
FEATURE_VERSION = 2
MAGIC = b"STOAPM1\n"
CHAR_NGRAMS = (2, 3, 4, 5)
# Words after a negator, up to this many or the next punctuation mark, also count as negated
# features ("not GROUP", "not dangerous"): "Muslims are not dangerous" must not read like
# "Muslims are dangerous". Contractions arrive expanded ("aren't" -> "are not") from the
# engine; the spelled-together forms are listed for raw text.
NEGATION_SCOPE = 4
NEGATORS = frozenset(
    {"not", "no", "never", "nor", "none", "nobody", "nothing", "neither", "without", "hardly",
     "nowhere", "noone", "cannot", "dont", "doesnt", "isnt", "arent", "wasnt", "werent", "cant",
     "wont", "didnt", "shouldnt", "wouldnt", "couldnt", "aint"}
)  # fmt: skip

_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"@\w+")
_TOKEN = re.compile(r"[^\W_]+|[.,;:!?]+")
# The same tokens of ASCII text once lower-cased (an ASCII letter or digit is what [^\W_]
# matches there): plain ranges instead of a Unicode category lookup at every character.
_TOKEN_ASCII = re.compile(r"[a-z0-9]+|[.,;:!?]+")
_PUNCT = frozenset(".,;:!?")
_crc32 = zlib.crc32
# Each kind of feature is hashed with its own marker byte, which no character n-gram can
# contain, so "cat" the word and "cat" the trigram land in different buckets (0x03 was the
# start-of-text marker of feature version 1).
_UNI = b"\x01"
_BI = b"\x02"
_CLASS = b"\x04"  # a word's class alone: GROUP, SLUR
_NEG = b"\x05"  # a word (or its class) inside a negation's scope
_CLASS_BI = b"\x06"  # a bigram with at least one word replaced by its class
_TRI = b"\x07"  # a trigram with words replaced by their classes


def text_tokens(text: str) -> list[str]:
    """Words and runs of clause punctuation: lower-cased, accents and HTML entities folded,
    links and @handles replaced by placeholders (so neither becomes a feature)."""
    if "&" in text:
        text = html.unescape(text)
    text = text.lower()
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    text = _URL.sub(" httpurl ", text)
    text = _MENTION.sub(" user ", text)
    return (_TOKEN_ASCII if text.isascii() else _TOKEN).findall(text)


def text_words(text: str) -> list[str]:
    """The words the model sees (tokens without punctuation)."""
    return [t for t in text_tokens(text) if t[0] not in _PUNCT]


def word_features(word: str, ngrams: tuple[int, ...] = CHAR_NGRAMS) -> tuple[int, ...]:
    """Hashes (crc32, 32-bit) of the word's padded character n-grams (2-5 unless the artifact
    says otherwise) and the word itself, with repeats (the model uses counts)."""
    data = (" " + word + " ").encode("utf-8")
    size = len(data)
    out = [_crc32(data[i : i + n]) for n in ngrams for i in range(size - n + 1)]
    out.append(_crc32(_UNI + data[1:-1]))
    return tuple(out)


# Training featurises every text once per signal: a cache pays there. The Scorer keeps its own,
# much smaller, per-word cache of weight sums instead (a cached tuple of hashes costs ~1 KB).
_word_features_cached = lru_cache(maxsize=1 << 16)(word_features)


def context_features(tokens: list[str], classes: dict[str, str]) -> tuple[list[str], list[int]]:
    """The words of `tokens`, and the hashes of every feature that depends on a word's place:
    word bigrams; each class word's class ("GROUP", "SLUR") alone, in bigrams and in trigrams,
    so the model learns "GROUP are X" from every group it has seen rather than which group
    was named; and negated words. Class n-grams and negation stop at punctuation."""
    words: list[str] = []
    out: list[int] = []
    append = out.append
    crc = _crc32
    previous = b""  # no bigram for the first word: "<start> women" taught identity bias
    a1 = a2 = b""  # the two previous words, classes for class words (b"" after punctuation)
    c1 = False  # the previous word is a class word
    scope = 0
    for tok in tokens:
        if tok[0] in _PUNCT:
            a1 = a2 = b""
            scope = 0
            continue
        words.append(tok)
        encoded = tok.encode("utf-8")
        if previous:
            append(crc(_BI + previous + b" " + encoded))
        previous = encoded
        cls = classes.get(tok)
        if cls:
            a = cls.encode("utf-8")
            append(crc(_CLASS + a))
        else:
            a = encoded
        if scope:
            append(crc(_NEG + a))
            scope -= 1
        if tok in NEGATORS:
            scope = NEGATION_SCOPE
        if a1:
            if cls or c1:
                append(crc(_CLASS_BI + a1 + b" " + a))
            if a2:
                append(crc(_TRI + a2 + b" " + a1 + b" " + a))
        a2, a1, c1 = a1, a, cls is not None
    return words, out


def text_features(
    text: str, classes: dict[str, str], ngrams: tuple[int, ...] = CHAR_NGRAMS
) -> list[int]:
    """Every feature occurrence of a text as a 32-bit hash; training reduces them modulo the
    table size and counts them, exactly as `Scorer.logits` does."""
    words, out = context_features(text_tokens(text), classes)
    for word in words:
        out.extend(_word_features_cached(word, ngrams))
    return out


def word_classes(header: dict) -> dict[str, str]:
    """word -> class name, from the artifact header's {"classes": {name: [words]}}."""
    return {w: name for name, words in header.get("classes", {}).items() for w in words}


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


class ArtifactError(ValueError):
    """The model file is missing, truncated, or from another feature version."""


def artifact_write(
    path: str | Path,
    *,
    header: dict,
    weights: list[array],
) -> None:
    """Write the artifact: magic, header length, JSON header, zlib'd little-endian int16 weights
    (one table of 2**bits entries per signal, signal-major)."""
    payload = array("h")
    for table in weights:
        if table.typecode != "h" or len(table) != 1 << header["bits"]:
            raise ArtifactError("weight table has the wrong type or size")
        payload.extend(table)
    if sys.byteorder != "little":
        payload.byteswap()
    body = zlib.compress(payload.tobytes(), 9)
    header = {**header, "feature_version": FEATURE_VERSION, "payload_crc32": _crc32(body)}
    head = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    Path(path).write_bytes(MAGIC + struct.pack(">I", len(head)) + head + body)


def artifact_read(path: str | Path) -> tuple[dict, list[array]]:
    """The header and one int16 table per signal. Each table is inflated on its own straight
    into its array: the whole payload inflated, copied into one array and cut into tables
    held three copies of it at once, and the freed copies left the heap some 5 MiB larger for
    the two models (resident set measured by benchmarks.screening)."""
    raw = Path(path).read_bytes()
    if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + 4:
        raise ArtifactError("not a Stoa policy model file")
    (head_len,) = struct.unpack(">I", raw[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    header = json.loads(raw[start : start + head_len].decode("utf-8"))
    body: bytes | memoryview = memoryview(raw)[start + head_len :]
    if header.get("feature_version") != FEATURE_VERSION:
        raise ArtifactError("model was trained with another feature version")
    if _crc32(body) != header.get("payload_crc32"):
        raise ArtifactError("model payload is corrupt")
    size = 1 << header["bits"]
    inflate = zlib.decompressobj()
    tables = []
    for _signal in header["signals"]:
        table = array("h")
        table.frombytes(inflate.decompress(body, size * table.itemsize))
        body = inflate.unconsumed_tail
        if len(table) != size:
            raise ArtifactError("model payload has the wrong size")
        if sys.byteorder != "little":
            table.byteswap()
        tables.append(table)
    if inflate.decompress(body, 1) or inflate.unconsumed_tail or not inflate.eof:
        raise ArtifactError("model payload has the wrong size")
    return header, tables


_KINDS: dict[tuple[int, frozenset], object] = {}
_last_read: tuple | None = None  # (text, kind, words, indices) of the last text read
_last_tokens: tuple[str, list[str]] | None = None  # (text, tokens) of the last text tokenised


def _tokens(text: str) -> list[str]:
    """`text_tokens(text)`, kept for the last text: the engine asks how many words a comment
    has before it knows whether a model will read it (one tuple, swapped whole)."""
    global _last_tokens
    last = _last_tokens
    if last is not None and last[0] == text:
        return last[1]
    tokens = text_tokens(text)
    _last_tokens = (text, tokens)
    return tokens


class Scorer:
    """One linear model per signal over the same hashed features; thread-safe.

    logit_k = scale_k * sum_j(count_j * q_kj) / sqrt(sum_j count_j) + intercept_k, where q are
    the int16 weights. The per-word partial sums are integers, so they are cached per word.
    """

    _WORD_CACHE_MAX = 1 << 16

    def __init__(self, header: dict, tables: list[array]) -> None:
        self.header = header
        self.signals: tuple[str, ...] = tuple(header["signals"])
        self.mask = (1 << header["bits"]) - 1
        self.scales = tuple(float(s) for s in header["scales"])
        self.intercepts = tuple(float(b) for b in header["intercepts"])
        self.classes = word_classes(header)
        self.ngrams: tuple[int, ...] = tuple(header.get("char_ngrams", CHAR_NGRAMS))
        # scorers whose context features are the same (classes and table size) share a kind
        self._kind = _KINDS.setdefault((self.mask, frozenset(self.classes.items())), object())
        self._tables = tables
        self._word_sums: dict[str, tuple[int, ...]] = {}
        # per signal: word -> (feature count, integer weight sum), for `score`, which needs one
        # signal: a word first seen there is summed over that one table only
        self._word_one: tuple[dict[str, tuple[int, int]], ...] = tuple({} for _ in tables)
        # per signal: word -> (feature count, features with a weight), for `coverage`
        self._word_seen: tuple[dict[str, tuple[int, int]], ...] = tuple({} for _ in tables)
        # (text, words, sums, count) of the last text summed over every table: a verdict's
        # evidence (`top_words`) asks again about the text just scored (one tuple, swapped
        # whole, so threads never see half of it)
        self._last_sums: tuple | None = None

    @classmethod
    def from_path(cls, path: str | Path) -> Scorer:
        header, tables = artifact_read(path)
        return cls(header, tables)

    def _word(self, word: str) -> tuple[int, ...]:
        """(feature count, integer weight sum per signal) of a word's own features."""
        cached = self._word_sums.get(word)
        if cached is not None:
            return cached
        mask = self.mask
        idx = [h & mask for h in word_features(word, self.ngrams)]
        value = (len(idx), *(sum(map(t.__getitem__, idx)) for t in self._tables))
        if len(self._word_sums) >= self._WORD_CACHE_MAX:
            self._word_sums.clear()
        self._word_sums[word] = value
        return value

    def _word_for(self, word: str, s: int) -> tuple[int, int]:
        """(feature count, integer weight sum for signal s) of a word's own features."""
        cache = self._word_one[s]
        cached = cache.get(word)
        if cached is not None:
            return cached
        full = self._word_sums.get(word)
        if full is not None:
            value = (full[0], full[s + 1])
        else:
            mask = self.mask
            idx = [h & mask for h in word_features(word, self.ngrams)]
            value = (len(idx), sum(map(self._tables[s].__getitem__, idx)))
        if len(cache) >= self._WORD_CACHE_MAX:
            cache.clear()
        cache[word] = value
        return value

    def _read(self, text: str) -> tuple[list[str], list[int]]:
        """The text's words and its context features' table indices. The engine scores the same
        text with two models that share classes and table size: the last reading is kept for
        the next scorer of the same kind (one tuple, swapped whole, so threads never see half)."""
        global _last_read
        last = _last_read
        if last is not None and last[1] is self._kind and last[0] == text:
            return last[2], last[3]
        words, context = context_features(_tokens(text), self.classes)
        mask = self.mask
        idx = [h & mask for h in context]
        _last_read = (text, self._kind, words, idx)
        return words, idx

    def _sums(self, text: str, only: int | None = None) -> tuple[list[str], list[int], int]:
        """Words, integer weight sum per signal (or for signal `only` alone), and total feature
        count of a text."""
        if only is None:
            last = self._last_sums
            if last is not None and last[0] == text:
                return last[1], list(last[2]), last[3]
        words, idx = self._read(text)
        if only is not None:
            get, word_for = self._word_one[only].get, self._word_for
            one = [get(w) or word_for(w, only) for w in words]
            total = sum(map(self._tables[only].__getitem__, idx)) + sum([p[1] for p in one])
            return words, [total], len(idx) + sum([p[0] for p in one])
        parts = [self._word_sums.get(w) or self._word(w) for w in words]
        count = len(idx) + sum([part[0] for part in parts])
        sums = [
            sum(map(self._tables[s].__getitem__, idx))  # the loop runs in C
            + sum([part[s + 1] for part in parts])
            for s in range(len(self._tables))
        ]
        self._last_sums = (text, words, tuple(sums), count)
        return words, sums, count

    def _logit(self, s: int, total: int, count: int) -> float:
        if not count:
            return self.intercepts[s]
        return self.scales[s] * total / math.sqrt(count) + self.intercepts[s]

    def logits(self, text: str) -> tuple[float, ...]:
        _, sums, count = self._sums(text)
        return tuple(self._logit(s, total, count) for s, total in enumerate(sums))

    def top_words(self, text: str, signal: str, k: int = 3) -> list[tuple[str, float]]:
        """The k words (normalised, as the model saw them) that push `signal` up the most, with
        their share of the logit; for explaining a verdict. Context features are not
        attributed."""
        s = self.signals.index(signal) + 1
        words, _, count = self._sums(text)
        if not words:
            return []
        occurrences: dict[str, int] = {}
        for w in words:
            occurrences[w] = occurrences.get(w, 0) + 1
        factor = self.scales[s - 1] / math.sqrt(count)
        ranked = sorted(
            ((w, self._word(w)[s] * n * factor) for w, n in occurrences.items()),
            key=lambda item: (-item[1], item[0]),
        )
        return [(w, c) for w, c in ranked[:k] if c > 0]

    def score(self, text: str, signal: str) -> float:
        """Probability of one signal: the engine needs only hate, so the context features are
        looked up in that one table (per-word sums stay cached for every signal)."""
        return self.score_counted(text, signal)[0]

    def word_count(self, text: str) -> int:
        """How many words the model reads in `text` (links and @handles count one), without
        building its context features (`_read`) when no reading of it is at hand."""
        last = _last_read
        if last is not None and last[1] is self._kind and last[0] == text:
            return len(last[2])
        return sum([1 for t in _tokens(text) if t[0] not in _PUNCT])

    def coverage(self, text: str, signal: str = "flag") -> float:
        """The share of the text's feature occurrences that have a weight in `signal`'s table:
        how much of the comment the model saw anything like in training. A feature never seen
        in training has no weight, so the score of a comment written in another voice rests on
        the few features it shares with the training comments (hashing folds some unseen
        features onto seen ones, so the share is never far under the table's fill rate)."""
        s = self.signals.index(signal)
        table = self._tables[s]
        words, idx = self._read(text)
        seen = sum([1 for i in idx if table[i]])
        total = len(idx)
        cache = self._word_seen[s]
        for w in words:
            part = cache.get(w)
            if part is None:
                hashed = [h & self.mask for h in word_features(w, self.ngrams)]
                part = (len(hashed), sum([1 for i in hashed if table[i]]))
                if len(cache) >= self._WORD_CACHE_MAX:
                    cache.clear()
                cache[w] = part
            total += part[0]
            seen += part[1]
        return seen / total if total else 1.0

    def score_counted(self, text: str, signal: str) -> tuple[float, int]:
        """`score` and the number of words the model read (links and @handles count one)."""
        s = self.signals.index(signal)
        words, (total,), count = self._sums(text, only=s)
        return sigmoid(self._logit(s, total, count)), len(words)

    def scores(self, text: str) -> dict[str, float]:
        """Probability per signal ({"hate": p, "profanity": p}) for the raw original text."""
        return {name: sigmoid(z) for name, z in zip(self.signals, self.logits(text), strict=True)}
