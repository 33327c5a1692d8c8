"""Who among the US, Japan and South Korea designated or warned about whom, and when.

The graph records a designation three ways (a DESIGNATED edge from an Agency or Country, a
Sanction node derived from it, and the sentences behind both) and a warning as WARNS_ABOUT
from an Advisory, Document, Agency or Country. Researchers want one answer across all of
them: for each target, which of the three governments acted, on which dates, and whether
they acted together. This module folds the three shapes into that answer once, so the
/trilateral page and GET /api/trilateral cannot disagree.

Its three read statements are in graph/queries.py, the shape of its answer in
api/services/trilateral_schemas.py; the timeline drawn from the answer is laid out in
api/services/timeline.py.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from api.services.analytics import AnalyticsCache
from api.services.trilateral_schemas import (
    GOVERNMENTS,
    PAGE,
    ActionKind,
    TrilateralAction,
    TrilateralEvent,
    TrilateralFilters,
    TrilateralSummary,
    TrilateralTarget,
    TrilateralView,
)
from graph import queries
from graph.store import GraphStore, Row


@dataclass(frozen=True)
class _Act:
    target: str
    name: str
    label: str
    target_kind: str | None
    action: TrilateralAction


_ISSUER_CODE = re.compile(r"^([A-Z]{2})\b")


def _label(labels: Iterable[str]) -> str:
    return next((x for x in labels if x != "Entity"), "Entity")


def _government(row: Row) -> list[str]:
    """The acting governments of one row: the actor's own code, else its issuers'."""
    for value in (row.get("actor_code"), row.get("actor_country")):
        if isinstance(value, str) and value.upper() in GOVERNMENTS:
            return [value.upper()]
    codes = [c.upper() for c in row.get("issuer_codes") or [] if isinstance(c, str)]
    for issuer in row.get("actor_issuers") or []:
        match = _ISSUER_CODE.match(str(issuer))
        if match:
            codes.append(match.group(1))
    return sorted({c for c in codes if c in GOVERNMENTS}, key=list(GOVERNMENTS).index)


def _earliest(dates: Iterable[str | None]) -> str | None:
    known = sorted(d for d in dates if d)
    return known[0] if known else None


def _acts(rows: list[Row], kind: ActionKind, doc_dates: dict[str, str]) -> list[_Act]:
    acts: list[_Act] = []
    for row in rows:
        if not row.get("target"):
            continue
        sources = [str(s) for s in row.get("sources") or []]
        date = row.get("date") or _earliest(doc_dates.get(s) for s in sources)
        for government in _government(row):
            acts.append(_Act(
                target=str(row["target"]), name=str(row.get("name") or row["target"]),
                label=_label(row.get("labels") or []), target_kind=row.get("target_kind"),
                action=TrilateralAction(
                    government=government, kind=kind, date=str(date) if date else None,
                    by=row.get("actor"), by_id=row.get("actor_id"), program=row.get("program"),
                    legal_basis=list(row.get("legal_basis") or []), sources=sources)))
    return acts


def _same_act(a: TrilateralAction, b: TrilateralAction) -> bool:
    """Two records of one act: same government and kind, one date a prefix of the other.

    A Sanction node repeats its DESIGNATED edge, and a later document may restate a 2023-05-23
    designation as "in 2023"; both are the same act, not a second one.
    """
    if (a.government, a.kind) != (b.government, b.kind):
        return False
    if not a.date or not b.date:
        return True
    return a.date.startswith(b.date) or b.date.startswith(a.date)


def _merge(actions: list[TrilateralAction]) -> list[TrilateralAction]:
    merged: list[TrilateralAction] = []
    # Most specific dates first, so the kept record carries the full date.
    for action in sorted(actions, key=lambda a: (-len(a.date or ""), a.date or "")):
        twin = next((m for m in merged if _same_act(m, action)), None)
        if twin is None:
            merged.append(action.model_copy(deep=True))
            continue
        twin.sources = sorted(set(twin.sources) | set(action.sources))
        twin.legal_basis = sorted(set(twin.legal_basis) | set(action.legal_basis))
        twin.program = twin.program or action.program
        twin.by = twin.by or action.by
        twin.by_id = twin.by_id or action.by_id
    order = list(GOVERNMENTS)
    return sorted(merged, key=lambda a: (a.date or "9999", order.index(a.government), a.kind))


def _coordinated(actions: list[TrilateralAction]) -> list[str]:
    by_date: dict[str, set[str]] = defaultdict(set)
    for action in actions:
        if action.date:
            by_date[action.date].add(action.government)
    return sorted(d for d, govs in by_date.items() if len(govs) > 1)


def day(date: str) -> _dt.date:
    """A possibly partial ISO date as a day (the first of its month or year)."""
    parts = [int(p) for p in date.split("-")]
    year, month, day = ([*parts, 1, 1])[:3]
    return _dt.date(year, month, day)


def _sequence(actions: list[TrilateralAction]) -> dict[str, Any]:
    """Who acted first and how long the others took: the lead-and-follow a reader looks for."""
    first_by: dict[str, str] = {}
    for action in actions:
        if action.date and (action.government not in first_by
                            or action.date < first_by[action.government]):
            first_by[action.government] = action.date
    ordered = dict(sorted(first_by.items(), key=lambda kv: kv[1]))
    lag_by: dict[str, int] = {}
    if len(ordered) > 1:
        start = day(next(iter(ordered.values())))
        lag_by = {g: (day(d) - start).days for g, d in ordered.items()}
    return {"first_by": ordered, "lag_by": lag_by,
            "lag_days": max(lag_by.values()) if lag_by else None,
            "coordinated_dates": _coordinated(actions),
            "first_date": _earliest(a.date for a in actions),
            "governments": [g for g in GOVERNMENTS if g in {a.government for a in actions}]}


def _targets(acts: list[_Act]) -> list[TrilateralTarget]:
    grouped: dict[str, list[_Act]] = defaultdict(list)
    for act in acts:
        grouped[act.target].append(act)
    targets = []
    for target_id, group in grouped.items():
        actions = _merge([a.action for a in group])
        first = group[0]
        targets.append(TrilateralTarget(
            id=target_id, name=first.name, label=first.label, kind=first.target_kind,
            actions=actions, **_sequence(actions)))
    # Joint action first (three, then two governments), then coordinated same-day action,
    # then the earliest; so what the three did together is what a reader sees first.
    return sorted(targets, key=lambda t: (-len(t.governments), not t.coordinated_dates,
                                          t.first_date or "9999", t.name.lower()))


def _keep(target: TrilateralTarget, f: TrilateralFilters) -> TrilateralTarget | None:
    """Narrow a target's actions to the filters; None when nothing of it is left."""
    actions = [
        a for a in target.actions
        if a.government in f.governments
        and (f.kind is None or a.kind == f.kind)
        and (not f.since or (a.date or "") >= f.since)
        and (not f.until or (a.date or "")[:len(f.until)] <= f.until)
    ]
    if not actions:
        return None
    if f.label and target.label != f.label:
        return None
    if f.q and f.q.lower() not in target.name.lower():
        return None
    acted = {a.government for a in actions}
    if f.scope == "joint" and len(acted) < 2:
        return None
    if f.scope == "solo" and len(acted) != 1:
        return None
    return target.model_copy(update={"actions": actions, **_sequence(actions)})


