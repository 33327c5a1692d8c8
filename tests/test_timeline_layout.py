"""The trilateral timeline's layout (pure logic): no mark covers another, whatever the dates."""

from __future__ import annotations

import itertools

from api.services.timeline import MAX_R, TimelineMark, _place, mark_radius
from api.services.trilateral_schemas import TrilateralEvent


def _mark(x: float, lane: int, targets: int) -> TimelineMark:
    event = TrilateralEvent(date="2025-01-01", government="US", kind="designated",
                            targets=[f"t{i}" for i in range(targets)])
    return TimelineMark(x=x, lane=lane, r=mark_radius(targets), event=event, names=[])


def _overlap(a: TimelineMark, b: TimelineMark) -> bool:
    return (a.lane == b.lane and abs(a.x - b.x) < a.r + b.r
            and abs(a.dy - b.dy) < a.r + b.r)


def test_a_dense_week_of_actions_is_laid_out_without_covering() -> None:
    # twelve actions within days in one lane, others spread, one alone in another lane
    marks = [_mark(500 + i * 1.5, 0, 1 + i % 4) for i in range(12)]
    marks += [_mark(100 + i * 40, 0, 9) for i in range(5)] + [_mark(501, 1, 3)]
    wanted = [m.x for m in marks]
    _place(marks)
    for a, b in itertools.combinations(marks, 2):
        assert not _overlap(a, b), (a.x, a.dy, b.x, b.dy)
    # every mark stays in its lane's band and never moves left of its date
    assert all(abs(m.dy) + m.r <= 32 for m in marks)
    assert all(m.x >= want for m, want in zip(marks, wanted, strict=True))
    # the lone mark of the other lane keeps its place on the line
    assert (marks[-1].x, marks[-1].dy) == (501, 0)


def test_marks_far_apart_stay_on_the_lane_line_at_their_dates() -> None:
    marks = [_mark(100 + i * 50, 2, 2) for i in range(6)]
    _place(marks)
    assert [(m.x, m.dy) for m in marks] == [(100 + i * 50, 0) for i in range(6)]


def test_mark_size_grows_with_targets_and_is_capped() -> None:
    sizes = [mark_radius(n) for n in (1, 2, 4, 100)]
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1] == MAX_R
