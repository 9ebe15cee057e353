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
FEATURE_VERSION = 1
MAGIC = b"STOAPM1\n"
CHAR_NGRAMS = (2, 3, 4, 5)

_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"@\w+")
_NONWORD = re.compile(r"[^\w]+|_+")
_crc32 = zlib.crc32
# Word unigrams and bigrams are hashed with marker bytes no character n-gram can contain, so
# "cat" the word and "cat" the trigram land in different buckets.
_UNI = b"\x01"
_BI = b"\x02"
_START = b"\x03"


def text_words(text: str) -> list[str]:
    """Tokens the model sees: lower-cased, accents and HTML entities folded, links and @handles
    replaced by placeholders (so neither a URL nor a Twitter handle becomes a feature)."""
    if "&" in text:
        text = html.unescape(text)
    text = text.lower()
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    text = _URL.sub(" httpurl ", text)
    text = _MENTION.sub(" user ", text)
    return _NONWORD.sub(" ", text).split()


def word_features(word: str) -> tuple[int, ...]:
    """Hashes (crc32, 32-bit) of the word's padded character 2-5-grams and the word itself,
    with repeats (the model uses counts)."""
    data = (" " + word + " ").encode("utf-8")
    size = len(data)
    out = [_crc32(data[i : i + n]) for n in CHAR_NGRAMS for i in range(size - n + 1)]
    out.append(_crc32(_UNI + data[1:-1]))
    return tuple(out)


# Training featurises every text once per signal: a cache pays there. The Scorer keeps its own,
# much smaller, per-word cache of weight sums instead (a cached tuple of hashes costs ~1 KB).
_word_features_cached = lru_cache(maxsize=1 << 16)(word_features)


def bigram_feature(previous: bytes, word: bytes) -> int:
    return _crc32(_BI + previous + b" " + word)


def text_features(text: str) -> list[int]:
    """Every feature occurrence of a text as a 32-bit hash; training reduces them modulo the
    table size and counts them, exactly as `Scorer.logits` does."""
    out: list[int] = []
    previous = _START
    for word in text_words(text):
        out.extend(_word_features_cached(word))
        encoded = word.encode("utf-8")
        out.append(bigram_feature(previous, encoded))
        previous = encoded
    return out


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
    raw = Path(path).read_bytes()
    if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + 4:
        raise ArtifactError("not a Stoa policy model file")
    (head_len,) = struct.unpack(">I", raw[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    header = json.loads(raw[start : start + head_len].decode("utf-8"))
    body = raw[start + head_len :]
    if header.get("feature_version") != FEATURE_VERSION:
        raise ArtifactError("model was trained with another feature version")
    if _crc32(body) != header.get("payload_crc32"):
        raise ArtifactError("model payload is corrupt")
    payload = array("h")
    payload.frombytes(zlib.decompress(body))
    if sys.byteorder != "little":
        payload.byteswap()
    size = 1 << header["bits"]
    signals = header["signals"]
    if len(payload) != size * len(signals):
        raise ArtifactError("model payload has the wrong size")
    tables = [payload[k * size : (k + 1) * size] for k in range(len(signals))]
    return header, tables


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
        self._tables = tables
        self._word_sums: dict[str, tuple[int, ...]] = {}

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
        idx = [h & mask for h in word_features(word)]
        value = (len(idx), *(sum([t[i] for i in idx]) for t in self._tables))
        if len(self._word_sums) >= self._WORD_CACHE_MAX:
            self._word_sums.clear()
        self._word_sums[word] = value
        return value

    def logits(self, text: str) -> tuple[float, ...]:
        words = text_words(text)
        k = len(self.signals)
        sums = [0] * k
        count = 0
        mask = self.mask
        tables = self._tables
        previous = _START
        for word in words:
            part = self._word(word)
            count += part[0] + 1
            encoded = word.encode("utf-8")
            bi = bigram_feature(previous, encoded) & mask
            previous = encoded
            for s in range(k):
                sums[s] += part[s + 1] + tables[s][bi]
        if not count:
            return self.intercepts
        norm = 1.0 / math.sqrt(count)
        return tuple(self.scales[s] * sums[s] * norm + self.intercepts[s] for s in range(k))

    def top_words(self, text: str, signal: str, k: int = 3) -> list[tuple[str, float]]:
        """The k words (normalised, as the model saw them) that push `signal` up the most, with
        their share of the logit; for explaining a verdict. Bigrams are not attributed."""
        s = self.signals.index(signal) + 1
        words = text_words(text)
        if not words:
            return []
        occurrences: dict[str, int] = {}
        for w in words:
            occurrences[w] = occurrences.get(w, 0) + 1
        parts = {w: self._word(w) for w in occurrences}
        count = sum((parts[w][0] + 1) * n for w, n in occurrences.items())
        factor = self.scales[s - 1] / math.sqrt(count)
        ranked = sorted(
            ((w, parts[w][s] * n * factor) for w, n in occurrences.items()),
            key=lambda item: (-item[1], item[0]),
        )
        return [(w, c) for w, c in ranked[:k] if c > 0]

    def scores(self, text: str) -> dict[str, float]:
        """Probability per signal ({"hate": p, "profanity": p}) for the raw original text."""
        return {name: sigmoid(z) for name, z in zip(self.signals, self.logits(text), strict=True)}
