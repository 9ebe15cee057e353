"""Near-word captures of the training rows: every word the vocabulary does not list that the
engine reads as another lexicon term through `canonical`: one edit away
(`analysis.canonical_words._fuzzy`), a doubled letter squeezed ("mexicaanos") or a Spanish
diminutive or augmentative of an insult ("tontito", `analysis.canonical_words._derived`).

A new lexicon word one edit from an ordinary word ("indito" of "invito") makes every comment
with that word read as it; the scan lists such captures so each is reviewed once, and
tests/policy/test_near_word_captures.py fails on one that nobody reviewed. Run from the repo
root: `python -m moderation.training.near_words` prints the captures as TSV (word, lang, term,
rows, "reviewed" or "NEW", and how it is read: edit, squeeze or derived); `--new` prints
only the unreviewed ones.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from moderation.policy.analysis.canonical_words import canonical, derived, fuzzy
from moderation.policy.analysis.lexicon_reads import _known_words
from moderation.policy.lexicon import LEXICON_DIR, Lexicon, load, split_words
from moderation.policy.normalize import FOLDED, SPACED_ANY, normalize, squeeze_variants

DATA_DIR = Path(__file__).resolve().parent / "data"
ROW_FILES = ("blog_comments_train.jsonl", "blog_comments_pending.jsonl")
REVIEWED = LEXICON_DIR / "near_words_reviewed.tsv"

type Capture = tuple[str, str, str]  # (word, lang, term it is read as)


def training_rows(data_dir: Path = DATA_DIR) -> Iterator[tuple[str, str]]:
    """(text, lang) of every training and pending row."""
    for name in ROW_FILES:
        with (data_dir / name).open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    yield row["text"], row.get("lang") or "en"


def _words_of(folded: str) -> set[str]:
    return {w for w, _, _ in split_words(folded)}


def distinct_words(rows: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """The distinct folded words of the rows, by row language. Folding every row whole is the
    slow part (seconds), so the rows' distinct white-space pieces are folded together, a piece
    a line: folding never crosses white space, except when it joins letters typed apart, and
    rows where it does are folded whole as well."""
    pieces: dict[str, set[str]] = {}
    words: dict[str, set[str]] = {}
    for text, lang in rows:
        pieces.setdefault(lang, set()).update(text.split())
        folded = text.lower() if text.isascii() else "".join(map(FOLDED.__getitem__, text))
        if SPACED_ANY.search(folded):  # letters typed apart: normalize's own test
            words.setdefault(lang, set()).update(_words_of(normalize(text).text))
    for lang, found in pieces.items():
        words.setdefault(lang, set()).update(_words_of(normalize("\n".join(found)).text))
    return words


def row_counts(rows: Iterable[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """How many rows hold each (word, lang), each row folded whole (slow: for the report)."""
    counts: Counter[tuple[str, str]] = Counter()
    for text, lang in rows:
        counts.update((w, lang) for w in _words_of(normalize(text).text))
    return counts


def near_word(word: str, lex: Lexicon, lang: str) -> str:
    """The term `canonical` reads `word` as, or the word: a changed letter, a doubled one
    squeezed or a diminutive all make a comment read as a term its writer may not have meant
    ("mexicaanos" is sure, "cerdito" is a piglet)."""
    return canonical(word, lex, lang)


def how_read(word: str, lex: Lexicon, lang: str) -> str:
    """Which step of `canonical` reads `word` as its term: squeeze, derived or edit."""
    term = canonical(word, lex, lang)
    if term in squeeze_variants(word):
        return "squeeze"
    if lang == "es" and term == derived(word, lex):
        return "derived"
    return "edit" if term == fuzzy(word, lex, lang) else "other"


def captures(words: dict[str, set[str]], lex: Lexicon) -> list[Capture]:
    """Every word that reaches near-word reading (unlisted, three letters or more) and is
    read as another word, sorted."""
    known = _known_words(lex)
    found = []
    for lang, ws in words.items():
        for w in ws:
            if w in known or len(w) < 3 or not w.isalpha():
                continue
            term = near_word(w, lex, lang)
            if term != w:
                found.append((w, lang, term))
    return sorted(found)


def reviewed(path: Path = REVIEWED) -> dict[tuple[str, str], str]:
    """(word, lang) -> term of the reviewed captures (see the file's header)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, lang, term = re.split(r"\t| {2,}", line.strip())[:3]
            out[(word, lang)] = term
    return out


def unreviewed(found: list[Capture], known: dict[tuple[str, str], str]) -> list[Capture]:
    """Captures not in the reviewed list (or read as another term than the one reviewed)."""
    return [c for c in found if known.get((c[0], c[1])) != c[2]]


def stale(found: list[Capture], known: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    """Reviewed (word, lang) pairs that are no longer captured: a lexicon or vocabulary change
    made the row moot, and a stale row would let the same word's later, different capture in
    unread."""
    captured = {(c[0], c[1]) for c in found}
    return sorted(set(known) - captured)


def main(argv: list[str]) -> int:
    lex = load()
    rows = list(training_rows())
    words = distinct_words(rows)
    found = captures(words, lex)
    counts = row_counts(rows)
    known = reviewed()
    new = set(unreviewed(found, known))
    total = sum(len(ws) for ws in words.values())
    print(f"# {total} distinct words, {len(found)} captures, {len(new)} not reviewed")
    for c in found:
        if "--new" in argv and c not in new:
            continue
        status = "NEW" if c in new else "reviewed"
        how = how_read(c[0], lex, c[1])
        print(f"{c[0]}\t{c[1]}\t{c[2]}\t{counts[(c[0], c[1])]}\t{status}\t{how}")
    for word, lang in stale(found, known):
        print(f"# no longer captured: {word} {lang} (drop it from the reviewed list)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
