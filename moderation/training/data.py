"""Load the shared training sets with their fixed splits, map labels per signal, drop eval twins.

Split and de-duplication rules are those of ../shared/datasets/README.md; nothing from an
evaluate-only set is ever returned as a training row (those sets are read only to de-duplicate).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from moderation.policy.analysis import analyse
from moderation.policy.decide import MAX_TEXT
from moderation.policy.lexicon import LEXICON_DIR
from moderation.policy.model import model_text

SIGNALS = ("hate", "profanity")
TRAIN, VAL, TEST = "train", "val", "test"

# Per-source label mapping. None = the row is not used for that signal (ambiguous there).
# Reasoning in docs/model-training.md ("Label mapping").
LABEL_MAPPING = {
    "hatexplain": {
        "hate": "category 1 hatespeech -> 1; 0 normal, 2 offensive -> 0",
        "profanity": "category 0 normal with no word of a short foul-word list -> 0; "
        "the rest not used (offensive is insults and casual slurs, not foul language)",
    },
    "davidson": {
        "hate": "class 0 hate speech -> 1; 1 offensive, 2 neither -> 0",
        "profanity": "class 1 offensive language -> 1; 2 neither -> 0; 0 hate speech not used",
    },
    "dynahate": {
        "hate": "hate -> 1; nothate -> 0",
        "profanity": "not used (nothate holds plenty of profanity, hate may hold none)",
    },
    "ethos": {
        "hate": "isHate >= 0.5 -> 1; else 0",
        "profanity": "not used",
    },
    "youtube-spam": {
        "hate": "every comment (spam and ham) -> 0",
        "profanity": "every comment (spam and ham) -> 0",
    },
}


# Only to pick clean negatives for the profanity signal out of HateXplain `normal` (posts its
# annotators found neither hateful nor offensive, yet 18% carry a swear word used casually);
# never a feature, never a positive label.
FOUL_WORDS = re.compile(
    r"fuck|shit|bitch|cunt|\bass\b|asshole|dick|puss|damn|\bhoe|cock|bastard|whore|slut|nigg"
    r"|fag|retard|twat|crap|piss"
)


@dataclass(frozen=True, slots=True)
class Row:
    source: str
    split: str
    text: str
    labels: dict[str, int]  # signal -> 0/1, only the signals this row is used for
    model_text: str = ""  # the text as the engine hands it to the model (engine_text)


def engine_text(text: str) -> str:
    """The model's input for a raw comment, exactly as the engine builds it when screening."""
    return model_text(analyse(text[:MAX_TEXT], "en"))


@cache
def word_classes() -> dict[str, list[str]]:
    """English one-word group names ("GROUP") and slurs ("SLUR") from the engine's lexicons,
    for the model's class features. Read at training time and stored in the artifact, so the
    scorer needs no lexicon and a later lexicon edit cannot silently change the features."""
    out: dict[str, set[str]] = {"GROUP": set(), "SLUR": set()}
    for name, cls in (("groups.tsv", "GROUP"), ("slurs.tsv", "SLUR")):
        for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
            cols = re.split(r"\t+| {2,}", line.strip())
            if line.startswith("#") or len(cols) < 3 or cols[2] not in ("en", "*"):
                continue
            if re.fullmatch(r"[a-z]+", cols[0]):
                out[cls].add(cols[0])
    out["SLUR"] -= out["GROUP"]
    return {k: sorted(v) for k, v in out.items()}


@dataclass
class Corpus:
    rows: list[Row]
    dropped: Counter = field(default_factory=Counter)  # source -> rows dropped as eval twins
    dropped_keys: Counter = field(default_factory=Counter)  # (source, normalised text) -> rows
    excluded: Counter = field(default_factory=Counter)  # source -> rows outside every split

    def select(self, *, split: str, signal: str, source: str | None = None) -> list[Row]:
        return [
            r
            for r in self.rows
            if r.split == split and signal in r.labels and (source is None or r.source == source)
        ]


def sha_bucket(key: str) -> int:
    """The README's split hash: int(sha256(key).hexdigest(), 16) % 10."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 10


def dedup_key(text: str) -> str:
    """The README's normalisation for matching training rows against evaluation cases."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _csv_rows(path: Path, **kwargs) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, **kwargs))


def evaluation_keys(datasets: Path) -> set[str]:
    """Normalised texts of every HateCheck case (all 3,901 generated cases, a superset of the
    suite) and every Spanish Multilingual HateCheck case."""
    keys = {dedup_key(r["test_case"]) for r in _csv_rows(datasets / "hatecheck" / "all_cases.csv")}
    mhc = datasets / "multilingual-hatecheck-es" / "hatecheck_cases_final_spanish.csv"
    keys |= {dedup_key(r["test_case"]) for r in _csv_rows(mhc)}
    keys.discard("")
    return keys


