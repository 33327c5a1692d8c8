"""Calibrated confidence per frame and construction.

`calibration.json` holds, for each frame id, how many of its relations were correct on the
DEV split: "*" for the frame as a whole, "*/listed" and "*/read" for relations whose ends
are both names a gazetteer confirms or not, "*/unnamed" for relations with a description at
an end ("a Russian national"), and one entry per construction (the paths that
filled its source and target roles, with that suffix). It is written by
`benchmarks/extract_quality.py --calibrate` from two dev runs, the normal one and one with
the person and company lists emptied (names read from the text alone, as on unseen
documents), never from the test split, with the floors off (what a floor rejects must still
be counted, or it would leave the table and be written again at the next calibration).
Each share is smoothed towards the level above it
(a Beta prior worth a few relations), so a construction seen twice does not claim
certainty.

The same table sets each frame's floor: a frame that the dev split shows wrong more often
than right, beyond chance (the one-sided 95% Wilson upper bound of its share correct is
below one half), is more likely to state a false fact than a true one, and a false fact is
worse than a missing one, so what it reads is not written. The bound, not the share,
decides, because frames were seen only a few times: two misses in two say little, four in
four say enough. The floor judges the frame as a whole, not each construction: the
constructions split a frame's few dev relations further, and the split follows the dev
gold's habits more than the reading's worth (a first cut per construction, measured once
on the test split, dropped 25 of its 136 right relations with 20 wrong ones). It does not
judge how sure the two entities are, which differs between the dev split and unseen text,
nor a frame the dev split never met (its confidence is a hand-set prior, not a
precision). The table pools two runs over the same dev documents, so a relation may be
counted twice: the bound counts each once (`POOLED_RUNS`), or it would claim twice the
evidence there is.

The confidence a relation carries is a promise about unseen text, so it is what the dev
evidence guarantees, not what it suggests (docs/extraction.md, "Confidence"): the one-sided
95% Wilson lower bound (the floor's z) of the share correct among its frame's dev readings,
each counted once, plus one pseudo-reading worth the rule's hand-set prior. The unit is
the frame id, which names its language for Japanese and Korean (designation.ko.v1); the
constructions of a frame are not split further (too few readings each). A perfect record
claims 0.8 only from 11 documents on: a frame seen a few times cannot claim to be sure. The
smoothed share (`share_of`) stays the point estimate the write floor for guessed
stand-ins compares with one half. The bound's sample size is the number of dev documents
the frame read in, not its readings, where those are fewer (`evidence_of`): the rules were
written from those documents, and many readings of one document are one author's habit.
In English the ends class ("listed", "read", "unnamed") has its own record, pooled over
the frames, and a relation's confidence is the lower of its frame's bound and its ends
class's bound (`calibrated_confidence`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

CALIBRATION_PATH = Path(__file__).with_name("calibration.json")
PRIOR_WEIGHT = 6.0
FALLBACK = 0.5
FLOOR = 0.5
FLOOR_Z = 1.645  # one-sided 95%
POOLED_RUNS = 2  # benchmarks/extract_quality.py --calibrate: normal and ablated
# the cell counting the dev documents a frame read in ([documents, documents], pooled like
# the others): extract/evaluate/calibration.py `frame_counts`
DOCUMENTS_KEY = "*documents"


@lru_cache(maxsize=1)
def table() -> dict[str, dict[str, list[float]]]:
    """frame id -> construction -> [correct, total] (a sentence's reading counts once)."""
    try:
        raw = json.loads(CALIBRATION_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): {str(c): [float(x) for x in v] for c, v in row.items()}
            for k, row in raw.items()}


def _smoothed(correct: float, total: float, prior: float) -> float:
    return (correct + PRIOR_WEIGHT * prior) / (total + PRIOR_WEIGHT)


def _prior_of(frame: str) -> float:
    from extract.frames import frame_by_id

    try:
        return frame_by_id(frame).base_confidence if frame else FALLBACK
    except KeyError:
        return FALLBACK


def share_of(frame: str, construction: str) -> float:
    """The point estimate: the dev share of the frame, its ends class and its construction,
    each smoothed towards the level above it (what the write floor for guessed stand-ins
    compares with one half)."""
    prior = _prior_of(frame)
    row = table().get(frame or "document")
    if not row:
        return round(prior * 0.9, 3)  # a frame never calibrated is not sure
    ends = construction.rsplit("/", 1)[1] if "/" in construction else ""
    for key in ("*", f"*/{ends}", construction):
        if key in row:  # each relation once: the table pools two runs over the same text
            prior = _smoothed(row[key][0] / POOLED_RUNS, row[key][1] / POOLED_RUNS, prior)
    return round(prior, 3)


def evidence_of(frame: str) -> tuple[float, float]:
    """(right, sample size) of the frame's dev record as evidence about unseen text: its
    share right among its readings, over as many units of evidence as DOCUMENTS it read
    in (`DOCUMENTS_KEY`), when the table counts them and they are fewer than the readings.

    Why documents: the readings of one document share its author, its template and its
    phrasing, and the rules were written document by document, so fourteen readings of one
    list in one release are one piece of evidence about how the next author writes, not
    fourteen (a clustered sample's effective size is nearer its clusters than its items).
    A table written before documents were counted keeps the readings."""
    row = table().get(frame or "document", {})
    correct, total = (n / POOLED_RUNS for n in row.get("*", [0.0, 0.0]))
    if DOCUMENTS_KEY in row and total > 0:
        documents = row[DOCUMENTS_KEY][1] / POOLED_RUNS
        if 0 < documents < total:
            return correct / total * documents, documents
    return correct, total


