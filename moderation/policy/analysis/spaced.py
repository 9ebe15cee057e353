"""Words typed apart, joined again: single letters ("g a y"), letters joined by normalisation
and split into words ("aplague"), syllables ("ma ri co nes"), hyphenated halves
("mari-cones") and two halves of an English term ("des pise")."""

from __future__ import annotations

import re

from moderation.policy.analysis.lexicon_reads import (
    _content,
    _known_words,
    has_lang,
    per_lexicon,
)
from moderation.policy.lexicon import Entry, Lexicon
from moderation.policy.normalize import SPACING_SEPARATORS, Normalized


def negation_after(nxt: tuple[str, int, int], norm: Normalized, lang: str) -> bool:
    """Whether the next word is a Spanish "no" as written (not a folded "ño"): a negation
    after a word is never its last syllable ("del norte no es" is no "norteño")."""
    if lang != "es" or nxt[0] != "no":
        return False
    start, end = norm.span(nxt[1], nxt[2])
    return norm.original[start:end].lower() == "no"


# Letters spaced apart hide where words end: single letters that are words of their own.
STANDALONE = {"en": frozenset({"a", "i"}), "es": frozenset({"a", "y", "o", "e", "u"})}


_SEPARATORS = frozenset(SPACING_SEPARATORS)  # as `normalize` reads spaced-out words


def letters_apart(
    raw: list[tuple[str, int, int]], i: int, text: str, lex: Lexicon, lang: str
) -> tuple[str, int] | None:
    """Three to six single letters from i on, one separator (the same each time) apart, that
    spell a lexicon word of the comment's language ("g a y", "d i e", "s o n"): the word and
    the index after its last letter. Normalisation joins only four or more plain-spaced
    letters, since "a b c" lists are common; a lexicon word is what makes three safe."""
    letters = [raw[i][0]]
    sep = ""
    j = i + 1
    while j < len(raw) and len(letters) < 6:
        w, s, e = raw[j]
        gap = text[raw[j - 1][2] : s]
        if len(w) != 1 or e - s != 1 or not w.isalpha() or gap not in _SEPARATORS:
            break
        if sep and gap != sep:
            break
        sep = gap
        letters.append(w)
        j += 1
    if len(letters) < 3 or raw[i][2] - raw[i][1] != 1:
        return None
    term = "".join(letters)
    if term not in lex.words:
        return None
    entry = lex.lookup((term,))
    if entry is not None and has_lang(entry, lang):
        return term, j
    if term in lex.stopwords.get(lang, ()) or term in lex.vocab_by_lang.get(lang, ()):
        return term, j  # a word of a phrase ("que", "hay")
    return None


def spaced_out(norm: Normalized, start: int, end: int) -> bool:
    """The word was typed with its letters apart ("p l a g u e") and joined by normalisation."""
    if not norm.spaced:
        return False
    a, b = norm.span(start, end)
    return b - a > end - start and any(c in _SEPARATORS for c in norm.original[a:b])


def split_spaced(word: str, lex: Lexicon, lang: str) -> list[tuple[str, int]] | None:
    """A word joined from spaced letters, split into the fewest known words ("aplague": "a
    plague", "ihate": "i hate", "killallgays"), with each piece's offset in the word; ties
    go to the split with more letters in content terms, then in lexicon words. None unless
    a piece is a lexicon word of three letters or more: spacing hides the word boundaries,
    and only the lexicon's words are worth finding again."""
    standalone = STANDALONE.get(lang, STANDALONE["en"])
    own = lex.vocab_by_lang.get(lang, lex.vocab)
    n = len(word)
    # best[k]: (pieces, -content letters, -lexicon letters, split) of the best reading of
    # word[:k]
    best: list[tuple[int, int, int, tuple[tuple[str, int], ...]] | None] = [None] * (n + 1)
    best[0] = (0, 0, 0, ())
    for end in range(1, n + 1):
        for start in range(max(0, end - 24), end):
            prev = best[start]
            if prev is None:
                continue
            piece = word[start:end]
            if len(piece) == 1:
                if piece not in standalone:
                    continue
            elif piece not in lex.words and piece not in own:
                continue
            in_lex = piece in lex.words and len(piece) >= 3
            entry = lex.lookup((piece,)) if in_lex else None
            content = len(piece) if entry is not None and _content(entry) else 0
            cand = (
                prev[0] + 1,
                prev[1] - content,
                prev[2] - (len(piece) if in_lex else 0),
                (*prev[3], (piece, start)),
            )
            if best[end] is None or cand[:3] < best[end][:3]:
                best[end] = cand
    found = best[n]
    if found is None or found[0] < 2 or found[2] == 0:
        return None
    return list(found[3])


