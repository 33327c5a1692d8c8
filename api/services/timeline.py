"""The trilateral timeline, laid out on the server: a year axis, one lane per government.

Done here rather than in the browser so the page draws without JavaScript and tests can
check positions; api/services/trilateral.py gives the events.
"""

from __future__ import annotations

import math
from collections import defaultdict

from pydantic import BaseModel, Field

from api.services.trilateral import day
from api.services.trilateral_schemas import GOVERNMENTS, TrilateralEvent, TrilateralView


class TimelineMark(BaseModel):
    """One event placed on the timeline: x in the SVG's user units, lane by government."""

    x: float
    lane: int
    dy: float = Field(0.0, description="vertical nudge so marks on close dates do not cover")
    r: float = Field(5.0, description="half the mark's size, from the number of targets")
    event: TrilateralEvent
    names: list[str]


class TimelineAxis(BaseModel):
    width: int
    left: int
    lane_height: int
    years: list[tuple[int, float]]
    gaps: list[float] = Field(default_factory=list, description="x of compressed quiet years")
    marks: list[TimelineMark]
    coordinated: list[tuple[float, list[int]]] = Field(
        default_factory=list, description="(x, lanes) of same-day action by several governments")


QUIET_YEAR = 0.3  # width of a year with no action, relative to a year with some
# Rows within a lane, tried in this order: on the lane line, above it, below it. ROW apart,
# marks of half-size up to MAX_R never touch across rows (a lane is 64 units high).
LEVELS = (0, -1, 1)
ROW = 20.0
MAX_R = 9.0
GAP = 2.0  # the least space between two marks in one row


def mark_radius(targets: int) -> float:
    """Half the size of a mark: grows with the number of targets named that day, capped."""
    return round(min(5.0 + math.sqrt(targets) * 2, MAX_R), 1)


def _year_fraction(date: str) -> float:
    when = day(date)
    return when.year + (when.timetuple().tm_yday - 1) / 366


def _place(marks: list[TimelineMark]) -> None:
    """Lay marks out so none covers another: in date order, each takes the first row of its
    lane where it clears the last mark; when all three rows are taken (many actions within
    days), it moves right just past the row that frees first, so every action stays visible
    and in order (its tooltip and link keep the exact date)."""
    for lane in {m.lane for m in marks}:
        ends = dict.fromkeys(LEVELS, float("-inf"))  # right edge of the last mark per row
        for mark in sorted((m for m in marks if m.lane == lane), key=lambda m: m.x):
            free = [level for level in LEVELS if mark.x - mark.r >= ends[level] + GAP]
            level = free[0] if free else min(LEVELS, key=lambda lv: ends[lv])
            if not free:
                mark.x = round(ends[level] + GAP + mark.r, 1)
            mark.dy = level * ROW
            ends[level] = mark.x + mark.r


def _quiet_runs(weights: dict[int, float], starts: dict[int, float], scale: float) -> list[float]:
    """Centre x of each run of consecutive quiet years (one "no action" label per run)."""
    runs: list[list[int]] = []
    for year, weight in weights.items():
        if weight == 1.0:
            continue
        if runs and runs[-1][-1] == year - 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return [round((starts[r[0]] + starts[r[-1]] + weights[r[-1]] * scale) / 2, 1) for r in runs]


def timeline_axis(view: TrilateralView, width: int = 1000, left: int = 130,
                  lane_height: int = 64) -> TimelineAxis:
    """Place every event on a year axis, one lane per government, for the SVG timeline.

    Years without any action are drawn narrow (a 2018 designation would otherwise push
    four empty years across the page). Done on the server so the page draws without
    JavaScript and tests can check positions.
    """
    dated = [e for e in view.events if e.date]
    if not dated:
        return TimelineAxis(width=width, left=left, lane_height=lane_height, years=[], marks=[])
    active = {int(_year_fraction(e.date)) for e in dated}
    first, last = min(active), max(active)
    weights = {y: 1.0 if y in active else QUIET_YEAR for y in range(first, last + 1)}
    scale = (width - left - 30) / sum(weights.values())
    starts: dict[int, float] = {}
    x = float(left)
    for year in range(first, last + 1):
        starts[year] = x
        x += weights[year] * scale

    def x_of(fraction: float) -> float:
        year = int(fraction)
        return round(starts[year] + (fraction - year) * weights[year] * scale, 1)

    names = {t.id: t.name for t in view.items}
    lanes = list(GOVERNMENTS)
    marks = [TimelineMark(x=x_of(_year_fraction(e.date)), lane=lanes.index(e.government), dy=0.0,
                          r=mark_radius(len(e.targets)), event=e,
                          names=[names.get(i, i) for i in e.targets])
             for e in dated]
    _place(marks)
    by_date: dict[str, set[int]] = defaultdict(set)
    for mark in marks:
        if mark.event.coordinated:
            by_date[mark.event.date].add(mark.lane)
    return TimelineAxis(
        width=width, left=left, lane_height=lane_height,
        years=[(y, round(starts[y], 1)) for y in range(first, last + 1)],
        gaps=_quiet_runs(weights, starts, scale),
        marks=marks,
        coordinated=[(x_of(_year_fraction(d)), sorted(ls)) for d, ls in sorted(by_date.items())])
