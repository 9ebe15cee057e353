"""Measure the engine on labelled data: the shared public sets (by name) or a JSON Lines file.

Pure standard library so the command, the tests and the benchmark share it. Dataset names map
to the fixed test splits described in ../shared/datasets/README.md; labels are mapped per
category (a HateCheck "non-hateful" case is judged on the hate category only). The blog sets
(blog-dev, blog-test) are our own writing and live in the repository, so they work on a clone.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from moderation.policy import Submission, screen
from moderation.policy.types import Action

DATASET_NAMES = (
    "hatecheck",
    "hatecheck-es",
    "offendes",
    "davidson-test",
    "hatexplain-test",
    "dynahate-test",
    "ethos-test",
    "youtube-spam-test",
    "blog-dev",
    "blog-test",
)
# Sets kept in the repository rather than ../shared: name -> split of the blog comments file.
LOCAL_DATASETS = {"blog-dev": "dev", "blog-test": "test"}
BLOG_COMMENTS = (
    Path(__file__).resolve().parents[2] / "tests" / "policy" / "data" / "blog_comments.jsonl"
)
BLOG_CATEGORIES = ("hate", "profanity", "libel", "troll", "spam")
# What makes a comment "offensive" (OffendES, Davidson, HateXplain): hate, trolling, or foul
# language aimed at someone. Excessive but friendly swearing is the policy's own clause, not
# "offensive" in these sets' sense (OffendES labels it NOE, non-offensive).
# Shouting and copy-paste repeats are the blog's own trolling rules, not offensiveness.
FLAGGING = ("hate", "troll")
FLAGGING_RULES = ("profanity.aimed",)
NOT_OFFENSIVE_RULES = ("troll.shouting", "troll.repeat", "troll.flood")


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    text: str
    gold: frozenset[str]  # categories that should be flagged; empty = nothing to flag
    group: str = ""  # e.g. HateCheck functionality
    lang: str | None = None
    judged: tuple[str, ...] = ()  # categories this set labels; others are ignored


@dataclass
class Result:
    name: str
    cases: int = 0
    seconds: float = 0.0
    per_category: dict[str, Counter] = field(default_factory=dict)
    per_group: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    actions: Counter = field(default_factory=Counter)  # (gold flagged?, predicted action)
    binary: Counter = field(default_factory=Counter)  # tp fp fn tn on "flag any judged cat"

    def accuracy(self) -> float:
        b = self.binary
        total = sum(b.values())
        return (b["tp"] + b["tn"]) / total if total else 0.0

    def group_accuracy(self) -> dict[str, tuple[float, int]]:
        return {
            g: ((c["ok"] / c["n"]) if c["n"] else 0.0, c["n"])
            for g, c in sorted(self.per_group.items())
        }


def _bucket(key: str) -> int:
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 10


DATASETS_ENV = "STOA_DATASETS"


def shared_dir(repo_root: Path) -> Path:
    """The shared datasets folder: `$STOA_DATASETS` when set (a clone kept somewhere else),
    else `../shared/datasets` next to the repository."""
    configured = os.environ.get(DATASETS_ENV, "").strip()
    return Path(configured).expanduser() if configured else repo_root.parent / "shared" / "datasets"


def load_cases(name: str, datasets: Path) -> list[Case]:
    if name in LOCAL_DATASETS:
        return load_blog_comments(LOCAL_DATASETS[name])
    loader = _LOADERS.get(name)
    if loader is None:
        raise ValueError(f"unknown dataset {name!r}; choose one of {', '.join(DATASET_NAMES)}")
    if not datasets.is_dir():
        raise FileNotFoundError(f"{datasets} is missing (../shared/datasets)")
    return list(loader(datasets))


def _hatecheck(d: Path) -> Iterator[Case]:
    with (d / "hatecheck" / "test_suite_cases.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            gold = frozenset({"hate"}) if row["label_gold"] == "hateful" else frozenset()
            yield Case(row["case_id"], row["test_case"], gold, row["functionality"], "en",
                       ("hate",))  # fmt: skip


def _hatecheck_es(d: Path) -> Iterator[Case]:
    path = d / "multilingual-hatecheck-es" / "hatecheck_cases_final_spanish.csv"
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            gold = frozenset({"hate"}) if row["label_gold"] == "hateful" else frozenset()
            yield Case(row["mhc_case_id"], row["test_case"], gold, row["functionality"], "es",
                       ("hate",))  # fmt: skip


def _offendes(d: Path) -> Iterator[Case]:
    with (d / "offendes" / "test_set.tsv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            offensive = row["label"] in ("OFP", "OFG")
            yield Case(row["comment_id"], row["comment"],
                       frozenset({"offensive"}) if offensive else frozenset(), row["label"],
                       "es", ("offensive",))  # fmt: skip


def _davidson(d: Path) -> Iterator[Case]:
    with (d / "davidson" / "labeled_data.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if _bucket(row[""]) != 0:
                continue
            cls = row["class"]
            gold = {"0": {"hate", "offensive"}, "1": {"offensive"}}.get(cls, set())
            yield Case(row[""], row["tweet"], frozenset(gold),
                       {"0": "hate", "1": "offensive", "2": "neither"}[cls], "en",
                       ("hate", "offensive"))  # fmt: skip


def _hatexplain(d: Path) -> Iterator[Case]:
    hx = d / "hatexplain"
    test_ids = set(json.loads((hx / "post_id_divisions.json").read_text())["test"])
    with (hx / "092-HateXplain.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row[""] not in test_ids or row["category"] == "3":
                continue
            cat = row["category"]
            gold = {"1": {"hate", "offensive"}, "2": {"offensive"}}.get(cat, set())
            yield Case(row[""], row["text"], frozenset(gold),
                       {"0": "normal", "1": "hatespeech", "2": "offensive"}[cat], "en",
                       ("hate", "offensive"))  # fmt: skip


def _dynahate(d: Path) -> Iterator[Case]:
    with (d / "dynahate" / "db_test.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            gold = frozenset({"hate"}) if row["label"] == "hate" else frozenset()
            yield Case(row["acl.id"], row["text"], gold, row["label"], "en", ("hate",))


def _ethos(d: Path) -> Iterator[Case]:
    with (d / "ethos" / "Ethos_Dataset_Binary.csv").open(encoding="utf-8") as f:
        for n, row in enumerate(csv.DictReader(f, delimiter=";")):
            if _bucket(row["comment"].strip()) != 0:
                continue
            hate = float(row["isHate"]) >= 0.5
            yield Case(str(n), row["comment"], frozenset({"hate"}) if hate else frozenset(),
                       "hate" if hate else "not hate", "en", ("hate",))  # fmt: skip


def _youtube(d: Path) -> Iterator[Case]:
    for path in sorted((d / "youtube-spam").glob("*.csv")):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if _bucket(" ".join(row["CONTENT"].lower().split())) != 0:
                    continue
                spam = row["CLASS"] == "1"
                yield Case(row["COMMENT_ID"], row["CONTENT"],
                           frozenset({"spam"}) if spam else frozenset(),
                           "spam" if spam else "ham", "en", ("spam",))  # fmt: skip


_LOADERS = {
    "hatecheck": _hatecheck,
    "hatecheck-es": _hatecheck_es,
    "offendes": _offendes,
    "davidson-test": _davidson,
    "hatexplain-test": _hatexplain,
    "dynahate-test": _dynahate,
    "ethos-test": _ethos,
    "youtube-spam-test": _youtube,
}


def _blog_case(n: int, obj: dict) -> Case:
    """One labelled blog comment; a malformed row is an error, not a silent skip."""
    lang, expected, category = obj.get("lang"), obj.get("expected"), obj.get("category")
    if not isinstance(obj.get("text"), str) or not obj["text"].strip():
        raise ValueError(f"line {n}: no text")
    if lang not in ("en", "es") or obj.get("split") not in ("dev", "test"):
        raise ValueError(f"line {n}: lang must be en|es and split dev|test")
    if (expected, category is None) not in (("approve", True), ("flag", False)):
        raise ValueError(f"line {n}: approve has no category, flag has one")
    if category is not None and category not in BLOG_CATEGORIES:
        raise ValueError(f"line {n}: unknown category {category!r}")
    # lang=None: the site lets the engine detect the language, so the set does too.
    gold = frozenset({category}) if category else frozenset()
    return Case(str(n), obj["text"], gold, f"{lang} {category or 'harmless'}", None)


def load_blog_comments(split: str, path: Path = BLOG_COMMENTS) -> list[Case]:
    """The blog comments of one split; flagged = held or rejected in any category."""
    cases = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                obj = json.loads(line)
                case = _blog_case(n, obj)
                if obj["split"] == split:
                    cases.append(case)
    return cases


def load_jsonl(path: Path) -> list[Case]:
    """{"id", "text", "categories": [...]} or {"expected": "approve|hold|reject"} per line, or
    rows in the blog comments' format (every split)."""
    cases = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            obj = json.loads(line)
            if "split" in obj and "category" in obj:  # a file in the blog comments' format
                cases.append(_blog_case(n, obj))
                continue
            if "categories" in obj:
                gold = frozenset(obj["categories"])
            else:
                expected = obj.get("expected", "approve")
                gold = frozenset() if expected == "approve" else frozenset({"any"})
            cases.append(Case(str(obj.get("id", n)), obj["text"], frozenset(gold),
                              obj.get("group", ""), obj.get("lang")))  # fmt: skip
    return cases


