"""Featurise with the scorer's own hashing, fit a logistic regression per signal, quantise, export.

Deterministic: features are crc32 hashes, liblinear runs with a fixed seed, rows keep file order.
The quantised weights are written back into the fitted models, so every metric reported is the
metric of the artifact that ships.

The hate signal is an NB-LR (Wang & Manning 2012, "Baselines and bigrams"): each feature is
scaled by its naive-Bayes log-count ratio before the logistic regression is fitted; the ratio
is folded back into the weights afterwards, so the shipped model is the same plain linear
table the scorer already reads.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from moderation.policy.model.scorer import (
    CHAR_NGRAMS,
    artifact_write,
    text_features,
    text_words,
)

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
    nb: bool = False  # scale features by naive-Bayes log-count ratios (NB-LR)
    nb_alpha: float = 1.0  # smoothing of those ratios


def featurise(
    texts: Sequence[str],
    *,
    bits: int,
    classes: dict[str, str] | None = None,
    ngrams: tuple[int, ...] = CHAR_NGRAMS,
) -> sparse.csr_matrix:
    """Rows of count_j / sqrt(total count): the exact input the pure-Python scorer computes."""
    mask = (1 << bits) - 1
    classes = classes or {}
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for text in texts:
        counts = Counter(h & mask for h in text_features(text, classes, ngrams))
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


# Words naming a protected group (our own list). Used only to re-weight training rows so that
# naming a group does not by itself predict hate; never a feature.
IDENTITY_TERMS = re.compile(
    r"\b(muslims?|islam|islamic|jews?|jewish|christians?|catholics?|hindus?|sikhs?|arabs?"
    r"|blacks?|africans?|whites?|asians?|chinese|mexicans?|latinos?|latinas?|latinx|hispanics?"
    r"|indians?|immigrants?|migrants?|refugees?|foreigners?|women|woman|girls?|females?|gays?"
    r"|lesbians?|bisexuals?|trans|transgender|queer|lgbtq?|homosexuals?|disabled|autistic|deaf)\b"
)


def identity_weights(texts: Sequence[str], y: Sequence[int], *, power: float = 0.5) -> np.ndarray:
    """Instance weights that make the label less dependent on which group a text names
    (after Zhang et al. 2020, "Demographics should not be the reason of toxicity"): a row
    naming group g with label l weighs (P(l) / P(l | g)) ** power, averaged over the groups it
    names; rows naming none use g = "none". power 1 removes the dependence, 0.5 halves it."""
    groups = [set(IDENTITY_TERMS.findall(" ".join(text_words(t)))) or {""} for t in texts]
    labels = np.asarray(y)
    base = float(labels.mean())
    total: Counter = Counter()
    positive: Counter = Counter()
    for g, label in zip(groups, labels, strict=True):
        for term in g:
            total[term] += 1
            positive[term] += int(label)
    out = np.empty(len(groups), dtype=np.float64)
    for i, (g, label) in enumerate(zip(groups, labels, strict=True)):
        ratios = []
        for term in sorted(g):
            p = (positive[term] + 1) / (total[term] + 2)  # smoothed P(hate | term)
            ratios.append(base / p if label else (1 - base) / (1 - p))
        out[i] = float(np.mean(ratios)) ** power
    return out


def nb_ratios(
    x: sparse.csr_matrix, y: np.ndarray, weights: np.ndarray, *, alpha: float
) -> np.ndarray:
    """log(P(feature | 1) / P(feature | 0)) per feature, from weighted presence counts."""
    present = x.copy()
    present.data[:] = 1.0
    pos = np.asarray(present.T @ (weights * (y == 1))).ravel() + alpha
    neg = np.asarray(present.T @ (weights * (y == 0))).ravel() + alpha
    return np.log((pos / pos.sum()) / (neg / neg.sum()))


def model_fit(
    x: sparse.csr_matrix,
    y: Sequence[int],
    *,
    hyper: Hyper,
    sample_weight: np.ndarray | None = None,
) -> LogisticRegression:
    """A fitted logistic regression whose coef_ applies to the raw features `x` (NB-LR folds
    its ratios into coef_)."""
    model = LogisticRegression(
        C=hyper.c,
        solver="liblinear",
        random_state=hyper.seed,
        max_iter=hyper.max_iter,
        tol=hyper.tol,
    )
    labels = np.asarray(y, dtype=np.int8)
    if not hyper.nb:
        model.fit(x, labels, sample_weight=sample_weight)
        return model
    weights = np.ones(len(labels)) if sample_weight is None else sample_weight
    ratios = nb_ratios(x, labels, weights, alpha=hyper.nb_alpha)
    model.fit(x @ sparse.diags(ratios), labels, sample_weight=weights)
    model.coef_ = model.coef_ * ratios
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
    classes: dict[str, list[str]] | None = None,
    ngrams: tuple[int, ...] = CHAR_NGRAMS,
) -> None:
    """Quantise every model (in place) and write the artifact the scorer loads; `classes`
    (class name -> words) are the words the features replace by their class."""
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
        "classes": classes or {},
        "meta": meta,
    }
    if ngrams != CHAR_NGRAMS:  # the public model's artifact stays byte for byte as it was
        header["char_ngrams"] = list(ngrams)
    path.parent.mkdir(parents=True, exist_ok=True)
    artifact_write(path, header=header, weights=tables)
