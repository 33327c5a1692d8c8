"""FollowTheMoney entities as JSON lines, the form Aleph and OpenSanctions tools import.

Nodes become entities of the schema the model names (`ftm:`), where FtM has one: FtM has
no Country schema, so a state is the PublicBody that acts for it (with `jurisdiction`), and
an Advisory is a Document (FtM's Documentation is a link, not a text). Organizations whose
kind is a company become Company. Relationships that FtM models as interval entities become
those: Employment (a person at an organization) or Membership (a group at one),
CourtCaseParty (defendant, charges, sentence), Payment (who paid, who received, how much,
in USD), Sanction (from our Sanction nodes); the rest become UnknownLink with the
relationship type as `role`. Every entity carries `proof` (the ids of the Document entities
that support it) and `sourceUrl` (where those documents were published).

Entities are built and checked by the `followthemoney` library (an unknown property or a
value its type refuses fails the export), and beside them the export writes
FollowTheMoney *statements* (`<file>.statements.json`, the library's own writer): one per
value per document, with the document id as `origin`, so the source of every name, alias and
value travels with it, as in OpenSanctions. Analysts' judgments go to a third file
(`<file>.judgments.json`, JSON lines), each with the FtM ids of the entities it names, since
FtM has no schema for a judgment: merges and splits are what a resolver such as
nomenklatura's reads as positive and negative edges.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from followthemoney import model as ftm_model
from followthemoney import registry
from followthemoney.exc import InvalidData
from followthemoney.proxy import EntityProxy
from followthemoney.statement import JSON, Statement, write_statements

from graph.exchange.snapshot import Edge, Node, Snapshot
from graph.queries import CLAIM, SCHEMA, STATES

Entity = dict[str, Any]
SCHEMA_FIXES = {"Country": "PublicBody", "Documentation": "Document"}
COMPANY_KINDS = {"company", "front_company", "bank", "platform"}
PROPERTIES: dict[str, dict[str, str]] = {  # our property -> FtM property, per label
    "*": {"name": "name", "aliases": "alias", "country": "country"},
    "Document": {"title": "title", "date": "date", "language": "language",
                 "source_urls": "sourceUrl"},
    "Person": {"nationality": "nationality", "location": "address", "role": "position"},
    "Organization": {"location": "address", "kind": "classification"},
    "Agency": {"country": "jurisdiction"},
    "Country": {"code": "jurisdiction"},
    "Case": {"court": "court", "docket": "caseNumber", "status": "status", "date": "fileDate"},
    "Advisory": {"name": "title", "date": "date"},
    "Payment": {"amount_usd": "amount", "kind": "purpose", "period_start": "startDate",
                "period_end": "endDate"},
    "Sanction": {"authority": "authority", "program": "program", "legal_basis": "provisions",
                 "listing_date": "startDate", "target": "entity"},
}
COUNTRY_PROPS = {"country", "jurisdiction", "nationality"}
CASE_ROLES = {"DEFENDANT_IN": "defendant", "CHARGED_WITH": "charged",
              "SENTENCED": "sentenced"}
PAYMENT_IN = {"PAID", "GENERATED_REVENUE_FOR", "FORFEITED"}
INTERVALS = {"Sanction", "Payment"}  # FtM intervals have no name or alias: say it in summary


_LINKS: dict[str, str] = {}  # relationship identity -> the id of its interval entity


def _link_id(rel: str, schema: str | None = None) -> str:
    if schema is not None:
        _LINKS[rel] = f"{schema.lower()}-{hashlib.sha1(rel.encode()).hexdigest()[:20]}"
    return _LINKS.get(rel, "")


def _strings(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [str(v) for v in values if v is not None and str(v) != ""]


def _add(entity: Entity, prop: str, values: Any) -> None:
    target = entity["properties"].setdefault(prop, [])
    for v in _strings(values):
        v = v.lower() if prop in COUNTRY_PROPS else v
        if v not in target:
            target.append(v)


class _Builder:
    def __init__(self, snapshot: Snapshot) -> None:
        self.nodes = snapshot.by_id()
        self.edges = snapshot.edges
        self.urls = {n.id: _strings(n.properties.get("source_urls"))
                     for n in snapshot.nodes if n.label == "Document"}
        self.entities: dict[str, Entity] = {}
        self.link_ids: dict[str, str] = {}
        # the documents behind each node (its MENTIONS) and relationship (its claims)
        self.docs: dict[str, list[str]] = defaultdict(list)
        self.evidence: dict[str, list[str]] = defaultdict(list)
        for e in snapshot.edges:
            if e.type == "MENTIONS":
                self.docs[e.target].append(e.source)
        for n in snapshot.nodes:
            if n.label == CLAIM:
                rel = str(n.properties.get("rel"))
                self.docs[rel].append(str(n.properties.get("doc")))
                self.evidence[rel] += _strings(n.properties.get("ev_text"))

    def new(self, ident: str, schema: str, docs: list[str]) -> Entity:
        entity: Entity = {"id": ident, "schema": schema, "properties": {}}
        sources = sorted(set(docs))
        _add(entity, "proof", sources)
        _add(entity, "sourceUrl", [u for s in sources for u in self.urls.get(s, [])])
        self.entities[ident] = entity
        return entity

    def node(self, n: Node, model_ftm: str) -> None:
        schema = SCHEMA_FIXES.get(model_ftm, model_ftm) or "Thing"
        if n.label == "Organization" and n.properties.get("kind") in COMPANY_KINDS:
            schema = "Company"
        entity = self.new(n.id, schema, self.docs.get(n.id, []))
        mapping = {**PROPERTIES["*"], **PROPERTIES.get(n.label, {})}
        if schema in INTERVALS:
            mapping = {k: v for k, v in mapping.items() if v not in ("name", "alias")}
        for ours, value in n.properties.items():
            if ours in mapping:
                _add(entity, mapping[ours], value)
        if n.label == "Document":
            entity["properties"].pop("proof", None)  # a document is its own source
            _add(entity, "name", n.properties.get("title"))
        elif n.label == "Payment":
            _add(entity, "currency", "USD")
            _add(entity, "amountUsd", n.properties.get("amount_usd"))
            _add(entity, "summary", " ".join(_strings([n.properties.get("qualifier"),
                                                       n.properties.get("name")])))
        elif n.label == "Sanction":
            _add(entity, "summary", n.properties.get("name"))
            _add(entity, "listingDate", n.properties.get("listing_date"))
            _add(entity, "reason", [])

    def link(self, e: Edge, schema: str, ends: dict[str, str], **extra: Any) -> None:
        raw = f"{e.source}|{e.type}|{e.target}|{e.properties.get('key', '')}"
        ident = _link_id(raw, schema)
        self.link_ids[raw] = ident
        entity = self.new(ident, schema, self.docs.get(raw, []))
        for prop, value in ends.items():
            _add(entity, prop, value)
        for prop, value in extra.items():
            _add(entity, prop, value)
        _add(entity, "date", e.properties.get("date"))
        _add(entity, "description", self.evidence.get(raw, [])[:1])

    def edge(self, e: Edge) -> None:
        source, target = self.nodes.get(e.source), self.nodes.get(e.target)
        if source is None or target is None or e.type in {"MENTIONS", "SANCTIONED", STATES}:
            return  # MENTIONS is what `proof` says; SANCTIONED is the Sanction's `entity`
        if e.type == "ISSUED":
            name = source.properties.get("name")
            if target.label == "Sanction":
                return  # the Sanction's `authority` already names the issuer
            _add(self.entities[e.target], "publisher", name)
        elif e.type == "LOCATED_IN":
            _add(self.entities[e.source], "country", target.properties.get("code"))
        elif e.type == "DESIGNATED":
            _add(self.entities[e.target], "topics", "sanction")
        elif e.type == "EMPLOYED_AT" and source.label == "Person":
            self.link(e, "Employment", {"employee": e.source, "employer": e.target})
        elif e.type == "EMPLOYED_AT":
            self.link(e, "Membership", {"member": e.source, "organization": e.target})
        elif e.type in CASE_ROLES:
            role = e.properties.get("role") or CASE_ROLES[e.type]
            summary = _strings(e.properties.get("charges")) + _strings(e.properties.get("plea"))
            if e.properties.get("months") is not None:
                summary.append(f"{e.properties['months']} months")
            self.link(e, "CourtCaseParty", {"party": e.source, "case": e.target}, role=role,
                      summary="; ".join(summary))
        elif e.type in PAYMENT_IN and target.label == "Payment":
            _add(self.entities[e.target], "payer", e.source)
        elif source.label == "Payment" and e.type in {"FUNDED", "GENERATED_REVENUE_FOR"}:
            _add(self.entities[e.source], "beneficiary", e.target)
        elif e.type in {"PAID", "FUNDED"}:
            self.link(e, "Payment", {"payer": e.source, "beneficiary": e.target},
                      amount=e.properties.get("amount_usd"),
                      amountUsd=e.properties.get("amount_usd"),
                      currency="USD" if e.properties.get("amount_usd") is not None else None)
        else:
            self.link(e, "UnknownLink", {"subject": e.source, "object": e.target},
                      role=e.type.lower().replace("_", " "))


def entities(snapshot: Snapshot, ftm_schemata: dict[str, str]) -> Iterator[Entity]:
    """FtM entities of the graph; `ftm_schemata` maps our labels to the model's `ftm:`."""
    builder = _Builder(snapshot)
    for n in snapshot.nodes:
        if n.label not in (CLAIM, SCHEMA):  # statements are read through `docs` above
            builder.node(n, ftm_schemata.get(n.label, ""))
    for e in snapshot.edges:
        builder.edge(e)
    for entity in builder.entities.values():
        entity["properties"] = {k: v for k, v in entity["properties"].items() if v}
        yield entity


