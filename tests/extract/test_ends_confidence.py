"""The ends of a relation are calibrated, not hand-set (docs/extraction.md, "Confidence",
rule 5): the confidence is the lower of the frame's dev bound and the dev bound of relations
whose ends were recognized the same way, pooled over the frames."""

from __future__ import annotations

import pytest

from extract.frames import _calibration
from tests.extract.conftest import extract


def _table(monkeypatch: pytest.MonkeyPatch, table: dict[str, dict[str, list[float]]]) -> None:
    monkeypatch.setattr(_calibration, "table", lambda: table)


def test_an_ends_class_pools_its_record_over_the_frames(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _table(monkeypatch, {
        "a.v1": {"*": [20, 24], "*/read": [16, 16], "*/listed": [4, 8]},
        "b.v1": {"*": [10, 10], "*/read": [10, 10]},
        "c.ja.v1": {"*": [8, 8]}})  # a frame without ends classes adds nothing
    # pooled over two runs: each relation counts once
    assert _calibration.ends_record("read") == (13, 13)
    assert _calibration.ends_record("listed") == (2, 4)
    assert _calibration.ends_record("unnamed") == (0, 0)
    assert _calibration.ends_bound("read") == round(_calibration.lower_bound(13, 13), 3)
    assert _calibration.ends_bound("unnamed") == 0.0  # never met: guarantees nothing


def test_the_confidence_is_the_weaker_of_the_frame_and_the_ends_record(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _table(monkeypatch, {
        "a.v1": {"*": [80, 80], "*/read": [60, 60], "*/unnamed": [12, 20]},
        "b.v1": {"*": [40, 40], "*/read": [40, 40]}})
    read, unnamed = _calibration.ends_bound("read"), _calibration.ends_bound("unnamed")
    assert read > 0.9 > unnamed
    # a weak frame is not lifted by well-read ends, nor a strong frame by weak ends
    assert _calibration.calibrated_confidence(0.6, "read") == 0.6
    assert _calibration.calibrated_confidence(0.95, "unnamed") == unnamed
    # not a product: the dev errors of one record are not counted against the other
    assert _calibration.calibrated_confidence(0.85, "read") == 0.85


def test_a_designation_of_a_name_read_from_the_text_claims_what_the_dev_split_guarantees(
) -> None:
    """A company no list names, designated by an agency a list names: its class is "read",
    and with the real table its confidence is the minimum of the two bounds (it was the
    frame's bound times a hand-set 0.74 for an organization read from the text)."""
    result = extract("OFAC today designated Corvalle Staffing Solutions LLC, a front "
                     "company that placed North Korean IT workers with foreign clients.")
    designated = [r for r in result.relations if r.type == "DESIGNATED"
                  and r.target.endswith("corvalle-staffing-solutions-llc")]
    assert len(designated) == 1
    relation = designated[0]
    assert relation.construction.endswith("/read")
    frame = _calibration.confidence_of(relation.frame)
    assert relation.confidence == min(frame, _calibration.ends_bound("read"))
