"""A frame's confidence counts its dev DOCUMENTS as units of evidence
(extract/frames/_calibration.py `evidence_of`): many readings of one document are one
author's habit, not independent evidence about unseen text."""

from __future__ import annotations

import pytest

from extract.evaluate.calibration import Judged, frame_counts
from extract.frames import _calibration
from extract.frames._calibration import DOCUMENTS_KEY, lower_bound
from graph.model import Evidence, ExtractedRelation


def _table(monkeypatch: pytest.MonkeyPatch, rows: dict[str, dict[str, list[float]]]) -> None:
    monkeypatch.setattr(_calibration, "table", lambda: rows)


def test_readings_of_one_document_are_one_piece_of_evidence(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # 14 right readings each (pooled twice): from one document, or from fourteen
    _table(monkeypatch, {"one-doc.v1": {"*": [28, 28], DOCUMENTS_KEY: [2, 2]},
                         "many-docs.v1": {"*": [28, 28], DOCUMENTS_KEY: [28, 28]}})
    one, many = (_calibration.confidence_of(f, prior=0.9) for f in ("one-doc.v1",
                                                                      "many-docs.v1"))
    assert one == round(lower_bound(1 + 0.9, 2), 3) < 0.5
    assert many == round(lower_bound(14 + 0.9, 15), 3) >= 0.8


def test_the_share_right_still_comes_from_the_readings(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # 18 of 20 readings right in 10 documents: 90% over 10 units
    _table(monkeypatch, {"x.v1": {"*": [36, 40], DOCUMENTS_KEY: [20, 20]}})
    assert _calibration.evidence_of("x.v1") == pytest.approx((9.0, 10.0))


def test_a_table_without_documents_keeps_the_readings(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _table(monkeypatch, {"old.v1": {"*": [28, 28]}})
    assert _calibration.evidence_of("old.v1") == (14.0, 14.0)
    # more documents than readings cannot happen in one run; the readings bound it
    _table(monkeypatch, {"odd.v1": {"*": [4, 4], DOCUMENTS_KEY: [8, 8]}})
    assert _calibration.evidence_of("odd.v1") == (2.0, 2.0)


def _judged(doc: str, start: int, correct: bool) -> Judged:
    relation = ExtractedRelation("LOCATED_IN", "organization:a", "country:b", {}, 0.5,
                                 [Evidence(start, start + 5, "x")], frame="location.v1",
                                 construction="placed0,place0/read")
    return Judged(doc, relation, correct)


def test_calibration_counts_the_documents_a_frame_read_in() -> None:
    row = frame_counts([_judged("d1", 0, True), _judged("d1", 40, True),
                        _judged("d2", 0, False)])["location.v1"]
    assert row[DOCUMENTS_KEY] == [2.0, 2.0]
    assert row["*"] == [2.0, 3.0]
