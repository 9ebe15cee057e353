"""Slips of one letter: whether two words are one edit apart, which slip it is, and when a
changed first letter may be read; shared by the near-word readers (`canonical`, phrase
slips, compound halves, run-together words)."""

from __future__ import annotations

from moderation.policy.analysis.lexicon_reads import has_lang
from moderation.policy.lexicon import Entry

FUZZY_CLASSES = ("G", "S", "D", "X", "H", "V", "PROF")


def one_edit(a: str, b: str) -> bool:
    """One letter deleted, added, replaced, or two neighbours swapped (a != b)."""
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 3:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def first_slip(word: str, term: str) -> bool:
    """A long term's first letter dropped or swapped with the second ("uslims", "imgrants"):
    the one slip that changes the first letter, read only for terms of six letters or more
    (and, in `_fuzzy`, only for group words and slurs), where few real words are so close."""
    if len(term) < 6:
        return False
    if len(word) + 1 == len(term):
        return word == term[1:]
    return (
        len(word) == len(term)
        and word[0] == term[1]
        and word[1] == term[0]
        and word[0] != word[1]
        and word[2:] == term[2:]
    )


_FIRST_SLIP_MIN = 7  # content terms this long are read past a slip of their first letter


def first_letter_ok(word: str, term: str, entry: Entry | None, lang: str) -> bool:
    """Whether a slip of the first letter (`_first_slip`) may be read: for a group word or a
    slur always; for another content term of the comment's language ("escoria", "animals")
    only its first two letters swapped, from seven letters, where hardly a real word sits
    one such slip away. A dropped first letter is left alone: the near-miss word lists were
    not built for it, and it spells real words ("retina" of "cretina", "scoria")."""
    if entry is None:
        return False
    if "G" in entry.classes or "S" in entry.classes:
        return True
    return (
        len(word) == len(term)
        and len(term) >= _FIRST_SLIP_MIN
        and has_lang(entry, lang)
        and any(c in entry.classes for c in FUZZY_CLASSES)
    )


def slip_rank(word: str, term: str) -> int:
    """0 when `word` is `term` with a letter dropped or two neighbours swapped, 1 with a
    letter replaced, 2 with a letter added (for words one edit apart)."""
    if len(word) < len(term):
        return 0
    if len(word) > len(term):
        return 2
    return 0 if slip_not_swap(word, term) else 1


def noun_like_entry(entry: Entry) -> bool:
    """Nouns and adjectives, not verbs: Spanish verb forms sit one letter apart."""
    return any(c in entry.classes for c in ("D", "X", "PROF", "INS"))


def slip_not_swap(word: str, term: str) -> bool:
    """Two neighbours swapped, or one letter dropped: slips that rarely spell another real
    word ("rtaas", "crdos"), unlike a replaced letter ("rutas" is a word, not "ratas")."""
    if len(word) == len(term):
        diff = [k for k in range(len(word)) if word[k] != term[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1
    return len(word) + 1 == len(term)
