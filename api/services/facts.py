"""Sanctions, court cases and money flows read off one entity's relationships.

The graph states these facts as edges with properties (DESIGNATED, SENTENCED, PAID ...) and,
for sanctions, also as Sanction nodes. A dossier wants them as records a reader expects —
one sanction per designating authority, one case with its charges and sentence, money in
and out — each keeping the evidence of every edge it was folded from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from api.schemas import (
    CaseOut,
    MoneyOut,
    RelatedOut,
    SanctionOut,
)
from api.services.convert import (
    EVIDENCE_CAP,
    edge_fields,
    entity_fields,
    entity_ref,
    label_of,
    node_id,
    provenance,
)
from api.services.trust import band, strongest
from graph.store import GraphStore, Row

CASE_TYPES = ("DEFENDANT_IN", "CHARGED_WITH", "SENTENCED")
MONEY_TYPES = ("PAID", "GENERATED_REVENUE_FOR", "FUNDED", "FORFEITED")


@dataclass
class Related:
    """One relationship seen from the entity at its centre (as GraphStore.neighbors gives)."""

    relationship: Row
    node: Row
    outgoing: bool
    # a scheme tie's documents (api/services/money.py scheme_ties), when read with it
    documents: list[str] | None = None
    _provenance: tuple[object, dict[str, Any]] | None = field(default=None, repr=False,
                                                              compare=False)

    @cached_property
    def type(self) -> str:  # asked of every fact by each section's filters
        return str(self.relationship["type"])

    @property
    def props(self) -> dict[str, Any]:
        props: dict[str, Any] = self.relationship["properties"]
        return props

    def provenance(self) -> dict[str, Any]:
        """provenance(self.props), built once while its statements stay those attached (a
        money fact is listed in its group and again in the money section)."""
        statements = self.props.get("statements")
        if self._provenance is None or self._provenance[0] is not statements:
            self._provenance = (statements, provenance(self.props))
        return self._provenance[1]


def related_out(center: Row, item: Related) -> RelatedOut:
    """A relationship as the centre entity sees it: direction and the entity at the other end."""
    return RelatedOut(**related_fields(center, item))


def related_fields(center: Row, item: Related) -> dict[str, Any]:
    """related_out()'s fields, for a model that holds the fact to validate with the rest (a
    hub's dossier lists over a hundred: one validation for all rather than a model each)."""
    other = entity_fields(item.node)
    ids = {str(center["element_id"]): node_id(center), str(item.node["element_id"]): other["id"]}
    return {"direction": "out" if item.outgoing else "in", "other": other,
            **edge_fields(item.relationship, ids, item.provenance())}