# Endings that are never an English word of their own in prose ("disgust ing").
_EN_ENDINGS = frozenset({"s", "es", "ed", "ing", "er", "ers", "ist", "ists", "ly"})


# The second halves of slur compounds that name a person by a thing put on a body part or a
# deed ("rag head", "shit skin", "spear chucker"): typed apart they are still the slur, which
# no ordinary pair of these words makes (a slur the lexicon marks a homonym is left apart:
# "red skin", "wet back").
_SLUR_TAILS = frozenset(
    {"head", "heads", "skin", "skins", "chucker", "chuckers", "fucker", "fuckers"}
)


@per_lexicon
def _glue_index(lex: Lexicon) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """English content terms of six letters or more that split into two known words, by
    first half: "des" -> {"pise"} ("despise"), and the set of all second halves. Kept only
    where the halves are no ordinary English pair ("worth less", "rag head", "latin as"
    stay two words): neither half is a function word, and one half is no English word or
    the second is a bare ending. Built once per lexicon."""
    english = lex.vocab_by_lang.get("en", lex.vocab)
    stop = lex.stopwords.get("en", frozenset())
    known = _known_words(lex)
    index: dict[str, set[str]] = {}
    for tables in lex.phrases.values():
        for length, table in tables:
            if length != 1:
                continue
            for (term,), entry in table.items():
                if len(term) < 6 or not term.isalpha() or not has_lang(entry, "en"):
                    continue
                if not _content(entry):
                    continue
                for k in range(2, len(term) - 1):
                    left, right = term[:k], term[k:]
                    if left not in known or right not in known:
                        continue  # an unknown half is joined by the loop in `analyse`
                    if left in stop or right in stop:
                        continue  # "latin as", "in competent": a function word beside
                    if (
                        left in english
                        and right in english
                        and right not in _EN_ENDINGS
                        and not (right in _SLUR_TAILS and _plain_slur(entry))
                    ):
                        continue
                    index.setdefault(left, set()).add(right)
    seconds = frozenset(r for v in index.values() for r in v)
    return {k: frozenset(v) for k, v in index.items()}, seconds


def _plain_slur(entry: Entry) -> bool:
    """A slur of English that the lexicon marks as no homonym of an ordinary word."""
    return any(
        lang in ("en", "*") and "homonym" not in meta.split("|")[-1]
        for lang, meta in entry.classes.get("S", ())
    )


# Classes a word typed in syllables is read as: slurs, groups, dehumanising words.
_SYLLABLE_CLASSES = ("S", "G", "D")


def syllables_apart(
    raw: list[tuple[str, int, int]], text: str, lex: Lexicon, flags: list[bool] | None = None
) -> dict[int, int]:
    """Runs raw[i:j] of three to five pieces of one to four letters, one space apart, one of
    them no word, that spell a slur, a group or a dehumanising word ("ma ri co nes", "ju di
    os"): start -> end. Syllables are too long for normalisation's letters apart, and a run
    of real short words ("a mi no me da") spells nothing in the lexicon. `flags`: whether each
    word is known (`_known_words`), when the caller has them."""
    known = _known_words(lex)
    runs: dict[int, int] = {}
    words = [w for w, _, _ in raw]
    if flags is None:
        flags = known.flags(words)
    # one letter a word: "k" for a piece short enough that is a known word, "u" for one that
    # is not, "." for any other. A run opens only where three pieces stand in a row with an
    # unknown one among the first five (pieces that are all words spell nothing to read), found
    # in C rather than by a loop over every word ("a mi no me da" is no start)
    short = "".join(
        [
            "." if len(w) > 4 or not w.isalpha() else "k" if k else "u"
            for w, k in zip(words, flags, strict=True)
        ]
    )
    n = len(raw)
    found = _SYLLABLE_RUN.search(short)
    while found is not None:
        i = found.start()
        best = 0
        # one space between the pieces, one full stop ("ma.ri.cas") or one hyphen
        # ("ju-di-os"), the same all along
        mark = text[raw[i][2] : raw[i + 1][1]] if i + 1 < n else " "
        if mark not in (" ", ".", "-"):
            mark = " "
        for j in range(i + 3, min(n, i + 5) + 1):
            if short[j - 1] == "." or text[raw[j - 2][2] : raw[j - 1][1]] != mark:
                break
            pieces = words[i:j]
            if all(w in known for w in pieces):
                continue
            entry = lex.lookup(("".join(pieces),))
            if entry is not None and any(entry.has(c) for c in _SYLLABLE_CLASSES):
                best = j
        if best:
            runs[i] = best
        found = _SYLLABLE_RUN.search(short, best or i + 1)
    return runs


