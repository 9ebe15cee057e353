"""Normalise a comment once (Unicode, case, accents, obfuscation) and keep an offset map.

Every character of the normalised text remembers the index of the original character it came
from, so evidence found in the normalised text is reported as spans of the ORIGINAL text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters that render as nothing and are used to split words invisibly.
_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
    "\ufeff\u3164\uffa0"
)

# Cyrillic and Greek letters that look like Latin ones (after lower-casing).
_HOMOGLYPHS = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ɡ": "g", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ս": "u", "ց": "g", "օ": "o",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "μ": "u", "ϲ": "c", "ς": "s",
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ɑ": "a",
    # Arabic-Indic digits shaped like Latin letters or digits ("M٥slims"): five is a ring.
    "٥": "o", "۵": "o", "١": "1", "۱": "1", "٧": "v", "۷": "v",
}  # fmt: skip

# Digits and symbols used as letters inside words (applied only next to letters).
_LEET = {
    "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "9": "g",
    "@": "a", "$": "s", "!": "i", "|": "i", "+": "t", "€": "e", "£": "l",
}  # fmt: skip
# Symbols that stand for a hidden letter ("f*ck", "n#gger"): kept as "*" and matched as a wildcard.
_MASK = frozenset("*#%_")
# Emoji that stand for a word of abuse, read as that word (a lexicon term of its own, spaced
# off so it is a word wherever it is typed): the middle finger is "fuck you" in a picture.
_GESTURES = {"\U0001f595": " middlefinger "}
_APOSTROPHES = frozenset("'’‘`´ʼ")
_QUOTES = frozenset('"“”„«»‹›')

# Three or more single letters (or look-alikes) with one separator between them: all plain
# spaces ("f u c k") or all punctuation ("n.1.g.g.e.r", "f-u-c-k"), never a mix, so an article
# before a dotted word stays a word ("a f.a.g"). A letter after an apostrophe ends a word
# ("can't s t a n d"), it does not start a run. The first glyph comes first and the separator
# after it is checked before the look-behind: the regex engine then rejects most positions
# (a letter followed by a letter) at once.
SPACING_SEPARATORS = " .-_/·•,"  # what may stand between the letters of a spaced-out word
_SEP = "[" + re.escape(SPACING_SEPARATORS) + "]"
_MARK = "[" + re.escape(SPACING_SEPARATORS.replace(" ", "")) + "]"  # all but the space
_SPACED = re.compile(
    rf"[a-z0-9@$!|](?={_SEP})(?<![a-z0-9@$|*'].)"
    rf"(?:(?: [a-z0-9@$!|])+ [a-z0-9@$|]|(?:{_MARK} ?[a-z0-9@$!|])+{_MARK} ?[a-z0-9@$|])"
    r"(?![a-z0-9@$|*])"
)
# Whether `_SPACED` matches at all, asked of every comment: the same matches found one
# character later, from the separator after the first letter, so the regex engine stops only
# at separators rather than at every letter (about half the time; the finditer that follows
# in the few texts it answers yes for is `_SPACED`'s own).
SPACED_ANY = re.compile(
    rf"{_SEP}(?<=(?<![a-z0-9@$|*'])[a-z0-9@$!|]{_SEP})"
    rf"(?:(?<= )[a-z0-9@$!|](?: [a-z0-9@$!|])* [a-z0-9@$|]|"
    rf"(?<={_MARK}) ?[a-z0-9@$!|](?:{_MARK} ?[a-z0-9@$!|])*{_MARK} ?[a-z0-9@$|])"
    r"(?![a-z0-9@$|*])"
)
_WORD = re.compile(r"[a-z*]+(?:'[a-z]+)?|[0-9]+")
# A run of letters and look-alike symbols that holds at least one non-letter, from its first
# non-letter on (the letters before it are added back by hand): opening with that class, the
# regex engine only stops at digits and symbols, not at every letter.
_MIXED_RUN = re.compile(r"[0-9@$!|+€£*#%_][a-z0-9@$!|+€£*#%_]*+")
_HAS_LETTER = re.compile(r"[a-z]")
# Money, quantities and ordinals ("$400k", "$1.5m", "10k", "90s", "2nd"; Spanish "la 5ta", "la
# 3ra avenida", "1er", "2do", "8vo", "5a"): numbers with a unit, never look-alike letters (leet
# words mix digits into letters, they do not end a number).
_AMOUNT = re.compile(
    r"[$€£]?[0-9]+(?:[.,][0-9]+)*(?:k|m|mm|b|bn|s|st|nd|rd|th|am|pm|kg|km|lb|lbs|mph|mil|usd|mxn|"
    r"ta|to|ra|ro|er|era|ero|da|do|mo|ma|vo|va|no|na|a|o)?$"
)
# A character, then two or more of it (`_letter_runs` keeps the letters). Spelt "\1\1+" rather
# than "\1{2,}": the same matches, and the regex engine's counted repeat of a back-reference
# costs it twice as long at every letter; "(.)" costs it less at every character than "([a-z])".
_LONG_RUN = re.compile(r"(.)\1\1+")
_DOUBLED = re.compile(r"(.)\1", re.DOTALL)  # any character twice in a row
# Two or more white-space characters, or one that is not a plain space. Opening with \s, the
# regex engine only stops at white space.
_SPACE_RUN = re.compile(r"\s(?:\s+|(?<=[^\S ]))")


@lru_cache(maxsize=4096)
def _fold(ch: str) -> str:
    """One original character as its matching form: NFKC, homoglyph, lower case, no accents."""
    if ch in _INVISIBLE:
        return ""
    if ch.isascii():
        return ch.lower()
    if ch in _GESTURES:
        return _GESTURES[ch]
    out = []
    for c in unicodedata.normalize("NFKC", ch):
        c = c.lower()
        c = _HOMOGLYPHS.get(c, c)
        if len(c) == 1 and not c.isascii() and unicodedata.category(c) == "Nd":
            c = str(unicodedata.digit(c))  # other scripts' digits as the digits they are
        if c in _APOSTROPHES:
            out.append("'")
            continue
        if c in _QUOTES:
            out.append('"')
            continue
        for d in unicodedata.normalize("NFD", c):
            if unicodedata.category(d) != "Mn":
                out.append(d)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # normalised form
    start: int  # index into Normalized.text
    end: int


@dataclass(frozen=True, slots=True)
class Normalized:
    original: str
    text: str
    origin: tuple[int, ...]  # origin[i]: index in `original` of normalised char i
    spaced: bool = False  # letters spaced apart were joined into a word ("f u c k")

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original-text span of normalised chars [start, end)."""
        if not self.origin or end <= start:
            return (0, 0)
        start = min(max(start, 0), len(self.origin) - 1)
        end = min(max(end, start + 1), len(self.origin))
        return (self.origin[start], self.origin[end - 1] + 1)

    def tokens(self) -> list[Token]:
        return [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(self.text)]