def merge_provenance(props_list: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """One Provenance from several facts: union of sources, evidence concatenated."""
    sources: list[str] = []
    evidence: list[dict[str, Any]] = []  # EvidenceOut's fields (provenance())
    total = statements = 0
    confidence: float | None = None
    modalities: list[str | None] = []
    for props in props_list:
        p = provenance(props)
        sources.extend(s for s in p["sources"] if s not in sources)
        evidence.extend(e for e in p["evidence"] if e not in evidence)
        total += p["evidence_total"]
        statements = max(statements, p["statements_total"])
        modalities.append(p["modality"])
        if p["confidence"] is not None:
            confidence = max(confidence or 0.0, p["confidence"])
    return {"sources": sources, "evidence": evidence[:EVIDENCE_CAP], "evidence_total": total,
            "confidence": confidence, "band": band(confidence),
            "modality": strongest(modalities),
            "statements_total": max(statements, len(sources))}


def _government(node: Row | None) -> str | None:
    if node is None:
        return None
    props = node["properties"]
    code = props.get("code") if label_of(node) == "Country" else props.get("country")
    return str(code) if code else None


def _pick_issuer(issuers: list[Row], designators: dict[str, Row],
                 authority: str | None = None) -> Row | None:
    """A Sanction may be ISSUED by an agency and its state, or by two agencies when documents
    name the act by the office in one and by its department in another: prefer those that
    DESIGNATED, an agency among them, and of those the one the Sanction node itself names
    as its authority (its best statement), so the dossier and the node agree; then id
    order, so the pick does not depend on the order a store returns them in."""
    issuers = sorted(issuers, key=lambda i: entity_ref(i).id)
    designating = [i for i in issuers if entity_ref(i).id in designators] or issuers
    # an agency over its state: the most specific designator any document names
    agencies = [i for i in designating if label_of(i) == "Agency"]
    chosen = agencies or designating
    named = [i for i in chosen if authority and entity_ref(i).name == authority]
    picked = named or chosen
    return picked[0] if picked else None


def sanctions(store: GraphStore, entity_id: str, related: list[Related], *,
              has_nodes: bool = True) -> list[SanctionOut]:
    """One record per designation: Sanction nodes joined with the DESIGNATED edge behind them
    (`has_nodes` False: the caller knows no Sanction names the entity, so none is read)."""
    designations = {entity_ref(i.node).id: i for i in related
                    if i.type == "DESIGNATED" and not i.outgoing}
    designators = {k: i.node for k, i in designations.items()}
    grouped: dict[str, tuple[Row, list[Row]]] = {}
    for row in store.sanctions_of(entity_id) if has_nodes else []:
        sid = str(row["sanction"]["properties"].get("id"))
        entry = grouped.setdefault(sid, (row["sanction"], []))
        if row["issuer"] is not None:
            entry[1].append(row["issuer"])
    records: list[SanctionOut] = []
    covered: set[str] = set()
    for sanction, issuers in grouped.values():
        s = sanction["properties"]
        authority = s.get("authority")
        issuer = _pick_issuer(issuers, designators,
                              str(authority) if authority is not None else None)
        issuer_id = entity_ref(issuer).id if issuer is not None else None
        edge = designations.get(issuer_id) if issuer_id else None
        d = edge.props if edge else {}
        # every designator of this act is covered by its one record: an agency in one
        # document and its government in another report the same designation
        issuer_ids = {entity_ref(i).id for i in issuers}
        covered |= issuer_ids | {issuer_id or ""}
        others = [designations[i].props for i in sorted(issuer_ids - {issuer_id or ""})
                  if i in designations]
        records.append(SanctionOut(
            id=str(s.get("id")), authority_id=issuer_id,
            # the most specific designator any document names (an agency over its state)
            authority=entity_ref(issuer).name if issuer else s.get("authority"),
            government=s.get("country") or _government(issuer),
            program=s.get("program") or d.get("program"),
            legal_basis=list(s.get("legal_basis") or d.get("legal_basis") or []),
            date=s.get("listing_date") or d.get("date"),
            **merge_provenance([d, *others, s] if edge else [*others, s])))
    for issuer_id, edge in designations.items():
        if issuer_id not in covered:
            records.append(SanctionOut(
                authority=entity_ref(edge.node).name, authority_id=issuer_id,
                government=_government(edge.node), program=edge.props.get("program"),
                legal_basis=list(edge.props.get("legal_basis") or []),
                date=edge.props.get("date"), **provenance(edge.props)))
    return sorted(records, key=lambda r: (r.date or "", r.authority or "", r.authority_id or "",
                                          r.id or ""))


def cases(related: list[Related], outgoing_money: list[MoneyOut]) -> list[CaseOut]:
    """One record per Case the entity is a party to, with charges, plea and sentence; its
    forfeitures are the entity's FORFEITED money (`outgoing_money`, the dossier's records)
    stated by the case's documents."""
    from api.services.money import ordered_total

    grouped: dict[str, list[Related]] = {}
    for item in related:
        if item.type in CASE_TYPES and item.outgoing and label_of(item.node) == "Case":
            grouped.setdefault(entity_ref(item.node).id, []).append(item)
    forfeited = [m for m in outgoing_money if m.relation == "FORFEITED"]
    out: list[CaseOut] = []
    for items in grouped.values():
        case = items[0].node["properties"]
        fields: dict[str, Any] = {"court": case.get("court"), "docket": case.get("docket"),
                                  "status": case.get("status")}
        for item in items:
            p = item.props
            if item.type == "DEFENDANT_IN":
                fields.update(role=p.get("role"), plea=p.get("plea"))
                fields["status"] = p.get("status") or fields["status"]
            elif item.type == "CHARGED_WITH":
                fields["charges"] = list(p.get("charges") or [])
            else:
                fields.update(sentence_months=p.get("months"), sentence_date=p.get("date"),
                              supervised_release_months=p.get("supervised_release_months"))
        merged = merge_provenance(i.props for i in items)
        mine = [m for m in forfeited if set(m.sources) & set(merged["sources"])]
        out.append(CaseOut(case=entity_ref(items[0].node), forfeitures=mine,
                           forfeiture_usd=ordered_total(mine) if mine else None, **fields,
                           **merged))
    return out