def load_hatexplain(datasets: Path) -> list[Row]:
    folder = datasets / "hatexplain"
    divisions = json.loads((folder / "post_id_divisions.json").read_text(encoding="utf-8"))
    split_of = {pid: TRAIN for pid in divisions["train"]}
    split_of.update({pid: VAL for pid in divisions["val"]})  # for choosing C, never fitted on
    split_of.update({pid: TEST for pid in divisions["test"]})
    rows = []
    for r in _csv_rows(folder / "092-HateXplain.csv"):
        split = split_of.get(r[""])
        if split is None or r["category"] == "3":
            continue
        labels = {"hate": int(r["category"] == "1")}
        if r["category"] == "0" and not FOUL_WORDS.search(r["text"]):
            labels["profanity"] = 0
        rows.append(Row("hatexplain", split, r["text"], labels))
    return rows


def load_davidson(datasets: Path) -> list[Row]:
    rows = []
    for r in _csv_rows(datasets / "davidson" / "labeled_data.csv"):
        split = TEST if sha_bucket(str(int(r[""]))) == 0 else TRAIN
        cls = r["class"]
        labels = {"hate": int(cls == "0")}
        if cls != "0":
            labels["profanity"] = int(cls == "1")
        rows.append(Row("davidson", split, r["tweet"], labels))
    return rows


def load_dynahate(datasets: Path) -> list[Row]:
    folder = datasets / "dynahate"
    test = _csv_rows(folder / "db_test.csv")
    test_ids = {r["acl.id"] for r in test}
    rows = [Row("dynahate", TEST, r["text"], {"hate": int(r["label"] == "hate")}) for r in test]
    for r in _csv_rows(folder / "db_dev.csv"):
        if r["acl.id.matched"] in test_ids:
            continue  # its original/perturbation twin is in the test file
        rows.append(Row("dynahate", TRAIN, r["text"], {"hate": int(r["label"] == "hate")}))
    return rows


def load_ethos(datasets: Path) -> list[Row]:
    rows = []
    for r in _csv_rows(datasets / "ethos" / "Ethos_Dataset_Binary.csv", delimiter=";"):
        text = r["comment"]
        split = TEST if sha_bucket(text.strip()) == 0 else TRAIN
        rows.append(Row("ethos", split, text, {"hate": int(float(r["isHate"]) >= 0.5)}))
    return rows


def load_youtube(datasets: Path) -> list[Row]:
    rows = []
    for path in sorted((datasets / "youtube-spam").glob("Youtube0*.csv")):
        for r in _csv_rows(path):
            text = r["CONTENT"]
            split = TEST if sha_bucket(" ".join(text.lower().split())) == 0 else TRAIN
            rows.append(Row("youtube-spam", split, text, {"hate": 0, "profanity": 0}))
    return rows


LOADERS = {
    "hatexplain": load_hatexplain,
    "davidson": load_davidson,
    "dynahate": load_dynahate,
    "ethos": load_ethos,
    "youtube-spam": load_youtube,
}


def expected_dynahate_excluded(datasets: Path) -> int:
    folder = datasets / "dynahate"
    test_ids = {r["acl.id"] for r in _csv_rows(folder / "db_test.csv")}
    return sum(r["acl.id.matched"] in test_ids for r in _csv_rows(folder / "db_dev.csv"))


def corpus_load(*, datasets: Path, sources: tuple[str, ...] = tuple(LOADERS)) -> Corpus:
    """Every row of the chosen training sets with its split; training rows whose normalised text
    equals an evaluation case (HateCheck EN, MHC ES) are dropped and counted."""
    missing = [name for name in sources if name not in LOADERS]
    if missing:
        raise ValueError(f"unknown training source(s): {', '.join(missing)}")
    keys = evaluation_keys(datasets)
    corpus = Corpus(rows=[])
    for name in sources:
        for row in LOADERS[name](datasets):
            if row.split == TRAIN and dedup_key(row.text) in keys:
                corpus.dropped[name] += 1
                corpus.dropped_keys[(name, dedup_key(row.text))] += 1
                continue
            corpus.rows.append(replace(row, model_text=engine_text(row.text)))
    if "dynahate" in sources:
        corpus.excluded["dynahate"] = expected_dynahate_excluded(datasets)
    return corpus