def _predicted(verdict, judged: tuple[str, ...]) -> set[str]:
    active = [f for f in verdict.findings if f.action != Action.APPROVE]
    flagged = {str(f.category) for f in active}
    offensive = {str(f.category) for f in active if f.rule not in NOT_OFFENSIVE_RULES} & set(
        FLAGGING
    )
    out = set()
    for cat in judged or ("hate", "profanity", "libel", "troll", "spam"):
        if cat == "offensive":
            if offensive or any(f.rule in FLAGGING_RULES for f in active):
                out.add("offensive")
        elif cat in flagged:
            out.add(cat)
    if not judged and flagged:
        out.add("any")
    return out


def evaluate(name: str, cases: list[Case]) -> Result:
    res = Result(name=name)
    start = time.perf_counter()
    for case in cases:
        verdict = screen(Submission(text=case.text, lang=case.lang))
        judged = case.judged
        pred = _predicted(verdict, judged)
        if judged:
            cats = set(judged)
            gold_flag = bool(case.gold & cats)
            pred_flag = bool(pred & cats)
        else:  # a file of our own: any category counts; per-category figures where labelled
            cats = {c for c in case.gold if c != "any"} | (pred - {"any"})
            gold_flag = bool(case.gold)
            pred_flag = bool(pred)
        for cat in cats:
            c = res.per_category.setdefault(cat, Counter())
            g, p = cat in case.gold, cat in pred
            c["tp" if g and p else "fp" if p else "fn" if g else "tn"] += 1
        res.binary["tp" if gold_flag and pred_flag else "fp" if pred_flag else
                   "fn" if gold_flag else "tn"] += 1  # fmt: skip
        res.actions[(gold_flag, str(verdict.action))] += 1
        grp = res.per_group[case.group or "-"]
        grp["n"] += 1
        grp["ok"] += int(gold_flag == pred_flag)
        res.cases += 1
    res.seconds = time.perf_counter() - start
    return res


