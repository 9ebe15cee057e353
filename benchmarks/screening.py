"""Benchmark the policy engine: `python -m benchmarks.screening`.

Screens 10,000 comments of realistic length (median about 40 words, composed from the TRAIN
splits of ../shared/datasets, or generated when that folder is absent) in one process, and prints
throughput, p50/p99 latency per comment, model and lexicon load time, memory added, and the ratio
to a baseline measured in the same run: one plain regex pass over the lexicon's words.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from moderation.policy.evaluation import shared_dir  # noqa: E402

DATASETS = shared_dir(REPO)  # $STOA_DATASETS or ../shared/datasets
N = 10_000


def _bucket(key: str) -> int:
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 10


def _train_texts() -> list[str]:
    texts: list[str] = []
    try:
        hx = DATASETS / "hatexplain"
        train = set(json.loads((hx / "post_id_divisions.json").read_text())["train"])
        with (hx / "092-HateXplain.csv").open(encoding="utf-8") as f:
            texts += [r["text"] for r in csv.DictReader(f) if r[""] in train]
        with (DATASETS / "davidson" / "labeled_data.csv").open(encoding="utf-8") as f:
            texts += [r["tweet"] for r in csv.DictReader(f) if _bucket(r[""]) != 0]
        with (DATASETS / "ethos" / "Ethos_Dataset_Binary.csv").open(encoding="utf-8") as f:
            rows = csv.DictReader(f, delimiter=";")
            texts += [r["comment"] for r in rows if _bucket(r["comment"].strip()) != 0]
    except OSError:
        return []
    return [t for t in texts if t.strip()]


_WORDS = tuple(
    [
        "the",
        "border",
        "policy",
        "mexico",
        "migrants",
        "security",
        "cartel",
        "congress",
        "vote",
        "article",
        "author",
        "think",
        "really",
        "agree",
        "disagree",
        "people",
        "government",
        "president",
        "trade",
        "wall",
        "money",
        "families",
        "data",
        "report",
        "crime",
        "numbers",
        "law",
        "court",
        "city",
        "police",
        "violence",
        "drugs",
        "support",
        "read",
        "good",
        "bad",
        "point",
        "fair",
    ]
)


def comments(n: int = N) -> tuple[list[str], str]:
    rng = random.Random(20240601)
    pool = _train_texts()
    out = []
    if pool:
        source = "train splits of ../shared/datasets"
        for _ in range(n):
            target = max(8, int(rng.lognormvariate(3.65, 0.45)))  # median about 40 words
            words: list[str] = []
            while len(words) < target:
                words += rng.choice(pool).split()
            out.append(" ".join(words[:target]))
    else:
        source = "generated (../shared/datasets absent)"
        for _ in range(n):
            target = max(8, int(rng.lognormvariate(3.65, 0.45)))
            out.append(" ".join(rng.choice(_WORDS) for _ in range(target)))
    return out, source


def _rss() -> int:
    """Resident set size in bytes (Linux /proc; falls back to the peak from resource)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        import os

        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def main() -> int:
    texts, source = comments()
    lengths = sorted(len(t.split()) for t in texts)

    rss0 = _rss()
    t0 = time.perf_counter()
    from moderation.policy import Submission, screen
    from moderation.policy.decide import blog_model_scorer, model_scorer
    from moderation.policy.lexicon import load

    lex = load()
    t1 = time.perf_counter()
    scorer = model_scorer()
    t2 = time.perf_counter()
    blog = blog_model_scorer()
    t3 = time.perf_counter()
    screen(Submission(text="warm up"))
    added = _rss() - rss0

    # Baseline: one alternation of every single-word lexicon term, searched in lower case.
    words = sorted((w for w in lex.words if w.isalpha() and len(w) > 2), key=len, reverse=True)
    baseline_rx = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
    b0 = time.perf_counter()
    for t in texts:
        baseline_rx.findall(t.lower())
    baseline = time.perf_counter() - b0

    latencies = []
    actions: dict[str, int] = {}
    c0 = time.process_time()
    e0 = time.perf_counter()
    for t in texts:
        s = time.perf_counter_ns()
        v = screen(Submission(text=t))
        latencies.append(time.perf_counter_ns() - s)
        actions[str(v.action)] = actions.get(str(v.action), 0) + 1
    engine = time.perf_counter() - e0
    cpu = time.process_time() - c0
    added_after = _rss() - rss0  # with the memos the screening filled (bounded, see lexicon.py)
    latencies.sort()

    p50 = latencies[len(latencies) // 2] / 1e6
    p99 = latencies[int(len(latencies) * 0.99)] / 1e6
    print(f"comments: {len(texts):,} from {source}; words median {lengths[len(lengths) // 2]}, "
          f"mean {statistics.mean(lengths):.1f}")  # fmt: skip
    print(f"lexicon load: {(t1 - t0) * 1000:.0f} ms; model load: {(t2 - t1) * 1000:.0f} ms "
          f"({'loaded' if scorer is not None else 'absent: rules only'}); blog model load: "
          f"{(t3 - t2) * 1000:.0f} ms ({'loaded' if blog is not None else 'absent'})")  # fmt: skip
    print(f"memory added by engine + model (resident set): {added / 2**20:.1f} MiB loaded, "
          f"{added_after / 2**20:.1f} MiB after screening")  # fmt: skip
    print(f"engine: {len(texts) / engine:,.0f} comments/s; p50 {p50:.2f} ms, p99 {p99:.2f} ms")
    print(f"engine CPU time: {cpu / len(texts) * 1000:.2f} ms a comment "
          f"({len(texts) / cpu:,.0f} a CPU second; wall time counts other load)")  # fmt: skip
    print(f"baseline (one regex pass over the lexicon words): {len(texts) / baseline:,.0f} "
          f"comments/s")  # fmt: skip
    print(f"ratio engine time / baseline time: {engine / baseline:.1f}x")
    print("actions: " + ", ".join(f"{k} {v}" for k, v in sorted(actions.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
