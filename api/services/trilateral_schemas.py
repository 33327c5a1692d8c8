"""The answer of the trilateral view (api/services/trilateral.py) as the page and
GET /api/trilateral return it: each government's acts on each target, the timeline's events,
the summary counts and the filters a reader may narrow by.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from api.schemas import ListPage

GOVERNMENTS: dict[str, str] = {"US": "United States", "JP": "Japan", "KR": "South Korea"}
PAGE = 500  # targets per page by default: every target of today's graphs on one page
ActionKind = Literal["designated", "warned"]


class TrilateralAction(BaseModel):
    """One government's act on one target: a designation or a published warning."""

    government: str = Field(description="ISO code of the acting government: US, JP or KR")
    kind: ActionKind
    date: str | None = Field(None, description="ISO date, possibly partial (2023-05)")
    by: str | None = Field(None, description="designating agency or warning advisory")
    by_id: str | None = None
    program: str | None = None
    legal_basis: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list, description="supporting document ids")


class TrilateralTarget(BaseModel):
    """A designated or warned-about person or organization, with every government's acts."""

    id: str
    name: str
    label: str
    kind: str | None = None
    actions: list[TrilateralAction]
    governments: list[str] = Field(description="governments that acted, in US, JP, KR order")
    first_date: str | None = None
    coordinated_dates: list[str] = Field(
        default_factory=list, description="dates on which two or more governments acted")
    first_by: dict[str, str] = Field(
        default_factory=dict, description="each acting government's earliest dated action")
    lag_days: int | None = Field(
        None, description="days from the first government's first action to the last one's")
    lag_by: dict[str, int] = Field(
        default_factory=dict, description="days each government acted after the first one")

    @property
    def joint(self) -> bool:
        return len(self.governments) > 1


class TrilateralEvent(BaseModel):
    """One date on which one government acted, and on whom (for the timeline)."""

    date: str
    government: str
    kind: ActionKind
    targets: list[str]
    coordinated: bool = Field(False, description="another government acted the same day")


class TrilateralSummary(BaseModel):
    targets: int
    all_three: int
    two: int
    solo: dict[str, int]
    acted: dict[str, int]


class TrilateralFilters(BaseModel):
    """What the page's form and the JSON endpoint's query string may narrow by."""

    governments: list[str] = Field(default_factory=lambda: list(GOVERNMENTS))
    kind: ActionKind | None = None
    label: str | None = None
    since: str | None = None
    until: str | None = None
    scope: Literal["all", "joint", "solo"] = "all"
    q: str = ""


class TrilateralView(ListPage):
    governments: dict[str, str]
    filters: TrilateralFilters
    items: list[TrilateralTarget] = Field(description="targets, joint action first")
    events: list[TrilateralEvent] = Field(description="every dated action of the filtered "
                                          "targets (all pages), for the timeline")
    summary: TrilateralSummary
    date_range: tuple[str, str] | None = None
