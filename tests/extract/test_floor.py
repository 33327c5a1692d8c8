"""The per-frame floor (extract/frames/_calibration.py): pure logic of the bound it uses,
and the floor's reasons on the real calibration table."""

from __future__ import annotations

import pytest

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


def test_a_guessed_stand_in_needs_the_write_floor_and_the_issuer_does_not(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from extract.frames import _calibration
    from extract.frames._calibration import floors_off, stand_in_floor

    reason = stand_in_floor("workers", FLOOR - 0.1)
    assert reason is not None and "workers" in reason and reason.startswith("low confidence")
    assert stand_in_floor("workers", FLOOR) is None  # more likely right than wrong
    assert stand_in_floor("issuer", 0.1) is None  # the actor of its own release
    assert stand_in_floor("", 0.1) is None
    monkeypatch.setattr(_calibration, "table", lambda: {"wrong.v1": {"*": [0, 10]}})
    assert below_floor("wrong.v1") is not None
    with floors_off():  # calibration counts what the floors would reject
        assert stand_in_floor("workers", 0.1) is None
        assert below_floor("wrong.v1") is None
    assert stand_in_floor("workers", 0.1) is not None
    assert below_floor("wrong.v1") is not None


def test_confidence_counts_each_relation_once_though_the_table_pools_two_runs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from extract.frames import _calibration

    monkeypatch.setattr(_calibration, "table", lambda: {"x.v1": {"*": [8, 8]}})
    prior = _calibration.FALLBACK  # "x.v1" is no frame: the fallback prior
    # four right of four (pooled twice), and the prior as one more reading
    expected = _calibration.lower_bound(4 + prior, 5)
    assert _calibration.confidence_of("x.v1") == round(expected, 3)


def test_the_lower_bound_needs_many_clean_readings_before_it_is_sure() -> None:
    from extract.frames._calibration import lower_bound

    assert lower_bound(0, 0) == 0.0
    assert lower_bound(4, 4) < 0.8  # a handful of right readings is not sureness
    assert lower_bound(10, 10) < 0.8
    assert lower_bound(14, 14) >= 0.8
    assert lower_bound(13, 14) < lower_bound(14, 14)
    assert 0 < lower_bound(1, 2) < 0.5 < lower_bound(9, 10) < 9 / 10


def test_a_frame_seen_a_few_times_on_dev_is_not_sure_however_right_it_was(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The hand-set prior is one reading among the dev readings, not a confidence: a
    frame right 5 times of 5 stays under 0.8 even with a 0.9 prior, one right 30 times
    of 30 is above it even with a 0.5 prior, and a frame never met on dev is never sure."""
    from extract.frames import _calibration

    monkeypatch.setattr(_calibration, "table", lambda: {
        "few.ko.v1": {"*": [10, 10]}, "many.v1": {"*": [60, 60]}})
    assert _calibration.confidence_of("few.ko.v1", prior=0.9) < 0.8
    assert _calibration.confidence_of("many.v1", prior=0.5) >= 0.8
    assert _calibration.confidence_of("unseen.ja.v1", prior=0.9) < 0.5
    assert _calibration.confidence_of("few.ko.v1", prior=0.75) < \
        _calibration.confidence_of("few.ko.v1", prior=0.9)  # the prior still ranks


def test_a_share_of_nothing_is_said_in_words_not_as_zero() -> None:
    # printing 0.000 for "no relation claimed 0.8" read as a precision of zero
    from extract.evaluate.calibration import share_text
    assert share_text(0, 0) == "none claimed"
    assert share_text(0, 0, "none extracted") == "none extracted"
    assert share_text(0, 3) == "0.000"
    assert share_text(2, 3) == "0.667"