DATASET = "trilateral_kg"


_NOT_FTM_ID = re.compile(r"[^0-9a-zA-Z.\-]+")


def ftm_id(ident: str) -> str:
    """Our id as an FtM entity id (letters, digits, '.' and '-'): `person:kim` -> `person-kim`."""
    return _NOT_FTM_ID.sub("-", ident).strip("-.")


def proxy_of(entity: Entity) -> EntityProxy:
    """The entity as the library's EntityProxy: every property and value checked by it."""
    proxy = ftm_model.make_entity(entity["schema"])
    proxy.id = ftm_id(entity["id"])
    for prop, values in entity["properties"].items():
        if prop not in proxy.schema.properties:
            raise InvalidData(f"{entity['id']}: {proxy.schema.name} has no property {prop!r}")
        if proxy.schema.properties[prop].type == registry.entity:
            values = [ftm_id(v) for v in values]
        proxy.add(prop, values)
    return proxy


def statements(snapshot: Snapshot, proxies: dict[str, EntityProxy]) -> Iterator[Statement]:
    """Per-document statements: what each document states of each entity (its MENTIONS:
    name, aliases and values as stated) and of each relation (its claims)."""
    by_id = snapshot.by_id()
    for e in snapshot.edges:
        if e.type != "MENTIONS" or ftm_id(e.target) not in proxies:
            continue
        node, proxy = by_id.get(e.target), proxies[ftm_id(e.target)]
        if node is None:
            continue
        stated = ftm_model.make_entity(proxy.schema.name)
        stated.id = proxy.id
        mapping = {**PROPERTIES["*"], **PROPERTIES.get(node.label, {})}
        values = {"name": e.properties.get("name"), "aliases": e.properties.get("aliases"),
                  **json.loads(str(e.properties.get("props_json") or "{}"))}
        for ours, value in values.items():
            prop = mapping.get(ours)
            if prop and prop in proxy.schema.properties:
                kept = _strings(value)
                if proxy.schema.properties[prop].type == registry.entity:
                    kept = [ftm_id(v) for v in kept]
                stated.add(prop, kept, quiet=True)
        yield from Statement.from_entity(stated, DATASET, origin=e.source)
    for n in snapshot.nodes:
        if n.label != CLAIM:
            continue
        rel = str(n.properties.get("rel"))
        link = proxies.get(_link_id(rel))
        if link is not None:
            yield from Statement.from_entity(link, DATASET, origin=str(n.properties["doc"]))


