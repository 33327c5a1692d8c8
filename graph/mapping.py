"""Mapping: one Extraction becomes the rows one document contributes (DocumentRows), grouped
the way the store writes them (graph/ingest.py writes them).

Every row is checked against the model; what does not fit is left out and reported in
`problems`, so one odd fact never costs a document. Ingest derives what extraction never
states: an entity's MENTIONS (its statement), one Sanction per designation act with its
ISSUED and SANCTIONED, and ISSUED from the front matter's issuers to the Document.
"""

from __future__ import annotations

from typing import Any

from graph.errors import ModelError
from graph.ids import entity_id, sanction_id
from graph.mapping_rows import DocumentRows, How, RelKey, document_row, fit
from graph.model import (
    ExtractedEntity,
    ExtractedRelation,
    Extraction,
    GraphModel,
    PossibleSame,
    default_model,
)
from graph.sanction_terms import legal_basis_in, program_of
from graph.sentences import Evidence, Sentences
from graph.store import NodeRow, RelRow

MAX_NODE_EVIDENCE = 3  # sentences per entity per document: hubs (countries) otherwise balloon
DERIVED_TYPES = ("MENTIONS", "SANCTIONED")  # written by ingest, never taken from extraction
DERIVED_LABEL = "Sanction"  # nodes only ingest makes: one per designation act (ids.sanction_id)
# document types written by someone other than their front matter's issuers (a newspaper
# reporting an agency's action), so the issuers did not issue the document itself
THIRD_PARTY_TYPES = frozenset({"news"})
# Names for issuer states a document names only in its front matter (annotation guidelines).
ISSUER_COUNTRIES = {"US": "United States", "JP": "Japan", "KR": "South Korea",
                    "KP": "North Korea", "CN": "China", "RU": "Russia", "LA": "Laos"}


