"""Rebuild vocab_en.txt (frequent English words in the TRAIN splits of ../shared/datasets) and
vocab_es.txt (Spanish words that fuzzy matching would misread as a lexicon term).

Run from the repo root: `python -m moderation.policy.lexicons.build_vocab`, and, after adding
lexicon terms, `python -m moderation.policy.lexicons.build_vocab --spanish WORDLIST` with a plain
Spanish word list, one word a line (the public-domain list of Debian's `wspanish` package was
used). The lists only tell fuzzy matching which tokens are ordinary words (so "bigger" is never
read as a misspelt slur, nor "tarde" or "marca").
"""

import csv
import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATASETS = HERE.parents[3] / "shared" / "datasets"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def _bucket(key: str) -> int:
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 10


def train_texts() -> list[str]:
    texts: list[str] = []
    hx = DATASETS / "hatexplain"
    train_ids = set(json.loads((hx / "post_id_divisions.json").read_text())["train"])
    with (hx / "092-HateXplain.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row[""] in train_ids:
                texts.append(row["text"])
    with (DATASETS / "davidson" / "labeled_data.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if _bucket(row[""]) != 0:
                texts.append(row["tweet"])
    with (DATASETS / "dynahate" / "db_dev.csv").open(encoding="utf-8") as f:
        texts.extend(row["text"] for row in csv.DictReader(f))
    with (DATASETS / "ethos" / "Ethos_Dataset_Binary.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            if _bucket(row["comment"].strip()) != 0:
                texts.append(row["comment"])
    for path in sorted((DATASETS / "youtube-spam").glob("*.csv")):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if _bucket(" ".join(row["CONTENT"].lower().split())) != 0:
                    texts.append(row["CONTENT"])
    return texts


# Dictionary words that are themselves slurs or insults: fuzzy matching should keep reading them
# as the lexicon term beside them.
_NOT_ORDINARY = frozenset(
    {"mogolico", "mogolica", "mongoloide", "sodomita", "negrada", "machorro", "bollero",
     "bolleros", "bastardo", "bastarda", "malparado", "follado", "guarrada", "retardo"}
)  # fmt: skip


def spanish_near_misses(wordlist: Path) -> list[str]:
    """Real Spanish words that one-edit fuzzy matching (or word splitting) would turn into a
    different lexicon term: "tarde" is not a misspelt slur, "punta" is not "putas". Inflections
    of a Spanish term ("indio" -> "indios", "ejecutar" -> "ejecutara") stay fuzzy-matched."""
    from moderation.policy.analysis import _fuzzy, _segment
    from moderation.policy.lexicon import load
    from moderation.policy.normalize import fold_term

    lex = load()
    old = HERE / "vocab_es.txt"
    if old.exists():  # judge every word afresh: the lexicon may have changed since
        lex = replace(lex, vocab=lex.vocab - set(old.read_text(encoding="utf-8").split()))
    found = set()
    raw = wordlist.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    for line in text.splitlines():
        word = fold_term(line.strip())
        if len(word) < 3 or not word.isascii() or not word.isalpha() or word in lex.words:
            continue
        if word in _NOT_ORDINARY:
            continue
        if any(_segment(word, lex, lang) for lang in ("es", "en")):
            found.add(word)
            continue
        targets = {_fuzzy(word, lex, lang) for lang in ("es", "en")} - {word}
        if targets and not any(_inflection(word, t, lex) for t in targets):
            found.add(word)
    return sorted(found)


def _inflection(word: str, term: str, lex) -> bool:
    """`word` is another form of the Spanish `term`: number, gender (not for slurs, where
    "zorro" is a fox), or an infinitive beside a subjunctive ("ejecutar" / "ejecutara")."""
    entry = lex.lookup((term,))
    if entry is None or not any(
        lang in ("es", "*") for v in entry.classes.values() for lang, _ in v
    ):
        return False
    short, long_ = sorted((word, term), key=len)
    if long_.startswith(short) and long_[len(short) :] in ("s", "es", "a", "r"):
        return "S" not in entry.classes or long_[len(short) :] in ("s", "es")
    if "S" in entry.classes or len(word) != len(term):
        return False
    stem = word.rstrip("s")[:-1]
    return (
        stem == term.rstrip("s")[:-1]
        and word.endswith(("o", "a", "os", "as"))
        and term.endswith(("o", "a", "os", "as"))
        and word.endswith("s") == term.endswith("s")
    )


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--spanish":
        words = spanish_near_misses(Path(sys.argv[2]))
        header = "# Spanish words one edit away from a lexicon term (see build_vocab.py)\n"
        (HERE / "vocab_es.txt").write_text(header + "\n".join(words) + "\n", encoding="utf-8")
        print(f"{len(words)} words")
        return 0
    if not DATASETS.is_dir():
        print("../shared/datasets is not present", file=sys.stderr)
        return 2
    counts: Counter[str] = Counter()
    for text in train_texts():
        counts.update(_WORD.findall(text.lower()))
    words = sorted(w for w, n in counts.items() if n >= 5 and len(w) >= 3)
    (HERE / "vocab_en.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
