"""The whole training run: load, fit per signal, export, then measure the artifact that ships.

Returns a plain dict of figures that moderation.training.report renders as docs/model-training.md.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from sklearn.metrics import precision_recall_fscore_support, roc_auc_score

from moderation.policy.model.scorer import Scorer
from moderation.training.data import (
    LABEL_MAPPING,
    LOADERS,
    SIGNALS,
    TEST,
    TRAIN,
    VAL,
    Corpus,
    corpus_load,
    engine_text,
    word_classes,
)
from moderation.training.fit import (
    Hyper,
    featurise,
    identity_weights,
    model_fit,
    models_export,
    source_weights,
)
from moderation.training.probes import HARSH_POLITICAL, NEUTRAL_IDENTITY, POSITIVE_IDENTITY

THRESHOLD = 0.5
# Per signal: hate is an NB-LR with C = 16, profanity a plain logistic regression with C = 4
# (choices and their validation figures in docs/model-training.md, "Model").
HYPERS = {"hate": Hyper(c=16.0, nb=True), "profanity": Hyper(c=4.0)}
# DynaHate's adversarial pairs (a hateful entry and its minimal non-hateful edit) teach what
# a few words change; its rows weigh twice their source weight for the hate signal.
SOURCE_BOOST = {"hate": {"dynahate": 2.0}}


def metrics_binary(y: list[int], p: np.ndarray) -> dict:
    pred = (p >= THRESHOLD).astype(int)
    prec, rec, f1, _ = precision_recall_fscore_support(y, pred, average="binary", zero_division=0)
    both = 0 < sum(y) < len(y)
    return {
        "n": len(y),
        "positives": int(sum(y)),
        "precision": float(prec),
        "recall": float(rec),
        "f1": float(f1),
        "accuracy": float(np.mean(pred == np.asarray(y))),
        "flagged": float(np.mean(pred)),
        "roc_auc": float(roc_auc_score(y, p)) if both else None,
    }


def _thresholds(y: list[int], p: np.ndarray) -> list[dict]:
    """Precision, recall and flagged share at a few cut-offs, for the engine to pick from."""
    out = []
    y_arr = np.asarray(y)
    for cut in (0.5, 0.6, 0.7, 0.8, 0.9):
        pred = p >= cut
        hits = int(np.sum(pred & (y_arr == 1)))
        out.append(
            {
                "cut": cut,
                "precision": hits / int(pred.sum()) if pred.any() and y_arr.any() else None,
                "recall": hits / int(y_arr.sum()) if y_arr.any() else None,
                "flagged": float(np.mean(pred)),
            }
        )
    return out


def _memory_probe(artifact: Path, texts: list[str]) -> dict:
    """Load time and resident memory added, measured in a fresh interpreter (no numpy loaded)."""
    code = (
        "import time,resource,sys\n"
        "def rss():\n"
        "    with open('/proc/self/statm') as f: return int(f.read().split()[1])*4096\n"
        "import moderation.policy\n"  # the engine package itself is not the model's cost
        "from moderation.policy.model import load_scorer\n"
        "a=rss(); t=time.perf_counter()\n"
        f"s=load_scorer({str(artifact)!r})\n"
        "t=time.perf_counter()-t; b=rss()\n"
        "import json\n"
        "for line in sys.stdin: s.scores(json.loads(line))\n"
        "c=rss()\n"
        "bad=[m for m in ('numpy','scipy','sklearn','django') if m in sys.modules]\n"
        "print(t, b-a, c-a, len(s._word_sums), s is not None, ','.join(bad))\n"
    )
    repo = Path(__file__).resolve().parents[2]
    try:
        out = subprocess.run(  # noqa: S603 - our own interpreter and a fixed script
            [sys.executable, "-c", code],
            cwd=repo,
            input="".join(json.dumps(t) + "\n" for t in texts),
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return {}
    return {
        "load_seconds": float(out[0]),
        "memory_added_mb": int(out[1]) / 1e6,
        "memory_after_mb": int(out[2]) / 1e6,
        "texts_scored": len(texts),
        "cached_words": int(out[3]),
        "loaded": out[4] == "True",
        "heavy_modules": out[5] if len(out) > 5 else "",
    }


def _speed(scorer: Scorer, texts: list[str]) -> dict:
    """Per-comment scoring time on texts of about 40 words, cold (empty word cache) then warm."""
    scorer._word_sums.clear()
    start = time.perf_counter()
    for text in texts:
        scorer.scores(text)
    cold = (time.perf_counter() - start) / len(texts)
    warm = float("inf")
    for _ in range(3):  # best of three: the machine is shared
        start = time.perf_counter()
        for text in texts:
            scorer.scores(text)
        warm = min(warm, (time.perf_counter() - start) / len(texts))
    words = sorted(len(t.split()) for t in texts)
    return {
        "comments": len(texts),
        "median_words": words[len(words) // 2],
        "cold_ms": cold * 1e3,
        "warm_ms": warm * 1e3,
    }


def _hatecheck(datasets: Path, scorer: Scorer) -> dict:
    """Information only: the hate signal alone at p >= 0.5 on HateCheck and Spanish MHC."""
    suites = {
        "HateCheck (English)": datasets / "hatecheck" / "test_suite_cases.csv",
        "Multilingual HateCheck (Spanish)": datasets
        / "multilingual-hatecheck-es"
        / "hatecheck_cases_final_spanish.csv",
    }
    out = {}
    for name, path in suites.items():
        if not path.is_file():
            continue
        per: dict[str, list[int]] = defaultdict(list)
        with path.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                flagged = scorer.scores(engine_text(r["test_case"]))["hate"] >= THRESHOLD
                per[r["functionality"]].append(int(flagged == (r["label_gold"] == "hateful")))
        total = [v for vals in per.values() for v in vals]
        out[name] = {
            "n": len(total),
            "accuracy": sum(total) / len(total),
            "functionalities": {k: (sum(v) / len(v), len(v)) for k, v in sorted(per.items())},
        }
    return out


def training_run(
    *,
    datasets: Path,
    out: Path,
    hypers: dict[str, Hyper] | None = None,
    sources: tuple[str, ...] = tuple(LOADERS),
    measure: bool = True,
) -> dict:
    hypers = hypers or HYPERS
    bits = hypers[SIGNALS[0]].bits
    if any(h.bits != bits for h in hypers.values()):
        raise ValueError("every signal must use the same hash table size")
    started = time.perf_counter()
    corpus: Corpus = corpus_load(datasets=datasets, sources=sources)
    classes = word_classes()
    lookup = {w: name for name, words in classes.items() for w in words}
    counts = Counter((r.source, r.split) for r in corpus.rows)
    per_signal = {
        sig: Counter((r.source, r.split, r.labels[sig]) for r in corpus.rows if sig in r.labels)
        for sig in SIGNALS
    }
    models = {}
    fit_seconds = {}
    weights: dict[str, dict[str, float]] = {}
    for sig in SIGNALS:
        rows = corpus.select(split=TRAIN, signal=sig)
        t0 = time.perf_counter()
        x = featurise([r.model_text for r in rows], bits=bits, classes=lookup)
        boost = SOURCE_BOOST.get(sig, {})
        row_weights = source_weights([r.source for r in rows]) * np.array(
            [boost.get(r.source, 1.0) for r in rows]
        )
        weights[sig] = {r.source: float(w) for r, w in zip(rows, row_weights, strict=True)}
        if sig == "hate":
            row_weights = row_weights * identity_weights(
                [r.text for r in rows], [r.labels[sig] for r in rows]
            )
        models[sig] = model_fit(
            x, [r.labels[sig] for r in rows], hyper=hypers[sig], sample_weight=row_weights
        )
        fit_seconds[sig] = time.perf_counter() - t0
    meta = {
        "sources": list(sources),
        "seed": hypers[SIGNALS[0]].seed,
        "c": {sig: h.c for sig, h in hypers.items()},
        "train_rows": {sig: len(corpus.select(split=TRAIN, signal=sig)) for sig in SIGNALS},
    }
    models_export(out, models=models, hyper=hypers[SIGNALS[0]], meta=meta, classes=classes)
    train_seconds = time.perf_counter() - started

    # Everything below measures the quantised models, i.e. the shipped artifact.
    scorer = Scorer.from_path(out)
    metrics: dict[str, dict[str, dict]] = {sig: {} for sig in SIGNALS}
    cutoffs: dict[str, list[dict]] = {}
    parity = 0.0
    for sig in SIGNALS:
        k = scorer.signals.index(sig)
        pooled_y: list[int] = []
        pooled_p: list[np.ndarray] = []
        for split in (VAL, TEST):
            for source in sources:
                rows = corpus.select(split=split, signal=sig, source=source)
                if not rows:
                    continue
                y = [r.labels[sig] for r in rows]
                x = featurise([r.model_text for r in rows], bits=bits, classes=lookup)
                p = models[sig].predict_proba(x)[:, 1]
                metrics[sig][f"{source} ({split})"] = metrics_binary(y, p)
                if split == VAL:
                    cutoffs[sig] = _thresholds(y, p)
                if split == TEST:
                    pooled_y += y
                    pooled_p.append(p)
                    pure = np.array([scorer.logits(r.model_text)[k] for r in rows])
                    pure = 1.0 / (1.0 + np.exp(-pure))
                    parity = max(parity, float(np.max(np.abs(pure - p))))
        metrics[sig]["all test splits"] = metrics_binary(pooled_y, np.concatenate(pooled_p))

    result = {
        "datasets_counts": {f"{s}/{sp}": n for (s, sp), n in sorted(counts.items())},
        "per_signal": {
            sig: {f"{s}/{sp}/{y}": n for (s, sp, y), n in sorted(c.items())}
            for sig, c in per_signal.items()
        },
        "dropped": dict(corpus.dropped),
        "dropped_keys": [[s, k, n] for (s, k), n in sorted(corpus.dropped_keys.items())],
        "excluded": dict(corpus.excluded),
        "label_mapping": {s: LABEL_MAPPING[s] for s in sources},
        "hyper": {
            sig: {
                "bits": h.bits,
                "c": h.c,
                "nb": h.nb,
                "nb_alpha": h.nb_alpha,
                "seed": h.seed,
                "max_iter": h.max_iter,
                "tol": h.tol,
            }
            for sig, h in hypers.items()
        },
        "source_boost": SOURCE_BOOST,
        "classes": {name: len(words) for name, words in classes.items()},
        "source_weights": weights,
        "fit_seconds": fit_seconds,
        "train_seconds": train_seconds,
        "artifact_bytes": out.stat().st_size,
        "nonzero_weights": {sig: int(np.count_nonzero(models[sig].coef_)) for sig in SIGNALS},
        "metrics": metrics,
        "cutoffs": cutoffs,
        "parity_max_abs_diff": parity,
    }
    if measure:
        test_texts = [
            r.model_text
            for r in corpus.rows
            if r.split == TEST and r.source in ("dynahate", "ethos", "hatexplain")
        ]
        long_enough = [t for t in test_texts if 30 <= len(t.split()) <= 60][:2000]
        result["speed"] = _speed(scorer, long_enough) if long_enough else {}
        result["probe"] = _memory_probe(out, [r.model_text for r in corpus.rows])
        result["hatecheck"] = _hatecheck(datasets, scorer)
    result["probes"] = {
        name: {sig: [scorer.scores(engine_text(t))[sig] for t in texts] for sig in SIGNALS}
        for name, texts in (
            ("neutral mentions of groups", NEUTRAL_IDENTITY),
            ("positive statements about groups", POSITIVE_IDENTITY),
            ("harsh political opinion", HARSH_POLITICAL),
        )
    }
    return result
