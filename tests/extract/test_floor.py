"""The per-frame floor (extract/frames/_calibration.py): pure logic of the bound it uses,
and the floor's reasons on the real calibration table."""

from __future__ import annotations

from extract.frames._calibration import FLOOR, POOLED_RUNS, below_floor, table, upper_bound


def test_the_bound_needs_evidence_before_it_condemns() -> None:
    assert upper_bound(0, 2) > FLOOR  # two misses in two say little
    assert upper_bound(0, 4) < FLOOR  # four in four say enough
    assert upper_bound(2, 4) > FLOOR
    assert upper_bound(1, 10) < FLOOR
    assert upper_bound(0, 0) == 1.0
    assert upper_bound(3, 10) < upper_bound(3, 6) < upper_bound(3, 4) <= 1.0


def test_a_frame_is_floored_only_when_the_dev_split_shows_it_mostly_wrong() -> None:
    for frame, row in table().items():
        correct, total = (n / POOLED_RUNS for n in row["*"])
        reason = below_floor(frame)
        if correct / total >= FLOOR:
            assert reason is None, frame
        if reason is not None:
            assert frame in reason and reason.startswith("low confidence")
    assert below_floor("never-calibrated.v1") is None
