"""The statistical hate/profanity model, scored in plain Python (no numpy, no Django).

`load_scorer()` returns a cached Scorer, or None when the artifact is missing or unloadable, so
the engine falls back to rules only. Training lives in moderation/training.
"""

from __future__ import annotations

import threading
from pathlib import Path

from moderation.policy.model.scorer import ArtifactError, Scorer

ARTIFACT = Path(__file__).resolve().parent / "policy_model.bin"

_lock = threading.Lock()
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


__all__ = ["ARTIFACT", "ArtifactError", "Scorer", "load_scorer", "load_scorer_clear"]
