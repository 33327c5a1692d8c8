"""What the entity page adds to the dossier: money rows a reader can sort, the graph's
first view, and the chain to the regime for facilitators.

The dossier (api/services/dossier.py) is the JSON answer; this module only arranges it for
the page and reads the little the page needs besides (who else is party to each payment,
how connected each neighbour is), so the page stays one dossier plus two small reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from api.schemas import Dossier, EntityRef, FacilitationOut, MoneyOut
from api.services import chains as chain_service
from api.services.amounts import amount_text, usd
from api.services.trust import is_weak
from graph.errors import TkgError
from graph.store import GraphStore

HUB_DEGREE = 50  # more relationships than a first view draws: a hub, expanded only on request
_VERBS = {("GENERATED_REVENUE_FOR", "in"): "earned", ("PAID", "out"): "paid",
          ("PAID", "in"): "received", ("FUNDED", "out"): "funded",
          ("FUNDED", "in"): "funded by", ("FORFEITED", "out"): "forfeited",
          ("GENERATED_REVENUE_FOR", "out"): "revenue for"}


@dataclass
class MoneyRow:
    """One amount on the entity's page: how it moved, how much, with whom, on what basis."""

    relation: str
    direction: str
    verb: str
    value: int | None
    amount: str
    kind: str | None
    parties: list[EntityRef] = field(default_factory=list)
    period: str = ""
    sources: list[str] = field(default_factory=list)
    band: str = "unknown"
    modality: str | None = None
    weak: bool = False
    payment: EntityRef | None = None


def _period(props: dict[str, object]) -> str:
    start, end = props.get("period_start"), props.get("period_end")
    if start and end and start != end:
        return f"{start} – {end}"
    return str(start or end or props.get("date") or "")


def money_rows(store: GraphStore, dossier: Dossier) -> list[MoneyRow]:
    """Every amount in and out, largest first, each naming the other parties."""
    records: list[MoneyOut] = [*dossier.money.incoming, *dossier.money.outgoing]
    payments = [m.payment.id for m in records if m.payment]
    parties: dict[str, list[EntityRef]] = {}
    for row in store.payment_parties(payments) if payments else []:
        if row["party"] == dossier.entity.id:
            continue
        labels = [lb for lb in row["labels"] or [] if lb != "Entity"]
        ref = EntityRef(id=str(row["party"]), label=labels[0] if labels else "Entity",
                        name=str(row["name"] or row["party"]))
        found = parties.setdefault(str(row["payment"]), [])
        if ref not in found:
            found.append(ref)
    details = _payment_details(store, payments)
    rows = []
    for m in records:
        props = details.get(m.payment.id, {}) if m.payment else {}
        others = parties.get(m.payment.id, []) if m.payment else []
        if m.counterparty and m.counterparty not in others and m.counterparty != m.payment:
            others = [m.counterparty, *others]
        text = amount_text({**props, "amount_usd": m.amount_usd, "qualifier": m.qualifier},
                           with_kind=False) or usd(m.amount_usd)
        rows.append(MoneyRow(
            relation=m.relation, direction=m.direction,
            verb="offered" if m.kind == "reward_offer" else
            _VERBS.get((m.relation, m.direction), m.relation.lower().replace("_", " ")),
            value=m.amount_usd, amount=text, kind=m.kind, parties=others,
            period=_period(props), sources=m.sources, band=m.band, modality=m.modality,
            weak=is_weak(m.confidence, m.modality), payment=m.payment))
    return sorted(rows, key=lambda r: (-(r.value or -1), r.amount))


def _payment_details(store: GraphStore, ids: list[str]) -> dict[str, dict[str, object]]:
    if not ids:
        return {}
    nodes = store.get_entities_light(ids, cap=0)
    return {i: dict(n["properties"]) for i, n in nodes.items()}


def graph_data(store: GraphStore, dossier: Dossier) -> dict[str, object]:
    """The first view of the graph: the entity, its listed relationships, every node's
    degree (sizes and hubs) and the totals the page cannot draw."""
    relationships = [item.model_dump(mode="json") for g in dossier.relationships
                     for item in g.items]
    ids = {dossier.entity.id, *(g_item.other.id for g in dossier.relationships
                                for g_item in g.items)}
    return {"root": dossier.entity.model_dump(mode="json"), "relationships": relationships,
            "degrees": store.degrees(ids), "hub_degree": HUB_DEGREE,
            "total": sum(g.count for g in dossier.relationships)}


def regime_chains(store: GraphStore, dossier: Dossier) -> FacilitationOut | None:
    """The facilitator's chains to the regime, when the entity facilitated anything."""
    if not any(g.type == "FACILITATED" and g.outgoing for g in dossier.relationships):
        return None
    try:
        return chain_service.facilitation(store, dossier.entity.id, limit=5)
    except TkgError:
        return None
