"""Calibrated confidence per frame and construction.

`calibration.json` holds, for each frame id, how many of its relations were correct on the
DEV split: "*" for the frame as a whole, "*/listed" and "*/read" for relations whose ends
are both names a gazetteer confirms or not, and one entry per construction (the paths that
filled its source and target roles, with that suffix). It is written by
`benchmarks/extract_quality.py --calibrate` from two dev runs, the normal one and one with
the person and company lists emptied (names read from the text alone, as on unseen
documents), never from the test split. Each share is smoothed towards the level above it
(a Beta prior worth a few relations), so a construction seen twice does not claim
certainty.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

CALIBRATION_PATH = Path(__file__).with_name("calibration.json")
PRIOR_WEIGHT = 6.0
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
        return round(prior * 0.9, 3)  # a frame never calibrated is not sure
    ends = construction.rsplit("/", 1)[1] if "/" in construction else ""
    for key in ("*", f"*/{ends}", construction):
        if key in row:
            prior = _smoothed(row[key][0], row[key][1], prior)
    return round(prior, 3)
