"""The learned pair scorer's weights: a multinomial logistic regression over hashed pair
features (extract/learned/features.py), one class per relation type and "none".

The weights live in extract/frames/learned_pairs.json, written by benchmarks/train_pairs.py
from the dev split (never its fresh documents, never the test split). The file also holds,
per relation type, the probability threshold above which a pair becomes a relation, chosen
by cross-validation by document; a type whose cross-validated precision never reached the
target has no threshold and stays off, and `on: false` switches the whole scorer off.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

WEIGHTS_PATH = Path(__file__).resolve().parent.parent / "frames" / "learned_pairs.json"
NONE = "none"


@dataclass(frozen=True)
class PairModel:
    dim: int
    classes: tuple[str, ...]  # NONE first
    weights: np.ndarray  # (dim, classes)
    thresholds: dict[str, float]  # relation type -> probability it must reach
    on: bool

    def probabilities(self, buckets: Sequence[int], allowed: Sequence[str]) -> dict[str, float]:
        """P(class | pair) over "none" and the `allowed` relation types (the types the
        model's signatures allow between the two ends); the others cannot be."""
        columns = [k for k, c in enumerate(self.classes) if c == NONE or c in allowed]
        scores = self.weights[list(buckets)][:, columns].sum(axis=0)
        top = float(scores.max())
        exp = [math.exp(float(s) - top) for s in scores]
        total = sum(exp)
        return {self.classes[k]: e / total for k, e in zip(columns, exp, strict=True)}

    def decide(self, buckets: Sequence[int], allowed: Sequence[str]) -> tuple[str, float]:
        """The relation type the pair states, with its probability, or ("", p)."""
        probs = self.probabilities(buckets, allowed)
        best = max((c for c in probs if c != NONE), key=lambda c: probs[c], default="")
        if not best:
            return "", 0.0
        threshold = self.thresholds.get(best)
        if threshold is None or probs[best] < threshold or probs[best] < probs[NONE]:
            return "", probs[best]
        return best, probs[best]


def from_json(raw: dict[str, object]) -> PairModel:
    dim = int(str(raw["dim"]))
    classes = tuple(str(c) for c in raw["classes"])  # type: ignore[attr-defined]
    weights = np.zeros((dim, len(classes)), dtype=np.float64)
    rows = raw["weights"]
    assert isinstance(rows, dict)
    for column, name in enumerate(classes):
        for bucket, value in rows.get(name, {}).items():
            weights[int(bucket), column] = float(value)
    thresholds = raw.get("thresholds", {})
    assert isinstance(thresholds, dict)
    return PairModel(dim, classes, weights, {str(k): float(v) for k, v in thresholds.items()},
                     bool(raw.get("on", False)))


def to_json(model: PairModel, notes: dict[str, object]) -> dict[str, object]:
    """The weights as sparse rows (a bucket no training pair used stays zero), rounded to
    two decimals; weights under 0.05 are left out."""
    rows: dict[str, dict[str, float]] = {}
    for column, name in enumerate(model.classes):
        values = model.weights[:, column]
        rows[name] = {str(b): round(float(values[b]), 2) for b in np.nonzero(
            np.abs(values) >= 0.05)[0]}
    return {"on": model.on, "dim": model.dim, "classes": list(model.classes),
            "thresholds": model.thresholds, "notes": notes, "weights": rows}


@lru_cache(maxsize=1)
def load() -> PairModel | None:
    """The committed model, or None without a weights file."""
    try:
        raw = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return from_json(raw)