class _Mapper:
    """Builds the DocumentRows of one extraction; one instance per document."""

    def __init__(self, extraction: Extraction, model: GraphModel) -> None:
        self.x = extraction
        self.model = model
        self.doc = extraction.document.id
        self.problems: list[str] = []
        known = [(ev.start, ev.end, ev.sentence) for r in extraction.relations
                 for ev in r.evidence]
        self.sentences = Sentences(extraction.text, known)
        self.entities: dict[str, ExtractedEntity] = {}
        self.nodes: dict[str, NodeRow] = {}
        self.labels: dict[str, str] = {}
        self.rels: dict[tuple[str, str, str], tuple[RelKey, RelRow]] = {}

    def run(self) -> DocumentRows:
        document = document_row(self.x, self.model.node("Document"), self.problems)
        for entity in self.x.entities:
            self.entity(entity)
        for relation in self.x.relations:
            self.relation(relation)
        for link in self.x.links:
            self.possibly_same(link)
        for entity in self.entities.values():  # its MENTIONS statement counts them
            self.nodes[entity.id].mentions = len(entity.mentions)
            self.nodes[entity.id].starts = sorted(m.start for m in entity.mentions)
        self.issuers()
        rows = DocumentRows(self.doc, document, problems=self.problems)
        for ident, row in self.nodes.items():
            rows.nodes.setdefault(self.labels[ident], []).append(row)
        for key, rel in self.rels.values():
            rows.relationships.setdefault(key, []).append(rel)
        return rows

    def entity(self, e: ExtractedEntity) -> None:
        where = f"{self.doc}: entity {e.id}"
        if e.type == "Document" or e.type not in self.model.nodes:
            self.problems.append(f"{where}: {e.type!r} is not an entity label; left out")
            return
        if not e.id.startswith(f"{e.type.lower()}:") or not e.name.strip():
            self.problems.append(f"{where}: an id must read '{e.type.lower()}:...' and the "
                                 "name must not be empty; left out")
            return
        stated: dict[str, Any] = {"name": e.name, **e.properties}
        if e.unnamed:
            stated.update(unnamed=True, count=e.count, count_qualifier=e.count_qualifier or None)
        props = fit(self.model.node(e.type).properties, stated, where, self.problems)
        evidence: list[Evidence] = []
        for m in sorted(e.mentions, key=lambda m: m.start):
            found = self.sentences.around(m.start, m.end)
            if found is not None and found not in evidence:
                evidence.append(found)
            if len(evidence) >= MAX_NODE_EVIDENCE:
                break
        previous = self.entities.get(e.id)
        if previous is not None:  # the same id twice in one document: one node, both sides
            self.problems.append(f"{where}: listed twice; merged")
            row = self.nodes[e.id]
            row.properties = {**props, **row.properties}
            row.aliases += [a for a in e.aliases if a not in row.aliases]
            row.evidence += [ev for ev in evidence if ev not in row.evidence]
            row.confidence = max(row.confidence, e.confidence)
            previous.mentions = previous.mentions + e.mentions
            return
        self.entities[e.id] = ExtractedEntity(e.id, e.type, e.name, mentions=list(e.mentions))
        self.labels[e.id] = e.type
        self.nodes[e.id] = NodeRow(e.id, props, self.doc, list(e.aliases), evidence,
                                   float(e.confidence))

    def relation(self, r: ExtractedRelation) -> None:
        where = f"{self.doc}: {r.type} {r.source} -> {r.target}"
        if r.type in DERIVED_TYPES or r.type not in self.model.relationships:
            self.problems.append(f"{where}: not a relationship extraction may state; left out")
            return
        src, dst = self.labels.get(r.source), self.labels.get(r.target)
        if src is None or dst is None:
            self.problems.append(f"{where}: an end is not an entity of this document; left out")
            return
        try:
            self.model.check_relationship(r.type, src, dst)
        except ModelError as exc:
            self.problems.append(f"{where}: {exc.detail}; left out")
            return
        props = fit(self.model.relationship(r.type).properties, dict(r.properties), where,
                    self.problems)
        evidence = [(ev.start, ev.end, ev.sentence) for ev in r.evidence]
        how = How(r.modality or "asserted", r.frame, r.date_basis)
        self.add_rel(r.type, r.source, r.target, props, evidence, r.confidence, how=how)
        if r.type == "DESIGNATED":
            self.sanction(r, props, evidence, how)

    def possibly_same(self, link: PossibleSame) -> None:
        """A scored suggestion that two entities are one, kept as POSSIBLY_SAME, never merged."""
        where = f"{self.doc}: POSSIBLY_SAME {link.entity} -> {link.other}"
        src, dst = self.labels.get(link.entity), self.labels.get(link.other)
        try:
            if src is None or dst is None:
                raise ModelError("an end is not an entity of this document")
            self.model.check_relationship("POSSIBLY_SAME", src, dst)
        except ModelError as exc:
            self.problems.append(f"{where}: {exc.detail}; left out")
            return
        props = fit(self.model.relationship("POSSIBLY_SAME").properties,
                    {"score": float(link.score), "reason": link.reason}, where, self.problems)
        self.add_rel("POSSIBLY_SAME", link.entity, link.other, props, [], float(link.score))

    def add_rel(self, rel_type: str, source: str, target: str, props: dict[str, Any],
                evidence: list[Evidence], confidence: float, *, source_doc: bool = False,
                target_doc: bool = False, how: How | None = None) -> None:
        how = how or How()
        ident = (rel_type, source, target)
        if ident in self.rels:  # one relationship per (type, source, target) per document
            row = self.rels[ident][1]
            row.properties = {**props, **row.properties}
            row.evidence += [ev for ev in evidence if ev not in row.evidence]
            if confidence > row.confidence:
                row.confidence, row.modality, row.frame = confidence, how.modality, how.frame
            return
        key: RelKey = (rel_type, "Document" if source_doc else None,
                       "Document" if target_doc else None)
        self.rels[ident] = (key, RelRow(source, target, props, self.doc,
                                        evidence=list(evidence), confidence=float(confidence),
                                        modality=how.modality, frame=how.frame,
                                        date_basis=how.date_basis))

    def sanction(self, r: ExtractedRelation, props: dict[str, Any],
                 evidence: list[Evidence], how: How) -> None:
        """One Sanction node per act (government, target, year; graph/ids.sanction_id), so
        every document that reports the designation states the same node; linked both ways.
        Program and legal basis come from the relation, else from its sentence."""
        designator, target = self.nodes[r.source], self.nodes[r.target]
        date = props.get("date")
        country = (designator.properties.get("code") if self.labels[r.source] == "Country"
                   else designator.properties.get("country"))
        ident = sanction_id(str(country or r.source), r.target, str(date or ""))
        sentences = " ".join(e[2] for e in evidence)
        legal_basis = props.get("legal_basis") or legal_basis_in(sentences) or None
        authority = str(designator.properties.get("name", r.source))
        name = f"{authority} designation of {target.properties.get('name', r.target)}"
        values = {"name": name + (f" ({date[:4]})" if date else ""), "country": country or None,
                  "authority": authority,
                  "program": props.get("program") or program_of(legal_basis or [], sentences),
                  "legal_basis": legal_basis, "listing_date": date, "target": r.target}
        spec = self.model.node(DERIVED_LABEL)
        if ident not in self.nodes:  # two designators of one government: one act
            self.labels[ident] = DERIVED_LABEL
            self.nodes[ident] = NodeRow(ident, fit(spec.properties, values, ident,
                                                   self.problems),
                                        self.doc, [], list(evidence), float(r.confidence))
        self.add_rel("ISSUED", r.source, ident, {"date": date} if date else {}, evidence,
                     r.confidence, how=how)
        self.add_rel("SANCTIONED", ident, r.target, {}, evidence, r.confidence, how=how)

    def issuers(self) -> None:
        """ISSUED from the front matter's issuers to the Document: the agency where this
        document names it, else the state. A news report's issuers are the government
        source whose action it reports (docs/corpus.md): that agency did not publish the
        article, so no ISSUED is written for it."""
        if self.x.document.doc_type in THIRD_PARTY_TYPES:
            return
        date = self.x.document.date
        for issuer in self.x.document.issuers:
            ident = self._issuer_entity(issuer.get("agency", ""),
                                        issuer.get("country", "").upper())
            if ident is None:
                self.problems.append(f"{self.doc}: issuer {issuer} is not an entity of this "
                                     "document; no ISSUED written for it")
                continue
            props = {"date": date} if date else {}
            self.add_rel("ISSUED", ident, self.doc,
                         fit(self.model.relationship("ISSUED").properties, props,
                             f"{self.doc}: ISSUED", self.problems),
                         [], 1.0, target_doc=True)

    def _issuer_entity(self, agency: str, code: str) -> str | None:
        if agency:
            wanted = agency.strip().lower()
            guess = entity_id("Agency", agency)
            for ident, label in self.labels.items():
                if label != "Agency":
                    continue
                row = self.nodes[ident]
                names = [str(row.properties.get("name", "")), *row.aliases]
                same_state = not code or row.properties.get("country") in (None, code)
                if ident == guess or (same_state and any(
                        n.lower() == wanted or n.lower().startswith(wanted + " of ")
                        for n in names)):
                    return ident
        if not code:
            return None
        ident = f"country:{code}"
        if ident not in self.labels:
            if code not in ISSUER_COUNTRIES:
                return None
            self.labels[ident] = "Country"
            self.nodes[ident] = NodeRow(ident, {"name": ISSUER_COUNTRIES[code], "code": code},
                                        self.doc)
        return ident


def map_extraction(extraction: Extraction, model: GraphModel | None = None) -> DocumentRows:
    """The rows one document contributes; what does not fit the model is in `problems`."""
    return _Mapper(extraction, model or default_model()).run()