def _is_letter(c: str) -> bool:
    return "a" <= c <= "z"


class _FoldMemo(dict):
    """character -> `_fold` of it, read in C for every character of a text that is not
    plain ASCII (half the time of asking `_fold`'s cache one character at a time); bounded
    like that cache: a full memo starts again."""

    __slots__ = ()

    def __missing__(self, ch: str) -> str:
        if len(self) >= 4096:
            self.clear()
        found = self[ch] = _fold(ch)
        return found


FOLDED = _FoldMemo()


def _fold_chars(text: str) -> tuple[list[str], list[int]]:
    """Each character folded (case, accents, look-alikes; some become two or none), with the
    index in `text` that every folded character came from."""
    folds = list(map(FOLDED.__getitem__, text))
    if set(map(len, folds)) == {1}:  # most texts: every character one folded character
        return folds, list(range(len(text)))
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(folds):
        for c in ch:
            chars.append(c)
            origin.append(i)
    return chars, origin


def normalize(text: str) -> Normalized:
    """Fold the text for matching; see the module docstring."""
    # The character and origin lists are only built once something has to change: most
    # comments are plain ASCII with nothing to join, map or squeeze.
    chars: list[str] | None = None
    origin: list[int] | range | None = None
    if text.isascii():
        folded = text.lower()
    else:
        chars, origin = _fold_chars(text)
        folded = "".join(chars)

    # Letters spaced or dotted apart ("f u c k", "n.1.g.g.e.r"): join them into one word.
    spaced = False
    if SPACED_ANY.search(folded):
        if chars is None:
            chars = list(folded)
            origin = range(len(folded))
        keep = [True] * len(folded)
        for m in _SPACED.finditer(folded):
            segment = m.group()
            if not _should_join(segment):
                continue
            spaced = True
            for k in range(m.start(), m.end()):
                if not _is_glyph(folded[k]):
                    keep[k] = False
        chars = [c for c, k in zip(chars, keep, strict=True) if k]
        origin = [o for o, k in zip(origin, keep, strict=True) if k]
        joined = "".join(chars)
    else:
        joined = folded
    if origin is None:
        origin = range(len(folded))

    # Leetspeak and masking: only inside a run that also holds letters ("sh!t", "a$$", "n1gg3r").
    # A fixed run keeps its length, so the offsets stay as they are.
    pieces: list[str] = []
    done = 0
    for m in _MIXED_RUN.finditer(joined):
        start, end = m.span()
        while start > 0 and "a" <= joined[start - 1] <= "z":
            start -= 1  # the run's leading letters
        run = joined[start:end]
        fixed = _fixed_run(run)
        if fixed != run:
            pieces += (joined[done:start], fixed)
            done = end

    # Squeeze long runs of one letter ("fuuuuck" -> "fuuck"); lexicon lookups try both forms.
    text_out = "".join(pieces) + joined[done:] if pieces else joined
    squeeze = _letter_runs(text_out)
    if not squeeze:
        return Normalized(original=text, text=text_out, origin=_offsets(origin), spaced=spaced)
    kept: list[str] = []
    kept_origin: list[int] = []
    done = 0
    for start, end in squeeze:  # keep two of the letters, drop the rest of the run
        kept.append(text_out[done : start + 2])
        kept_origin += origin[done : start + 2]
        done = end
    kept.append(text_out[done:])
    kept_origin += origin[done:]
    return Normalized(original=text, text="".join(kept), origin=tuple(kept_origin), spaced=spaced)


