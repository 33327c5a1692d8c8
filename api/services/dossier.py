"""The dossier: one entity with its sanctions, cases, money and relationships, each sourced.

A dossier must stay cheap on hubs ("North Korea" touches most of the graph): totals come
from one count query, and relationships are listed up to a cap per type.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from typing import Any

from api.schemas import (
    Dossier,
    EntityOut,
    RelationshipGroup,
)
from api.services.convert import (
    EVIDENCE_CAP,
    entity_ref,
    label_of,
    provenance,
    public_properties,
)
from api.services.facts import CASE_TYPES, MONEY_TYPES, Related, cases, related_fields, sanctions
from api.services.money import money_flows, scheme_ties
from api.services.suggestions import possibly_same
from graph import queries
from graph.errors import NotFound
from graph.store import GraphStore, Row, in_one_read
from graph.store_base import Read

LIST_ALL_UP_TO = 300  # one query lists everything when the entity has at most this many
PER_TYPE = 20  # otherwise each type lists this many
# ... each with this many of its statements, and EVIDENCE_CAP for the facts whose records
# name their documents (money, cases, designations). statements_total stays exact; every
# statement of a listed fact is on /api/entities/{id}/neighbors?types=TYPE and its documents.
HUB_STATEMENTS = 3
PAYMENT_DOCUMENTS = 5  # documents named per payment (api/services/money.py money_flows)
CITED_TYPES = frozenset((*MONEY_TYPES, *CASE_TYPES, "DESIGNATED"))
# What a hub's dossier reads of the entities at the other end of its listed facts: it shows
# them as references (id, label, name; a payment named by its amount), and reads a
# country's code (countries), a designator's government (sanctions), a case's court, docket
# and status (cases), and a payment's amount and kind (money). Every other property of the
# 125 ends of the IT workers' dossier was a third of its largest read, and unused.
FAR_END = ("name", "title", "code", "country", "court", "docket", "status", "amount_usd",
           "amount_max_usd", "amount", "currency", "qualifier", "kind", "doc_count")
# counted with the facts, so that a dossier reads Sanction nodes and suggestions only where
# there are some (most hubs have neither)
ASKED = queries.DOSSIER_ASKED


def fact_types(store: GraphStore) -> list[str]:
    """Relationship types that state facts about entities: not document links (reported as
    documents) nor "possibly the same" suggestions (the model's `fact` flag)."""
    return list(store.model.fact_types)


def load_entity(store: GraphStore, entity_id: str) -> Row:
    """The entity, light (hubs carry huge evidence lists); documents are not entities."""
    try:
        return store.get_entity_light(entity_id)
    except NotFound:
        if store.documents_by_id([entity_id]):
            raise NotFound(f"{entity_id!r} is a document: see /api/documents/{entity_id}") \
                from None
        raise


def _fact_totals(store: GraphStore, counts: list[Row]) -> Counter[str]:
    totals: Counter[str] = Counter()
    for row in counts:
        if row["type"] in store.model.fact_types:
            totals[str(row["type"])] += int(row["n"])
    return totals


def listing_read(store: GraphStore, entity_id: str, counts: list[Row]) -> Read | None:
    """The read related_facts() starts with, for store.ahead()."""
    totals = _fact_totals(store, counts)
    if not totals:
        return None
    if sum(totals.values()) <= LIST_ALL_UP_TO:
        return store.neighbors_light_read(entity_id, list(totals), limit=LIST_ALL_UP_TO)
    return store.per_type_read(entity_id, sorted(totals), limit=PER_TYPE, counts=counts,
                               far_properties=FAR_END)


def related_facts(store: GraphStore, entity_id: str, counts: list[Row]) -> list[Related]:
    """The entity's relationships, all of them for most entities, capped per type on hubs."""
    totals = _fact_totals(store, counts)
    if not totals:
        return []
    if sum(totals.values()) <= LIST_ALL_UP_TO:
        rows = store.neighbors_light(entity_id, list(totals), limit=LIST_ALL_UP_TO)
        return [Related(r["relationship"], r["node"], r["outgoing"]) for r in rows]
    rows = store.neighbors_light_per_type(entity_id, sorted(totals), limit=PER_TYPE, cap=0,
                                          counts=counts, far_properties=FAR_END)
    related = [Related(r["relationship"], r["node"], r["outgoing"]) for r in rows]
    # money_flows() reads the listed payments' documents: with the statements below
    payments = {str(r.node["element_id"]): r.node for r in related
                if r.type in MONEY_TYPES and label_of(r.node) == "Payment"}
    store.ahead([store.payment_documents_read(payments, PAYMENT_DOCUMENTS, list(MONEY_TYPES))])
    # the ties whose schemes the money section follows need EVIDENCE_CAP documents: read
    # with the rest, kept on the tie, and listed like any other fact (HUB_STATEMENTS)
    ties = {id(t) for t in scheme_ties(related)}
    cited = [r for r in related if r.type in CITED_TYPES]
    rest = [r for r in related if r.type not in CITED_TYPES and id(r) not in ties]
    store.attach_rel_statements_capped([
        ([r.relationship for r in cited], EVIDENCE_CAP),
        ([r.relationship for r in related if id(r) in ties], EVIDENCE_CAP, HUB_STATEMENTS),
        ([r.relationship for r in rest], HUB_STATEMENTS)])
    for tie in related:
        if id(tie) in ties:
            tie.documents = tie.props.pop("documents_read")
    return related


def countries(node: Row, related: list[Related]) -> list[str]:
    props = node["properties"]
    codes = [props.get(k) for k in ("code", "country", "nationality")]
    codes += [r.node["properties"].get("code") for r in related
              if r.type == "LOCATED_IN" and r.outgoing]
    return list(dict.fromkeys(str(c) for c in codes if c))


def groups(center: Row, related: list[Related], counts: list[Row],
           facts: Collection[str]) -> list[RelationshipGroup]:
    items: dict[str, list[dict[str, Any]]] = {}  # RelatedOut's fields, validated by the group
    for r in related:
        items.setdefault(r.type, []).append(related_fields(center, r))
    out: dict[str, RelationshipGroup] = {}
    for row in counts:
        rtype = str(row["type"])
        if rtype not in facts:
            continue
        group = out.setdefault(rtype, RelationshipGroup(
            type=rtype, count=0, outgoing=0, incoming=0, items=items.get(rtype, []),
            truncated=False))
        n = int(row["n"])
        group.count += n
        if row["outgoing"]:
            group.outgoing += n
        else:
            group.incoming += n
    for group in out.values():
        group.truncated = len(group.items) < group.count
    return sorted(out.values(), key=lambda g: (-g.count, g.type))


def documents(store: GraphStore, dossier_sources: list[list[str]]) -> list[dict[str, Any]]:
    """Every document behind any fact of the dossier, most cited first: DocumentRef's
    fields, validated with the dossier (a hub's cites hundreds)."""
    cited: Counter[str] = Counter(s for sources in dossier_sources for s in set(sources))
    meta = store.documents_by_id(cited)
    refs: list[dict[str, Any]] = []
    for d, n in cited.items():
        m = meta.get(d) or {}
        refs.append({"id": d, "title": m.get("title"), "date": m.get("date"),
                     "doc_type": m.get("doc_type"), "facts": n})
    return sorted(refs, key=lambda r: (-r["facts"], r["date"] or "", r["id"]))


@in_one_read
def dossier(store: GraphStore, entity_id: str) -> Dossier:
    # Each read comes with the one after it where it can (GraphStore.ahead; Neo4j: a round
    # trip each, waiting its turn under load): the entity with its counts, its own
    # statements with its page of each type, the listed facts' statements with their
    # payments' documents; then the schemes' money and the documents cited.
    store.ahead([store.entities_light_read([entity_id])])
    counts = store.relationship_counts(entity_id, also=ASKED)
    store.ahead([listing_read(store, entity_id, counts)])
    node = load_entity(store, entity_id)
    related = related_facts(store, entity_id, counts)
    props = node["properties"]
    ref = entity_ref(node)
    entity = EntityOut(id=ref.id, label=ref.label, name=ref.name, labels=list(node["labels"]),
                       aliases=list(props.get("aliases") or []),
                       countries=countries(node, related),
                       properties=public_properties(props), **provenance(props))
    sanction_list = sanctions(store, entity_id, related,
                              has_nodes=_stated(counts, (queries.SANCTIONED, False)))
    relationship_groups = groups(node, related, counts, store.model.fact_types)
    flows = money_flows(store, node, related)
    sources = [entity.sources, *(s.sources for s in sanction_list),
               *(i.sources for g in relationship_groups for i in g.items),
               *(g.documents for g in flows.groups),
               *(m.money.documents + m.via_sources for m in flows.scheme)]
    return Dossier(entity=entity, sanctions=sanction_list, cases=cases(related, flows.outgoing),
                   money=flows,
                   relationships=relationship_groups, documents=documents(store, sources),
                   possibly_same=possibly_same(store, entity_id) if _stated(
                       counts, (queries.SUGGESTION, True), (queries.SUGGESTION, False)) else [])


def _stated(counts: list[Row], *directions: tuple[str, bool]) -> bool:
    """Whether the entity has a relationship of one of the (type, outgoing) `directions`
    (the dossier asks relationship_counts: a read that finds nothing costs a round trip)."""
    return any((row["type"], bool(row["outgoing"])) in directions for row in counts)
