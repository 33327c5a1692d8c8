"""Calibrated confidence per frame and construction.

`calibration.json` holds, for each frame id, the share of its relations that were correct
on the DEV split ("*" for the frame as a whole, and one entry per construction: the paths
that filled its source and target roles). It is written by
`benchmarks/extract_quality.py --calibrate`, never from the test split. The share is
smoothed towards the frame's prior (a Beta prior worth a few relations), so a construction
seen twice does not claim certainty.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

CALIBRATION_PATH = Path(__file__).with_name("calibration.json")
PRIOR_WEIGHT = 4.0
FALLBACK = 0.5


@lru_cache(maxsize=1)
def table() -> dict[str, dict[str, list[int]]]:
    """frame id -> construction -> [correct, total]."""
    try:
        raw = json.loads(CALIBRATION_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): {str(c): [int(x) for x in v] for c, v in row.items()}
            for k, row in raw.items()}


def _smoothed(correct: int, total: int, prior: float) -> float:
    return (correct + PRIOR_WEIGHT * prior) / (total + PRIOR_WEIGHT)


def confidence_of(frame: str, construction: str) -> float:
    from extract.frames import frame_by_id

    try:
        prior = frame_by_id(frame).base_confidence if frame else FALLBACK
    except KeyError:
        prior = FALLBACK
    row = table().get(frame or "document")
    if not row:
        return round(prior, 3)
    if "*" in row:
        prior = _smoothed(row["*"][0], row["*"][1], prior)
    if construction in row:
        return round(_smoothed(row[construction][0], row[construction][1], prior), 3)
    return round(prior, 3)