def _letter_runs(text: str) -> list[tuple[int, int]]:
    """Spans of three or more of one letter ("fuuuck"); runs of one character never overlap."""
    return [m.span() for m in _LONG_RUN.finditer(text) if "a" <= m.group(1) <= "z"]


# Unchanged offsets are sliced from one shared tuple: cheaper than a new tuple(range(n)).
_IDENTITY = tuple(range(4096))


def _offsets(origin: list[int] | range) -> tuple[int, ...]:
    if isinstance(origin, range) and len(origin) <= len(_IDENTITY):
        return _IDENTITY[: len(origin)]
    return tuple(origin)


def _is_glyph(c: str) -> bool:
    return _is_letter(c) or c in _LEET


def _should_join(segment: str) -> bool:
    glyphs = [c for c in segment if _is_glyph(c)]
    letters = [c for c in glyphs if _is_letter(c)]
    if len(letters) * 2 < len(glyphs) + 1:
        return False  # "1 2 3 4" or "3 - 0" are numbers, not a hidden word
    seps = {c for c in segment if not _is_glyph(c)}
    if seps <= {" "}:
        # Plain spaces: at least four letters, so "a b c" lists and "y o" stay words.
        return len(letters) >= 4
    # Dotted initials such as "u.s.a" are joined too; harmless for matching.
    return len(letters) >= 3


@lru_cache(maxsize=4096)
def _fixed_run(run: str) -> str:
    """A mixed run with its look-alike symbols read as letters (a pure function of the run,
    and runs such as "2020" or "hello!" recur)."""
    if not _HAS_LETTER.search(run) or _AMOUNT.match(run):
        return run
    out = list(run)
    _fix_run(list(run), out, 0)
    return "".join(out)


