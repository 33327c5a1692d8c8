"""Is each extracted relation right? The basis of confidence calibration and its check.

A relation is right when scoring would count it a true positive (extract/evaluate/
scoring.py). `judged` lists every relation with that verdict, its frame, construction and
confidence; `calibration_table` bins them by confidence; `frame_counts` counts right and
total per frame and construction, which is what extract/frames/calibration.json stores
(computed on the DEV split only).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from extract.evaluate.scoring import GoldDoc, judged_relations
from extract.frames._calibration import DOCUMENTS_KEY
from graph.model import ExtractedRelation, Extraction

BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


@dataclass(frozen=True)
class Judged:
    doc_id: str
    relation: ExtractedRelation
    correct: bool


def judged(extractions: Mapping[str, Extraction], gold: Iterable[GoldDoc]) -> list[Judged]:
    result: list[Judged] = []
    for g in gold:
        extraction = extractions.get(g.doc_id)
        if extraction is None:
            continue
        result.extend(Judged(g.doc_id, r, true)
                      for r, _key, true in judged_relations(extraction, g))
    return result


def calibration_table(items: list[Judged]) -> str:
    lines = [f"{'confidence':<14}{'relations':>10}{'correct':>9}{'share':>8}"]
    for low, high in pairwise(BINS):
        inside = [j for j in items if low <= j.relation.confidence < high]
        right = sum(j.correct for j in inside)
        share = right / len(inside) if inside else 0.0
        label = f"[{low:.1f}, {min(high, 1.0):.1f}{']' if high > 1 else ')'}"
        lines.append(f"{label:<14}{len(inside):>10}{right:>9}{share:>8.3f}")
    right, total = sure_share(items)
    lines.append(f"confidence >= 0.8: {right} of {total} correct ({share_text(right, total)}; "
                 f"target >= 0.90)")
    return "\n".join(lines)


def share_text(right: int, total: int, empty: str = "none claimed") -> str:
    """A precision as printed: no relation claiming a confidence is no precision at all,
    not a precision of zero, so an empty share says so in words."""
    return f"{right / total:.3f}" if total else empty


def sure_share(items: list[Judged], at: float = 0.8) -> tuple[int, int]:
    """(correct, total) of the relations with confidence >= `at`."""
    sure = [j for j in items if j.relation.confidence >= at]
    return sum(j.correct for j in sure), len(sure)


def _reading(j: Judged) -> tuple[str, str, str, int]:
    """One reading of one sentence: its document, frame, construction and sentence."""
    r = j.relation
    return (j.doc_id, r.frame, r.construction, r.evidence[0].start if r.evidence else -1)


def frame_counts(items: list[Judged]) -> dict[str, dict[str, list[float]]]:
    """frame -> construction -> [correct, total]; '*' for the whole frame, '*/listed',
    '*/read' and '*/unnamed' for its relations between gazetteer names, names read from the
    text, or with a description at an end; '*documents' for the number of documents it read
    in (twice, as [documents, documents]). The relations one construction reads from one
    sentence ("designated A, B, C and D") are one piece of evidence, not four: each counts
    for its share of that reading, so a list does not claim the certainty of four
    sentences."""
    readings = Counter(_reading(j) for j in items)
    table: dict[str, dict[str, list[float]]] = {}
    documents: dict[str, set[str]] = {}
    for j in items:
        documents.setdefault(j.relation.frame or "document", set()).add(j.doc_id)
    for frame, read_in in documents.items():
        # the documents the frame read in: the units of evidence of its confidence bound
        # (extract/frames/_calibration.py `evidence_of`)
        table.setdefault(frame, {})[DOCUMENTS_KEY] = [float(len(read_in))] * 2
    for j in items:
        frame = j.relation.frame or "document"
        row = table.setdefault(frame, {})
        construction = j.relation.construction
        ends = construction.rsplit("/", 1)[1] if "/" in construction else ""
        weight = 1 / readings[_reading(j)]
        for key in ("*", f"*/{ends}" if ends else "", construction):
            if not key:
                continue
            cell = row.setdefault(key, [0.0, 0.0])
            cell[0] = round(cell[0] + weight * j.correct, 3)
            cell[1] = round(cell[1] + weight, 3)
    return table