def export_ftm(snapshot: Snapshot, ftm_schemata: dict[str, str], path: Path) -> dict[str, int]:
    count: dict[str, int] = defaultdict(int)
    proxies: dict[str, EntityProxy] = {}
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for entity in entities(snapshot, ftm_schemata):
            proxy = proxy_of(entity)
            proxies[str(proxy.id)] = proxy
            out.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
            count[entity["schema"]] += 1
    written = 0
    with statements_path(path).open("wb") as fh:
        def counted() -> Iterator[Statement]:
            nonlocal written
            for st in statements(snapshot, proxies):
                written += 1
                yield st
        write_statements(fh, JSON, counted())
    count["statements"] = written
    count["judgments"] = export_judgments(snapshot, judgments_path(path))
    return dict(count)


JUDGED_IDS = ("source", "target", "left", "right", "document")  # properties naming ids


def export_judgments(snapshot: Snapshot, path: Path) -> int:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for j in snapshot.judgments:
            named = [ftm_id(str(j.properties[k])) for k in JUDGED_IDS if j.properties.get(k)]
            out.write(json.dumps({**j.properties, "ftm_ids": named}, ensure_ascii=False,
                                 sort_keys=True) + "\n")
    return len(snapshot.judgments)


def judgments_path(path: Path) -> Path:
    return path.with_name(path.name + ".judgments.json")


def statements_path(path: Path) -> Path:
    return path.with_name(path.name + ".statements.json")
