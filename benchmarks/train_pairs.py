"""Train the learned pair scorer (extract/learned/) on the dev split and choose its
thresholds by 5-fold cross-validation by document; write extract/frames/learned_pairs.json.

    .venv/bin/python benchmarks/train_pairs.py [--cache FILE] [--off] [--related]
        [--l2 X] [--steps N]

Training documents: the English dev documents with gold, except those of corpus/fresh.txt
(never read by rule authors, scored apart) and never the test split. Each candidate pair
(extract/learned/pairs.py) is labelled with the gold relation type its ends have in the
gold (the ends matched as the benchmark matches them), else "none".

The model: multinomial logistic regression over hashed features, L2, full-batch Adam from
zeros (deterministic; the folds come from a fixed seed). Only the classes a pair's types
allow compete (the model's signatures). `--related` also trains on the pairs the frames
related (more examples of how relations are worded); the cross-validation always judges
the pairs the scorer would ADD: those no frame related and no modality gate refused.

For each relation type the threshold is the lowest probability at which the
cross-validated added relations are right >= TARGET of the time with at least MIN_ADDED of
them; a type that never gets there has no threshold and stays off.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract.evaluate import DEV_DIR, fresh_ids, gold_documents
from extract.evaluate.corpus import in_language
from extract.evaluate.scoring import SYMMETRIC, match_entities
from extract.learned import pairs
from extract.learned.features import hashed
from extract.learned.model import NONE, WEIGHTS_PATH, PairModel, to_json

DIM = 1 << 13
L2 = 1e-5
STEPS = 400
TARGET = 0.90
MIN_ADDED = 8
GRID = [round(0.30 + 0.05 * k, 2) for k in range(14)]  # 0.30 .. 0.95
FOLDS = 5
SEED = 0
Row = dict[str, Any]


def collect() -> list[Row]:
    """One row per candidate of every training document, with its gold label."""
    from extract.extractor import Extractor

    documents, gold = gold_documents(DEV_DIR)
    fresh = fresh_ids(DEV_DIR)
    extractor = Extractor()
    rows: list[Row] = []
    for g in in_language(gold, documents, "en"):
        if g.doc_id in fresh:
            continue
        pairs.RECORD = []
        d = documents[g.doc_id]
        result = extractor.extract(d.body, d.meta)
        recorded, pairs.RECORD = pairs.RECORD, None
        entities = {e.id: e for ents, _ in recorded for e in ents.values()}
        entities.update({e.id: e for e in result.entities})
        mapping = match_entities(list(entities.values()), g.entities)
        truth = {(r.type, r.source, r.target) for r in g.relations}
        truth |= {(r.type, r.target, r.source) for r in g.relations if r.type in SYMMETRIC}
        for _, candidates in recorded:
            for c in candidates:
                ends = (mapping.get(c.source), mapping.get(c.target))
                label = next((t for t in c.allowed if (t, *ends) in truth), NONE)
                rows.append({"doc": g.doc_id, "source": c.source, "target": c.target,
                             "allowed": list(c.allowed), "features": list(c.features),
                             "related": c.related, "gated": c.stated_as == "",
                             "label": label})
        print(f"{g.doc_id}: {sum(len(c) for _, c in recorded)} candidates", file=sys.stderr)
    return rows


class Data:
    def __init__(self, rows: list[Row], classes: list[str]) -> None:
        self.buckets = [hashed(r["features"], DIM) for r in rows]
        self.lengths = np.array([len(b) for b in self.buckets])
        self.flat = np.concatenate([np.array(b, dtype=np.int64) for b in self.buckets])
        self.row_of = np.repeat(np.arange(len(rows)), self.lengths)
        self.starts = np.concatenate([[0], np.cumsum(self.lengths)[:-1]])
        self.mask = np.array([[c == NONE or c in r["allowed"] for c in classes] for r in rows])
        index = {c: k for k, c in enumerate(classes)}
        self.y = np.array([index.get(r["label"], 0) for r in rows])


def _scores(weights: np.ndarray, data: Data) -> np.ndarray:
    scores = np.add.reduceat(weights[data.flat], data.starts, axis=0)
    return np.where(data.mask, scores, -1e9)


def _softmax(scores: np.ndarray) -> np.ndarray:
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


def train(data: Data, classes: int) -> np.ndarray:
    weights = np.zeros((DIM, classes))
    m, v = np.zeros_like(weights), np.zeros_like(weights)
    onehot = np.eye(classes)[data.y]
    n = len(data.y)
    for step in range(1, STEPS + 1):
        delta = (_softmax(_scores(weights, data)) - onehot) / n
        grad = np.stack([np.bincount(data.flat, weights=delta[data.row_of, k], minlength=DIM)
                         for k in range(classes)], axis=1) + L2 * weights
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        weights -= 0.05 * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return weights


def _added(rows: list[Row]) -> list[int]:
    return [k for k, r in enumerate(rows) if not r["related"] and not r["gated"]]


def cross_validate(rows: list[Row], classes: list[str], related: bool
                   ) -> list[tuple[str, str, float, str, tuple[str, str]]]:
    """(doc, predicted type, probability, gold label, ends) of each held-out added pair."""
    docs = sorted({r["doc"] for r in rows})
    order = np.random.default_rng(SEED).permutation(len(docs))
    fold_of = {docs[i]: k % FOLDS for k, i in enumerate(order)}
    out = []
    for fold in range(FOLDS):
        train_rows = [r for r in rows if fold_of[r["doc"]] != fold and (
            related or not r["related"])]
        held = [r for r in rows if fold_of[r["doc"]] == fold]
        weights = train(Data(train_rows, classes), len(classes))
        held = [held[k] for k in _added(held)]
        probs = _softmax(_scores(weights, Data(held, classes)))
        for r, p in zip(held, probs, strict=True):
            best = max(range(1, len(classes)), key=lambda k: p[k])
            if p[best] > p[0]:
                out.append((r["doc"], classes[best], float(p[best]), r["label"],
                            (r["source"], r["target"])))
    return out


def choose(predictions: list[tuple[str, str, float, str, tuple[str, str]]]
           ) -> tuple[dict[str, float], list[str]]:
    """Per type, the lowest threshold meeting TARGET with MIN_ADDED; the table printed."""
    best: dict[tuple[str, str, tuple[str, str]], tuple[float, bool]] = {}
    for doc, rel_type, p, label, ends in predictions:  # a relation once per document
        key = (doc, rel_type, ends)
        best[key] = max(best.get(key, (0.0, False)), (p, label == rel_type))
    thresholds: dict[str, float] = {}
    lines = [f"{'type':<24}" + "".join(f"{t:>10}" for t in GRID[::2])]
    for rel_type in sorted({k[1] for k in best}):
        cells = []
        for t in GRID:
            hits = [ok for (_, rt, _), (p, ok) in best.items() if rt == rel_type and p >= t]
            precision = sum(hits) / len(hits) if hits else 0.0
            if hits and precision >= TARGET and len(hits) >= MIN_ADDED and \
                    rel_type not in thresholds:
                thresholds[rel_type] = t
            cells.append(f"{precision:.2f}/{len(hits)}" if hits else "-")
        lines.append(f"{rel_type:<24}" + "".join(f"{c:>10}" for c in cells[::2]))
    total = [ok for (_, rt, _), (p, ok) in best.items()
             if rt in thresholds and p >= thresholds[rt]]
    lines.append(f"chosen {thresholds}: {sum(total)}/{len(total)} right"
                 + (f" ({sum(total) / len(total):.3f})" if total else ""))
    return thresholds, lines


def main() -> None:
    global L2, STEPS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="read/write the candidates here")
    parser.add_argument("--related", action="store_true",
                        help="also train on the pairs the frames related")
    parser.add_argument("--off", action="store_true", help="write the scorer switched off")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--steps", type=int, default=STEPS)
    args = parser.parse_args()
    L2, STEPS = args.l2, args.steps
    if args.cache and args.cache.exists():
        rows = json.loads(args.cache.read_text())
    else:
        rows = collect()
        if args.cache:
            args.cache.write_text(json.dumps(rows))
    added = [rows[k] for k in _added(rows)]
    counts = Counter(r["label"] for r in rows if args.related or not r["related"])
    print(f"{len(rows)} candidates in {len({r['doc'] for r in rows})} documents; "
          f"{len(added)} the scorer may add, of which "
          f"{sum(r['label'] != NONE for r in added)} gold relations")
    classes = [NONE, *sorted(t for t, n in counts.items() if t != NONE and n >= 5)]
    thresholds, table = choose(cross_validate(rows, classes, args.related))
    print("cross-validated added relations, precision/count at threshold:")
    print("\n".join(table))
    final = [r for r in rows if args.related or not r["related"]]
    weights = train(Data(final, classes), len(classes))
    model = PairModel(DIM, tuple(classes), weights, thresholds, not args.off)
    notes: dict[str, object] = {
        "trained_on": len({r["doc"] for r in final}), "examples": len(final),
        "related": args.related, "l2": L2, "steps": STEPS, "dim": DIM, "cv": table,
        "labels": dict(sorted(counts.items()))}
    WEIGHTS_PATH.write_text(json.dumps(to_json(model, notes), separators=(",", ":")) + "\n")
    print(f"wrote {WEIGHTS_PATH}")


if __name__ == "__main__":
    main()
