"""Browse by role: facilitators, charged and sentenced persons, designations per government,
front companies and DPRK units, each as a table a researcher can sort and export.

The store returns plain rows per role (graph/queries.py, "browse by role"); this module
names the columns, folds designations into one row per target and government, and sorts.
The page (/browse/{role}) and its CSV (?format=csv) use the same rows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Literal

from graph.errors import NotFound
from graph.store import GraphStore, Row

Kind = Literal["text", "number", "link", "list", "government"]


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: Kind = "text"


@dataclass(frozen=True)
class Role:
    slug: str
    title: str
    about: str
    columns: tuple[Column, ...]
    sort: str  # the key rows are sorted by, largest first for numbers


NAME = Column("name", "Name", "link")
DOCS = Column("documents", "Documents", "number")
ROLES: dict[str, Role] = {r.slug: r for r in (
    Role("facilitators", "Facilitators",
         "People and companies the sources say facilitated DPRK IT work (laptop farms, "
         "identities, payments). Facilitation is often charged, not proven: see each dossier.",
         (NAME, Column("country", "Country", "government"),
          Column("facilitated", "Facilitated", "list"),
          Column("facilitated_count", "How many", "number"),
          Column("sentence_months", "Sentence (months)", "number"), DOCS), "documents"),
    Role("defendants", "Charged and sentenced persons",
         "Defendants in court cases with their charges, pleas and sentences. Charges are "
         "allegations unless a court has ruled.",
         (NAME, Column("case_name", "Case"), Column("status", "Status"),
          Column("plea", "Plea"), Column("charges", "Charges", "list"),
          Column("sentence_months", "Sentence (months)", "number"),
          Column("sentence_date", "Sentenced on"), DOCS), "sentence_months"),
    Role("designated", "Designated persons and entities",
         "Targets of sanctions designations, one row per target and designating government.",
         (NAME, Column("label", "Type"), Column("government", "Government", "government"),
          Column("by", "Designated by"), Column("date", "First date"),
          Column("programs", "Programs", "list")), "date"),
    Role("fronts", "Front companies",
         "Companies the sources call fronts, or that front for a DPRK unit or company.",
         (NAME, Column("country", "Country", "government"),
          Column("fronts_for", "Fronts for", "list"),
          Column("designated_by", "Designated by", "list"), DOCS), "documents"),
    Role("units", "DPRK units",
         "North Korean ministries, departments and units that the sources tie to IT work.",
         (NAME, Column("label", "Type"), Column("kind", "Kind"),
          Column("controls", "Controls or fronted by", "number"),
          Column("designated_by", "Designated by", "list"), DOCS), "controls"),
)}
STORE_ROLE = {"designated": "designations"}


def _label(labels: Any) -> str:
    return next((lb for lb in labels or [] if lb != "Entity"), "Entity")


def _designations(rows: list[Row], government: str | None) -> list[dict[str, Any]]:
    """One row per target and government: earliest date, every program, the designator."""
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    programs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows:
        gov = str(r["government"] or "").upper() or "?"
        if government and gov != government.upper():
            continue
        key = (str(r["id"]), gov)
        row = grouped.setdefault(key, {"id": r["id"], "name": r["name"] or r["id"],
                                       "label": _label(r["labels"]), "government": gov,
                                       "by": r["by"], "date": r["date"]})
        if r["date"] and (not row["date"] or str(r["date"]) < str(row["date"])):
            row["date"] = r["date"]
        row["by"] = row["by"] or r["by"]
        if r["program"]:
            programs[key].add(str(r["program"]))
    for key, row in grouped.items():
        row["programs"] = sorted(programs[key])
    return list(grouped.values())


def rows(store: GraphStore, slug: str, *, government: str | None = None) -> list[dict[str, Any]]:
    role = ROLES.get(slug)
    if role is None:
        raise NotFound(f"no list named {slug!r}; lists: {', '.join(ROLES)}")
    raw = store.browse(STORE_ROLE.get(slug, slug))
    if slug == "designated":
        out = _designations(raw, government)
    else:
        out = [{**r, "label": _label(r.get("labels")), "name": r.get("name") or r["id"]}
               for r in raw]
    if slug in ("fronts", "units"):
        designated = store.designating_governments(r["id"] for r in out)
        for r in out:
            r["designated_by"] = designated.get(str(r["id"]), [])
    key = role.sort
    numeric = next(c.kind == "number" for c in role.columns if c.key == key)
    if numeric:
        out.sort(key=lambda r: (-(r.get(key) or -1), str(r["name"]).lower()))
    else:
        out.sort(key=lambda r: (str(r.get(key) or "9999"), str(r["name"]).lower()))
    return out


def governments(store: GraphStore) -> list[tuple[str, int]]:
    """Designating governments with their number of targets, most first."""
    counts: dict[str, set[str]] = defaultdict(set)
    for r in store.browse("designations"):
        counts[str(r["government"] or "?").upper()].add(str(r["id"]))
    return sorted(((g, len(ids)) for g, ids in counts.items()), key=lambda x: (-x[1], x[0]))


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)