def hyphen_apart(raw: list[tuple[str, int, int]], text: str, lex: Lexicon) -> dict[int, int]:
    """Pairs raw[i], raw[i + 1] joined by one hyphen that spell a slur, a group or a
    dehumanising word ("mari-cones", "sud-acas", "mus-lims") while one of them is no word:
    i -> i + 2. A hyphen hides a word from the word list as a space does; compounds of two
    words ("ex-marido", "anti-gitanos") are left as they are."""
    known = _known_words(lex)
    runs: dict[int, int] = {}
    for i in range(len(raw) - 1):
        (a, _, a_end), (b, b_start, _) = raw[i], raw[i + 1]
        if text[a_end:b_start] != "-" or (a in known and b in known) or i - 1 in runs:
            continue
        if not (a.isalpha() and b.isalpha()):
            continue
        entry = lex.lookup((a + b,))
        if entry is not None and any(entry.has(c) for c in _SYLLABLE_CLASSES):
            runs[i] = i + 2
    return runs


# Where `_syllables_apart` may find a run: three short pieces in a row ("k" or "u"), an unknown
# one ("u") among the five from there (a run is at most five pieces long).
_SYLLABLE_RUN = re.compile(r"(?=[ku]{3})(?=.{0,4}u)")


def join_runs(raw: list[tuple[str, int, int]], runs: dict[int, int]) -> list[tuple[str, int, int]]:
    """The words with each run start -> end made one word."""
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(raw):
        if i in runs:
            j = runs[i]
            out.append(("".join(w for w, _, _ in raw[i:j]), raw[i][1], raw[j - 1][2]))
            i = j
        else:
            out.append(raw[i])
            i += 1
    return out


def glue(raw: list[tuple[str, int, int]], glued: frozenset[int]) -> list[tuple[str, int, int]]:
    """The words with each pair that starts at an index in `glued` made one word."""
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(raw):
        if i in glued:
            out.append((raw[i][0] + raw[i + 1][0], raw[i][1], raw[i + 1][2]))
            i += 2
        else:
            out.append(raw[i])
            i += 1
    return out


def glued_halves(
    raw: list[tuple[str, int, int]], raw_words: list[str], lex: Lexicon, lang: str, text: str
) -> frozenset[int]:
    """Indices i where raw[i] and raw[i + 1], one space apart, are the two halves of an
    English content term (see `_glue_index`); English only, where the word lists can tell an
    ordinary pair of words from a term with a space typed into it."""
    if lang != "en":
        return frozenset()
    index, seconds = _glue_index(lex)
    # two passes in C: few comments hold both a first and a second half
    if index.keys().isdisjoint(raw_words):
        return frozenset()
    masked = "*" in text  # "goat f*ckers": a second half masked as a swear is
    if not masked and seconds.isdisjoint(raw_words):
        return frozenset()
    found = set()
    for i in range(len(raw) - 1):
        rights = index.get(raw[i][0])
        if (
            rights is not None
            and (raw[i + 1][0] in rights or (masked and _masked_in(raw[i + 1][0], rights)))
            and i - 1 not in found
            and text[raw[i][2] : raw[i + 1][1]] == " "
        ):
            found.add(i)
    return frozenset(found)


def _masked_in(word: str, rights: frozenset[str]) -> bool:
    """`word` with its asterisks read as any letter is one of `rights` ("f*ckers")."""
    return "*" in word and any(
        len(r) == len(word) and all(a == b or a == "*" for a, b in zip(word, r, strict=True))
        for r in rights
    )