def _fix_run(run: list[str], out: list[str], offset: int) -> None:
    last = len(run) - 1
    grawlix = _grawlix(run)
    for k, c in enumerate(run):
        if _is_letter(c):
            continue
        if k in grawlix:
            out[offset + k] = "*"
            continue
        prev_letter = k > 0 and (_is_letter(run[k - 1]) or run[k - 1] in _LEET)
        next_letter = k < last and (_is_letter(run[k + 1]) or run[k + 1] in _LEET)
        if c in _LEET:
            if c == "!" and (not next_letter or run[k + 1 :].count("!") == last - k):
                continue  # "hello!" and "hello!!" keep their exclamation marks
            if c in "@$" or prev_letter or next_letter:
                out[offset + k] = _LEET[c]
        elif c in _MASK and prev_letter and (next_letter or c in "*#"):
            if c == "_" and not next_letter:
                continue
            out[offset + k] = "*"


_GRAWLIX = frozenset("@#$%&*!")


def _grawlix(run: list[str]) -> frozenset[int]:
    """Positions of a grawlix inside a word: two or more symbols in a row between letters,
    at least one of them a mask ("*", "#", "%") and not all one symbol ("f@#$ing", "sh#!t"):
    every symbol of it hides a letter, so "@" and "$" there are no "a" and "s" ("a$$" is)."""
    found: set[int] = set()
    k = 0
    n = len(run)
    while k < n:
        if run[k] not in _GRAWLIX:
            k += 1
            continue
        j = k
        while j < n and run[j] in _GRAWLIX:
            j += 1
        piece = run[k:j]
        if (
            j - k >= 2
            and k > 0
            and j < n
            and _is_letter(run[k - 1])
            and _is_letter(run[j])
            and any(c in _MASK for c in piece)
            and len(set(piece)) > 1
        ):
            found.update(range(k, j))
        k = j
    return frozenset(found)


def squeeze_variants(word: str) -> list[str]:
    """Forms of a word with doubled letters collapsed ("fuuck" -> "fuck"), for lookups."""
    if not _DOUBLED.search(word):
        return []  # most words: one regex call instead of a comparison per letter
    positions = [i for i in range(1, len(word)) if word[i] == word[i - 1]]
    if not positions or len(positions) > 3:
        return []
    variants = []
    for mask in range(1, 1 << len(positions)):
        drop = {positions[b] for b in range(len(positions)) if mask >> b & 1}
        variants.append("".join(c for i, c in enumerate(word) if i not in drop))
    return variants


def fold_term(term: str) -> str:
    """A lexicon term in the same form as normalised text (no leet mapping, single spaces)."""
    return " ".join("".join(_fold(c) for c in term).split())


def fold_text(text: str) -> Normalized:
    """Case, accents, look-alike letters and invisible characters folded, runs of white space
    made one space and long letter runs squeezed, nothing more: for patterns (spam) that must
    read "me!!!", "@name" and "$5k" as typed rather than as leetspeak. Keeps the offset map
    like `normalize`. The last result is kept: the spam and troll rules fold the same
    comment in a row, and the result is immutable."""
    last = _LAST_FOLD[0]
    if last is not None and last[0] == text:
        return last[1]
    found = _fold_text(text)
    _LAST_FOLD[0] = (text, found)  # one list item store: thread-safe
    return found


_LAST_FOLD: list[tuple[str, Normalized] | None] = [None]


def _fold_text(text: str) -> Normalized:
    """`fold_text` without its memo."""
    if text.isascii():
        folded = text.lower()
        origin: list[int] | range = range(len(folded))
    else:
        chars, origin = _fold_chars(text)
        folded = "".join(chars)
    # (start, end, how many characters stay): two letters of a long run, one space of a run
    # of white space (as " "); the two kinds never overlap.
    cuts = [(start, end, 2) for start, end in _letter_runs(folded)]
    cuts += [(m.start(), m.end(), 0) for m in _SPACE_RUN.finditer(folded)]
    if not cuts:
        return Normalized(original=text, text=folded, origin=_offsets(origin))
    pieces: list[str] = []
    kept: list[int] = []
    done = 0
    for start, end, stay in sorted(cuts):
        pieces.append(folded[done:start] + (folded[start : start + stay] if stay else " "))
        kept += origin[done : start + (stay or 1)]
        done = end
    pieces.append(folded[done:])
    kept += origin[done:]
    return Normalized(original=text, text="".join(pieces), origin=tuple(kept))
