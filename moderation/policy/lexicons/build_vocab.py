"""Rebuild vocab_en.txt: frequent English words in the TRAIN splits of ../shared/datasets.

Run from the repo root: `python -m moderation.policy.lexicons.build_vocab`. The list only tells
fuzzy matching which tokens are ordinary words (so "bigger" is never read as a misspelt slur).
"""

import csv
import hashlib
import json
import re
import sys
from collections import Counter
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


def main() -> int:
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