def _events(targets: list[TrilateralTarget]) -> list[TrilateralEvent]:
    grouped: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for target in targets:
        for action in target.actions:
            if action.date:
                grouped[(action.date, action.government, action.kind)].append(target.id)
    governments_on: dict[str, set[str]] = defaultdict(set)
    for date, government, _ in grouped:
        governments_on[date].add(government)
    return [TrilateralEvent(date=date, government=gov, kind=kind,
                            targets=sorted(set(ids)),
                            coordinated=len(governments_on[date]) > 1)
            for (date, gov, kind), ids in sorted(grouped.items())]


def _summary(targets: list[TrilateralTarget]) -> TrilateralSummary:
    solo = {g: sum(1 for t in targets if t.governments == [g]) for g in GOVERNMENTS}
    acted = {g: sum(1 for t in targets if g in t.governments) for g in GOVERNMENTS}
    return TrilateralSummary(
        targets=len(targets), all_three=sum(1 for t in targets if len(t.governments) == 3),
        two=sum(1 for t in targets if len(t.governments) == 2), solo=solo, acted=acted)


def trilateral_actions(store: GraphStore) -> list[TrilateralTarget]:
    """Every target any of the three governments designated or warned about, merged."""
    doc_dates = {str(r["id"]): str(r["date"]) for r in store.run(queries.DOCUMENT_DATES)
                 if r["date"]}
    acts = (_acts(store.run(queries.TRILATERAL_DESIGNATIONS), "designated", doc_dates)
            + _acts(store.run(queries.TRILATERAL_SANCTIONS), "designated", doc_dates)
            + _acts(store.run(queries.TRILATERAL_WARNINGS), "warned", doc_dates))
    return _targets(acts)


def trilateral_view(store: GraphStore, filters: TrilateralFilters | None = None, *,
                    limit: int = PAGE, offset: int = 0,
                    cache: AnalyticsCache | None = None) -> TrilateralView:
    """The matrix and timeline data, narrowed by `filters` (one store read behind both forms);
    the summary and events cover every filtered target, `items` one page of them."""
    f = filters or TrilateralFilters()
    # Every action is read from the whole graph (seconds on 10,000 documents), so it is
    # computed once per graph version when a cache is given; every ingest empties it.
    everything = (cache.get("trilateral", lambda: trilateral_actions(store)) if cache
                  else trilateral_actions(store))
    kept = [t for t in (_keep(t, f) for t in everything) if t is not None]
    dates = [a.date for t in everything for a in t.actions if a.date]
    return TrilateralView(
        governments=GOVERNMENTS, filters=f, items=kept[offset:offset + limit],
        total=len(kept), limit=limit, offset=offset, events=_events(kept),
        summary=_summary(kept),
        date_range=(min(dates)[:4], max(dates)[:4]) if dates else None)


def as_rows(view: TrilateralView) -> list[dict[str, Any]]:
    """Flat rows (one per action) for CSV export."""
    return [{"target_id": t.id, "target": t.name, "label": t.label, "government": a.government,
             "kind": a.kind, "date": a.date or "", "by": a.by or "",
             "program": a.program or "", "legal_basis": "; ".join(a.legal_basis),
             "sources": " ".join(a.sources)}
            for t in view.items for a in t.actions]
