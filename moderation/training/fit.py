"""Featurise with the scorer's own hashing, fit a logistic regression per signal, quantise, export.

Deterministic: features are crc32 hashes, liblinear runs with a fixed seed, rows keep file order.
The quantised weights are written back into the fitted models, so every metric reported is the
metric of the artifact that ships.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from moderation.policy.model.scorer import artifact_write, text_features

SEED = 20261129
BITS = 20
QMAX = 32767


@dataclass(frozen=True, slots=True)
class Hyper:
    bits: int = BITS
    c: float = 1.0
    seed: int = SEED
    max_iter: int = 1000
    tol: float = 1e-6


def featurise(texts: Sequence[str], *, bits: int) -> sparse.csr_matrix:
    """Rows of count_j / sqrt(total count): the exact input the pure-Python scorer computes."""
    mask = (1 << bits) - 1
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for text in texts:
        counts = Counter(h & mask for h in text_features(text))
        total = sum(counts.values())
        norm = 1.0 / np.sqrt(total) if total else 0.0
        for j in sorted(counts):
            indices.append(j)
            data.append(counts[j] * norm)
        indptr.append(len(indices))
    return sparse.csr_matrix(
        (np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int32), indptr),
        shape=(len(texts), 1 << bits),
    )


def source_weights(sources: Sequence[str], *, cap: float = 4.0) -> np.ndarray:
    """Per-row weight sqrt(rows of the largest source / rows of this source), capped: keeps
    Davidson's 22k tweets from drowning DynaHate's adversarial cases and ETHOS's comments."""
    counts = Counter(sources)
    largest = max(counts.values())
    weight = {s: min(cap, (largest / n) ** 0.5) for s, n in counts.items()}
    return np.array([weight[s] for s in sources], dtype=np.float64)


def model_fit(
    x: sparse.csr_matrix,
    y: Sequence[int],
    *,
    hyper: Hyper,
    sample_weight: np.ndarray | None = None,
) -> LogisticRegression:
    model = LogisticRegression(
        C=hyper.c,
        solver="liblinear",
        random_state=hyper.seed,
        max_iter=hyper.max_iter,
        tol=hyper.tol,
    )
    model.fit(x, np.asarray(y, dtype=np.int8), sample_weight=sample_weight)
    return model


def quantise(model: LogisticRegression) -> tuple[array, float, float]:
    """int16 weights and their scale; the model's coef_ is replaced by the dequantised weights."""
    coef = model.coef_[0]
    peak = float(np.max(np.abs(coef))) or 1.0
    scale = peak / QMAX
    q = np.clip(np.rint(coef / scale), -QMAX, QMAX).astype("<i2")
    model.coef_ = (q.astype(np.float64) * scale).reshape(1, -1)
    intercept = float(model.intercept_[0])
    return array("h", q.tolist()), scale, intercept


def models_export(
    path: Path,
    *,
    models: dict[str, LogisticRegression],
    hyper: Hyper,
    meta: dict,
) -> None:
    """Quantise every model (in place) and write the artifact the scorer loads."""
    tables, scales, intercepts = [], [], []
    for name in models:
        table, scale, intercept = quantise(models[name])
        tables.append(table)
        scales.append(scale)
        intercepts.append(intercept)
    header = {
        "bits": hyper.bits,
        "signals": list(models),
        "scales": scales,
        "intercepts": intercepts,
        "meta": meta,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    artifact_write(path, header=header, weights=tables)
