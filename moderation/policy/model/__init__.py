"""The statistical hate/profanity model, scored in plain Python (no numpy, no Django).

`load_scorer()` returns a cached Scorer, or None when the artifact is missing or unloadable, so
the engine falls back to rules only. `model_text()` is the model's input, for training and
scoring alike. Training lives in moderation/training.
"""

from __future__ import annotations

import threading
from pathlib import Path

from moderation.policy.model.scorer import ArtifactError, Scorer

ARTIFACT = Path(__file__).resolve().parent / "policy_model.bin"
# The blog model: the same scorer over labelled blog comments (moderation/training/blog.py).
BLOG_ARTIFACT = Path(__file__).resolve().parent / "blog_model.bin"

_MARKS = frozenset(".,;:!?")

_lock = threading.Lock()


def model_text(
    an, first: int = 0, last: int | None = None, skip: frozenset[int] = frozenset()
) -> str:
    """What the model reads of an analysed comment (`moderation.policy.analysis.Analysis`): the
    engine's words (de-obfuscated, contractions expanded, "n1gg3r" as the slur it stands for)
    with the first clause mark between two words kept, so negation scope and class n-grams
    stop where a clause ends. Training runs every row through the same function. `first` and
    `last` (unit indices, inclusive) read a part of the comment: a window of its sentences.
    Units in `skip` (indices) are left out: words the rules read in an ordinary sense."""
    text = an.norm.text
    parts: list[str] = []
    previous = 0
    for u in an.units[first : None if last is None else last + 1]:
        if u.index in skip:
            continue
        if parts and u.start > previous:
            gap = text[previous : u.start]
            if gap != " ":  # most words are one space apart: no mark to look for
                mark = next((c for c in gap if c in _MARKS), None)
                if mark:
                    parts.append(mark)
        parts.append(u.text)
        previous = u.end
    return " ".join(parts)


_cache: dict[str, Scorer | None] = {}


def load_scorer(path: str | Path | None = None) -> Scorer | None:
    """The scorer for the artifact at `path` (default: the one shipped next to this module)."""
    key = str(Path(path) if path is not None else ARTIFACT)
    try:
        return _cache[key]
    except KeyError:
        pass
    with _lock:
        if key not in _cache:
            try:
                _cache[key] = Scorer.from_path(key)
            except Exception:  # a missing or corrupt artifact must never break the site
                _cache[key] = None
        return _cache[key]


def load_scorer_clear() -> None:
    """Forget loaded scorers (after retraining, or in tests)."""
    with _lock:
        _cache.clear()


__all__ = [
    "ARTIFACT",
    "BLOG_ARTIFACT",
    "ArtifactError",
    "Scorer",
    "load_scorer",
    "load_scorer_clear",
    "model_text",
]