def confidence_of(frame: str, prior: float | None = None) -> float:
    """The confidence of a relation `frame` read: the Wilson lower bound of the frame's
    share correct on the dev split, over its documents as units of evidence
    (`evidence_of`), with the rule's hand-set prior (`prior`, else the frame's base
    confidence) as one more reading. A frame the dev split never met rests on that one
    pseudo-reading alone, so it is never sure."""
    if prior is None:
        prior = _prior_of(frame)
    correct, total = evidence_of(frame)
    return round(lower_bound(correct + prior, total + 1), 3)


def ends_record(ends: str) -> tuple[float, float]:
    """(right, total) on the dev split of the relations whose ends were recognized the same
    way ("listed", "read" or "unnamed", extract.relation_merge.ends_class), pooled over every
    frame that records it (the frames' "*/<ends>" cells), each relation once."""
    right = total = 0.0
    for row in table().values():
        cell = row.get(f"*/{ends}")
        if cell:
            right, total = right + cell[0] / POOLED_RUNS, total + cell[1] / POOLED_RUNS
    return right, total


def ends_bound(ends: str) -> float:
    """What the dev split guarantees for relations whose ends were recognized as `ends`:
    the one-sided 95% Wilson lower bound of their share right, all frames pooled. A class
    the dev split never met guarantees nothing (0)."""
    return round(lower_bound(*ends_record(ends)), 3)


def calibrated_confidence(frame_bound: float, ends: str) -> float:
    """A relation's confidence in English: the lower of its frame's bound and its ends
    class's bound (docs/extraction.md, "Confidence", rule 5). Each dev error is in both
    records, so a product would count it twice; the relation belongs to both populations
    and claims no more than the weaker record guarantees."""
    return round(min(frame_bound, ends_bound(ends)), 3)


def _wilson(correct: float, total: float, z: float) -> tuple[float, float, float]:
    """The Wilson score interval for `correct` of `total` > 0 as (centre, half-width, scale):
    its ends are (centre -/+ half-width) / scale."""
    share, z2 = correct / total, z * z
    centre = share + z2 / (2 * total)
    spread = z * math.sqrt(share * (1 - share) / total + z2 / (4 * total * total))
    return centre, spread, 1 + z2 / total


def lower_bound(correct: float, total: float, z: float = FLOOR_Z) -> float:
    """The Wilson score interval's lower end for `correct` of `total`."""
    if total <= 0:
        return 0.0
    centre, spread, scale = _wilson(correct, total, z)
    return max(0.0, (centre - spread) / scale)


def upper_bound(correct: float, total: float, z: float = FLOOR_Z) -> float:
    """The Wilson score interval's upper end for `correct` of `total`."""
    if total <= 0:
        return 1.0
    centre, spread, scale = _wilson(correct, total, z)
    return min(1.0, (centre + spread) / scale)


class _Floors:
    """Whether the floors apply. Calibration turns them off: it must count everything the
    frames read, or a frame the floor rejects would leave the table, be written again at
    the next run and so swing between the two."""

    on = True


@contextmanager
def floors_off() -> Iterator[None]:
    _Floors.on = False
    try:
        yield
    finally:
        _Floors.on = True


def below_floor(frame: str) -> str | None:
    """Why what `frame` reads is too unsure to write, or None: the reason names the frame
    and what the dev split counted."""
    if not _Floors.on:
        return None
    row = table().get(frame or "document")
    if not row or "*" not in row:
        return None
    correct, total = (n / POOLED_RUNS for n in row["*"])
    bound = upper_bound(correct, total)
    if bound >= FLOOR:
        return None
    return (f"low confidence: {frame} was right {correct:g} of {total:g} times on the dev "
            f"split (at most {bound:.2f} at 95%; floor {FLOOR})")


# stand-ins a frame may put in a role the sentence leaves empty, and whether a relation
# resting on one needs the write floor (the issuer of a release is the actor of "X was
# designated today"; the document's worker collective is only a guess at who was helped)
GUESSED_STAND_INS = frozenset({"workers"})


def guessed(stand_in: str) -> list[str]:
    """The guessed stand-ins among those a relation rests on (comma-separated)."""
    return sorted(GUESSED_STAND_INS.intersection(stand_in.split(",")))


def stand_in_floor(stand_in: str, confidence: float) -> str | None:
    """Why a relation resting on a guessed stand-in is not written, or None. The sentence
    does not name that end, so the relation must at least be more likely right than wrong
    by the calibration (its frame and construction on the dev split)."""
    ends = guessed(stand_in)
    if not ends or confidence >= FLOOR or not _Floors.on:
        return None
    return (f"low confidence: the {', '.join(ends)} end is a stand-in the "
            f"sentence does not name, and the relation is right {confidence:.2f} of the "
            f"time by the dev split (write floor {FLOOR})")
