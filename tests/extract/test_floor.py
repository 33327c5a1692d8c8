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
    # four right of four (pooled twice), smoothed towards the prior with its weight
    expected = (4 + _calibration.PRIOR_WEIGHT * prior) / (4 + _calibration.PRIOR_WEIGHT)
    assert _calibration.confidence_of("x.v1", "a0,b0/read") == round(expected, 3)


def test_descriptions_are_calibrated_apart_from_names() -> None:
    from extract.relations import ends_class
    from graph.model import ExtractedEntity

    named = ExtractedEntity("person:a", "Person", "Halvard Quist", confidence=0.8)
    listed = ExtractedEntity("country:KP", "Country", "North Korea", confidence=0.95)
    woman = ExtractedEntity("person:t#a-denver-woman", "Person", "Denver woman",
                            confidence=0.7, unnamed=True)
    assert ends_class(listed, listed) == "listed"
    assert ends_class(named, listed) == "read"
    assert ends_class(woman, listed) == "unnamed"


def test_the_relations_one_sentence_lists_are_one_reading_of_the_calibration() -> None:
    from extract.evaluate.calibration import Judged, frame_counts
    from graph.model import Evidence, ExtractedRelation

    def judged(target: str, start: int, correct: bool) -> Judged:
        relation = ExtractedRelation("DESIGNATED", "agency:x", target, {}, 0.9,
                                     [Evidence(start, start + 50, "...")], "asserted",
                                     "designation.v1", "", "agent0,target0/read")
        return Judged("d", relation, correct)

    # "designated A, B, C and D" in one sentence, then one more sentence wrong
    items = [judged(t, 0, True) for t in "ABCD"] + [judged("E", 100, False)]
    row = frame_counts(items)["designation.v1"]
    assert row["*"] == [1.0, 2.0]
    assert row["agent0,target0/read"] == [1.0, 2.0]