def prf(c: Counter) -> tuple[float, float, float]:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def macro_f1(c: Counter) -> float:
    """Mean F1 of the positive and the negative class (OffendES's measure)."""
    _, _, f_pos = prf(c)
    neg = Counter(tp=c["tn"], fp=c["fn"], fn=c["fp"])
    _, _, f_neg = prf(neg)
    return (f_pos + f_neg) / 2


def report_markdown(res: Result) -> str:
    lines = [f"## {res.name}", ""]
    lines.append(
        f"{res.cases} cases, {res.seconds:.1f} s ({res.cases / max(res.seconds, 1e-9):,.0f} "
        f"comments/s). Accuracy (flagged = hold or reject in the judged categories): "
        f"**{res.accuracy():.1%}**; macro-F1 **{macro_f1(res.binary):.3f}**."
    )
    lines += [
        "",
        "| category | precision | recall | F1 | support |",
        "| --- | --- | --- | --- | --- |",
    ]
    for cat, c in sorted(res.per_category.items()):
        p, r, f = prf(c)
        lines.append(f"| {cat} | {p:.3f} | {r:.3f} | {f:.3f} | {c['tp'] + c['fn']} |")
    lines += ["", "Per action (gold: should be flagged or not; engine action):", ""]
    lines += ["| gold \\ action | approve | hold | reject |", "| --- | --- | --- | --- |"]
    for gold in (True, False):
        row = [str(res.actions[(gold, a)]) for a in ("approve", "hold", "reject")]
        lines.append(f"| {'flag' if gold else 'no flag'} | " + " | ".join(row) + " |")
    b = res.binary
    lines += ["", "Confusion (flagged vs not):", "",
              "| | predicted flagged | predicted not |", "| --- | --- | --- |",
              f"| gold flagged | {b['tp']} | {b['fn']} |",
              f"| gold not | {b['fp']} | {b['tn']} |"]  # fmt: skip
    groups = res.group_accuracy()
    if len(groups) > 1:
        lines += ["", "| group / functionality | accuracy | n |", "| --- | --- | --- |"]
        for g, (acc, n) in groups.items():
            lines.append(f"| {g} | {acc:.1%} | {n} |")
    lines.append("")
    return "\n".join(lines)
