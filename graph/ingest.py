"""Ingest: one Extraction becomes the rows one document contributes, written so that a
document is either wholly in the graph or marked incomplete and redone by the next run.

The mapping checks every row against the model and leaves out (and reports) what does not
fit, so one odd fact never costs a document. The write protocol keeps the graph consistent
without transactions, which FalkorDB lacks: the Document nodes of a batch go in first with
`complete = false`, then nodes, then relationships, then `complete = true`. A run that dies
in between leaves incomplete Documents, which the next run forgets and writes again; an
error we catch forgets the batch at once and retries it document by document, so only the
failing one is lost. The store keeps each document's statements apart (docs/statements.md),
so facts other documents support keep those sources when one document is redone.
docs/ingest.md has the whole story.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from graph import queries
from graph.errors import (
    CommitUnknown,
    DocumentError,
    ModelError,
    NotFound,
    StoreUnavailable,
    TkgError,
)
from graph.ids import entity_id, sanction_id
from graph.model import (
    ExtractedEntity,
    ExtractedRelation,
    Extraction,
    GraphModel,
    NodeType,
    PossibleSame,
    PropertySpec,
    check_value,
    default_model,
)
from graph.sanction_terms import legal_basis_in, program_of
from graph.store import GraphStore, NodeRow, RelRow

MAX_NODE_EVIDENCE = 3  # sentences per entity per document: hubs (countries) otherwise balloon
# Longest evidence the fallback splitter gives: in a text without sentence ends (a list of
# names) its "sentence" is the whole text, which every entity would then store as evidence
# (a 1 MB list of 40 companies made a write of 72 MB, refused by the store).
MAX_SPLIT_SENTENCE = 2_000
DERIVED_TYPES = ("MENTIONS", "SANCTIONED")  # written by ingest, never taken from extraction
DERIVED_LABEL = "Sanction"  # nodes only ingest makes: one per designation act (ids.sanction_id)
# Names for issuer states a document names only in its front matter (annotation guidelines).
ISSUER_COUNTRIES = {"US": "United States", "JP": "Japan", "KR": "South Korea",
                    "KP": "North Korea", "CN": "China", "RU": "Russia", "LA": "Laos"}

Evidence = tuple[int, int, str]


@dataclass(frozen=True)
class _How:
    """How a document states a relation (model.yaml `statement`)."""

    modality: str = "asserted"
    frame: str = ""
    date_basis: str = ""


RelKey = tuple[str, str | None, str | None]  # type, and "Document" where an end is one


@dataclass
class DocumentRows:
    """Everything one document writes, grouped the way the store writes it."""

    doc_id: str
    document: NodeRow
    nodes: dict[str, list[NodeRow]] = field(default_factory=dict)
    relationships: dict[RelKey, list[RelRow]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def entity_count(self) -> int:
        return sum(len(rows) for rows in self.nodes.values())

    @property
    def relationship_count(self) -> int:
        return sum(len(rows) for rows in self.relationships.values())


# --- sentences ------------------------------------------------------------------------------

_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“(\[]?[A-Z0-9])|\n+")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "jr", "sr", "st", "no", "inc", "ltd", "co", "corp",
                  "u.s", "e.o", "u.n", "v", "vs", "gen", "col", "lt", "sgt", "jan", "feb",
                  "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "d.c", "n.d", "s.d"}


class Sentences:
    """Sentence spans of one text: the extractor's own where its evidence shows them, else
    a cheap splitter (no spaCy here: graph/ knows nothing of it)."""

    def __init__(self, text: str, known: Iterable[Evidence] = ()) -> None:
        self.text = text
        self.known = sorted({(s, e, t) for s, e, t in known if 0 <= s < e <= len(text)})
        self._known_starts = [s for s, _, _ in self.known]
        self._starts: list[int] | None = None

    def _split(self) -> list[int]:
        starts = [0]
        for m in _BREAK.finditer(self.text):
            if m.group().startswith("\n"):
                starts.append(m.end())
                continue
            word = _last_word(self.text, m.start()).lower().lstrip("(\"“")
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            starts.append(m.end())
        return starts

    def around(self, start: int, end: int) -> Evidence | None:
        i = bisect.bisect_right(self._known_starts, start) - 1
        if i >= 0 and self.known[i][1] >= end:
            return self.known[i]
        if self._starts is None:
            self._starts = self._split()
        j = bisect.bisect_right(self._starts, start) - 1
        if j < 0:
            return None
        s = self._starts[j]
        e = self._starts[j + 1] if j + 1 < len(self._starts) else len(self.text)
        if e - s > MAX_SPLIT_SENTENCE:
            s, e = _around(self.text, s, e, start, end)
        raw = self.text[s:e]
        s += len(raw) - len(raw.lstrip())
        e -= len(raw) - len(raw.rstrip())
        return (s, e, self.text[s:e]) if s < e else None


def _last_word(text: str, end: int) -> str:
    """`text[:end].rsplit(None, 1)[-1]` (or ""), without copying all of a long text for
    each sentence end: a window before `end` grows until the word is whole in it."""
    window = 64
    while True:
        low = max(0, end - window)
        parts = text[low:end].rsplit(None, 1)
        if low == 0 or len(parts) == 2:
            return parts[-1] if parts else ""
        window *= 4


def _around(text: str, s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """About MAX_SPLIT_SENTENCE characters of text[s:e] around text[start:end], cut at
    spaces so no word is split; the offsets stay those of the text."""
    half = max(0, (MAX_SPLIT_SENTENCE - (end - start)) // 2)
    low, high = max(s, start - half), min(e, end + half)
    if low > s:
        space = text.find(" ", low, start)
        low = space + 1 if space >= 0 else low
    if high < e:
        space = text.rfind(" ", end, high)
        high = space if space >= 0 else high
    return low, high


# --- mapping --------------------------------------------------------------------------------

def _fit(props: dict[str, PropertySpec], values: dict[str, Any], where: str,
         problems: list[str]) -> dict[str, Any]:
    """The values the model accepts; the rest are reported and left out."""
    kept: dict[str, Any] = {}
    for name, value in values.items():
        if value is None or name == "id":
            continue
        spec = props.get(name)
        if spec is None:
            problems.append(f"{where}: no property {name!r} in the model; left out")
            continue
        try:
            check_value(spec, value)
        except ModelError as exc:
            problems.append(f"{where}: {exc.detail}; left out")
            continue
        kept[name] = value
    return kept


def _document_row(extraction: Extraction, spec: NodeType, problems: list[str]) -> NodeRow:
    meta = extraction.document
    issuers = [" ".join(filter(None, (i.get("agency", ""), f"({i['country']})"
                                      if i.get("country") else ""))) for i in meta.issuers]
    values = {"title": meta.title or meta.id, "doc_type": meta.doc_type or None,
              "date": meta.date or None, "language": meta.language or None,
              "issuers": issuers, "source_urls": list(meta.source_urls),
              "content_hash": extraction.content_hash, "text": extraction.text}
    props = _fit(spec.properties, values, f"document {meta.id}", problems)
    props["complete"] = False
    return NodeRow(meta.id, props, meta.id)


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
        document = _document_row(self.x, self.model.node("Document"), self.problems)
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
        props = _fit(self.model.node(e.type).properties, stated, where, self.problems)
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
        props = _fit(self.model.relationship(r.type).properties, dict(r.properties), where,
                     self.problems)
        evidence = [(ev.start, ev.end, ev.sentence) for ev in r.evidence]
        how = _How(r.modality or "asserted", r.frame, r.date_basis)
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
        props = _fit(self.model.relationship("POSSIBLY_SAME").properties,
                     {"score": float(link.score), "reason": link.reason}, where, self.problems)
        self.add_rel("POSSIBLY_SAME", link.entity, link.other, props, [], float(link.score))

    def add_rel(self, rel_type: str, source: str, target: str, props: dict[str, Any],
                evidence: list[Evidence], confidence: float, *, source_doc: bool = False,
                target_doc: bool = False, how: _How | None = None) -> None:
        how = how or _How()
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
                 evidence: list[Evidence], how: _How) -> None:
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
            self.nodes[ident] = NodeRow(ident, _fit(spec.properties, values, ident,
                                                    self.problems),
                                        self.doc, [], list(evidence), float(r.confidence))
        self.add_rel("ISSUED", r.source, ident, {"date": date} if date else {}, evidence,
                     r.confidence, how=how)
        self.add_rel("SANCTIONED", ident, r.target, {}, evidence, r.confidence, how=how)

    def issuers(self) -> None:
        """ISSUED from the front matter's issuers to the Document: the agency where this
        document names it, else the state."""
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
                         _fit(self.model.relationship("ISSUED").properties, props,
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


# --- writing --------------------------------------------------------------------------------

@dataclass(frozen=True)
class DocState:
    """What the store holds of a document: enough to decide whether to write it again."""

    content_hash: str | None
    complete: bool


@dataclass
class IngestPlan:
    """Which documents of a run need writing; unchanged complete ones are left alone."""

    states: dict[str, DocState]
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    _skip: set[str] = field(default_factory=set, repr=False)

    def needs_writing(self, doc_id: str) -> bool:
        return doc_id not in self._skip


@dataclass
class IngestResult:
    doc_id: str
    skipped: bool = False
    replaced: bool = False
    entities: int = 0
    relationships: int = 0
    problems: list[str] = field(default_factory=list)


Outcome = IngestResult | DocumentError  # what each document of a batch came to


def document_states(store: GraphStore, doc_ids: Iterable[str]) -> dict[str, DocState]:
    rows = store.run(queries.DOCUMENT_STATES_OF, {"docs": list(doc_ids)})
    return {r["id"]: DocState(r["content_hash"], bool(r["complete"])) for r in rows}


def plan_ingest(store: GraphStore, docs: Iterable[tuple[str, str]]) -> IngestPlan:
    """Sort (doc_id, content_hash) pairs by what the store already holds; writes nothing."""
    states = {doc: DocState(h, complete) for doc, (h, complete) in store.document_states().items()}
    plan = IngestPlan(states)
    for doc_id, content_hash in docs:
        state = states.get(doc_id)
        if state is None:
            plan.new.append(doc_id)
        elif not state.complete:
            plan.incomplete.append(doc_id)
        elif state.content_hash != content_hash:
            plan.changed.append(doc_id)
        else:
            plan.unchanged.append(doc_id)
            plan._skip.add(doc_id)
    return plan


def ingest_extraction(store: GraphStore, extraction: Extraction, *,
                      states: Mapping[str, DocState] | None = None) -> IngestResult:
    """Write one document, replacing an earlier or interrupted version of it.

    Raises DocumentError naming the document when it could not be written (what was written
    is forgotten again), StoreUnavailable when the store went away (saying what was kept: on
    FalkorDB the document stays marked incomplete, so the next run redoes it; a transactional
    store rolled it back).
    """
    result = ingest_batch(store, [extraction], states=states)[0]
    if isinstance(result, DocumentError):
        raise result
    return result


def ingest_batch(store: GraphStore, extractions: Sequence[Extraction], *,
                 states: Mapping[str, DocState] | None = None
                 ) -> list[Outcome]:
    """Write several documents with one statement per label and type, one result each.

    Every document of the batch follows the protocol: all their Document nodes go in
    incomplete first and are marked complete together at the end. `states` is what a plan
    saw (looked up when not given). A failure other than the store going away undoes the
    batch and writes its documents one at a time, so only a failing document is lost.
    """
    ids = [x.document.id for x in extractions]
    if len(set(ids)) != len(ids):  # the same document twice: one after the other
        return [r for x in extractions for r in ingest_batch(store, [x], states=states)]
    if states is None:
        states = document_states(store, ids)
    results: list[Outcome] = []
    todo: list[tuple[DocumentRows, IngestResult]] = []
    for x in extractions:
        state = states.get(x.document.id)
        rows = map_extraction(x, store.model)
        result = IngestResult(x.document.id, problems=rows.problems)
        results.append(result)
        if state is not None and state.complete and state.content_hash == x.content_hash:
            result.skipped = True
        else:
            result.replaced = state is not None
            todo.append((rows, result))
    if not todo:
        return results
    try:
        with store.atomic():  # Neo4j: the batch commits whole or not at all
            for rows, result in todo:
                if result.replaced:
                    store.forget_document(rows.doc_id)
            _write(store, [rows for rows, _ in todo])
    except StoreUnavailable as exc:
        names = ", ".join(rows.doc_id for rows, _ in todo[:5])
        names += f" and {len(todo) - 5} more" if len(todo) > 5 else ""
        raise StoreUnavailable(
            f"the store went away while writing {_documents(len(todo))} {names}: {exc.detail}. "
            + _what_was_kept(store, exc, todo)) from exc
    except Exception as exc:  # any failure costs the failing document only, never the graph
        if len(todo) > 1:
            return _one_by_one(store, extractions, results, todo)
        detail = exc.detail if isinstance(exc, TkgError) else f"{type(exc).__name__}: {exc}"
        doc_id = todo[0][0].doc_id
        undone = _undo(store, doc_id)
        error = DocumentError(
            f"{doc_id}: could not be written ({detail}); "
            + ("nothing of it was kept" if undone else
               "it stays marked incomplete and the next run writes it anew"))
        error.__cause__ = exc
        return [error if r is todo[0][1] else r for r in results]
    for rows, result in todo:
        result.entities = rows.entity_count
        result.relationships = rows.relationship_count
    return results


def _what_was_kept(store: GraphStore, exc: StoreUnavailable,
                   todo: list[tuple[DocumentRows, IngestResult]]) -> str:
    """What a batch cut off by the store going away left behind, truthfully per store."""
    again = "run `tkg ingest` again once the store is back"
    if isinstance(exc, CommitUnknown):  # the server may have applied the commit, or not
        return (f"Whether the store applied the batch is unknown; {again}: documents it "
                "holds complete are skipped, the others are written anew.")
    if store.transactional:  # the transaction was never committed: the server dropped it
        replaced = any(result.replaced for _, result in todo)
        return ("Nothing was kept: the store rolled the batch back"
                + (", and documents it replaced keep their earlier version." if replaced
                   else ".") + f" To write {'it' if len(todo) == 1 else 'them'}, {again}.")
    if all(_undo(store, rows.doc_id) for rows, _ in todo):  # stops at the first failure
        return "Nothing was kept."
    return (f"{'It stays' if len(todo) == 1 else 'They stay'} marked incomplete; {again} "
            "to write them anew.")


def _documents(n: int) -> str:
    return "document" if n == 1 else f"{n} documents"


def _one_by_one(store: GraphStore, extractions: Sequence[Extraction], results: list[Outcome],
                todo: list[tuple[DocumentRows, IngestResult]]) -> list[Outcome]:
    """After a batch failed: undo all of it, then find the document that fails."""
    for rows, _ in todo:
        store.forget_document(rows.doc_id)
    redo = {id(result) for _, result in todo}
    out: list[Outcome] = []
    for x, result in zip(extractions, results, strict=True):
        if id(result) not in redo:
            out.append(result)
            continue
        again = ingest_batch(store, [x], states={})[0]  # forgotten above: written anew
        if isinstance(again, IngestResult) and isinstance(result, IngestResult):
            again.replaced = result.replaced
        out.append(again)
    return out


def _write(store: GraphStore, batch: list[DocumentRows]) -> None:
    """The protocol: Documents (incomplete), nodes, relationships, then complete."""
    store.upsert_nodes("Document", [rows.document for rows in batch])
    nodes: dict[str, list[NodeRow]] = {}
    rels: dict[RelKey, list[RelRow]] = {}
    for rows in batch:
        for label, node_rows in rows.nodes.items():
            nodes.setdefault(label, []).extend(node_rows)
        for key, rel_rows in rows.relationships.items():
            rels.setdefault(key, []).extend(rel_rows)
    for label in sorted(nodes):
        store.upsert_nodes(label, nodes[label])
    for key in sorted(rels, key=lambda k: (k[0], k[1] or "", k[2] or "")):
        rel_type, source_label, target_label = key
        written = store.upsert_relationships(rel_type, rels[key], source_label=source_label,
                                             target_label=target_label)
        if written != len(rels[key]):
            batch[0].problems.append(f"{len(rels[key]) - written} {rel_type} rows found no "
                                     "end node")
    store.run(queries.MARK_DOCUMENTS_COMPLETE, {"docs": [rows.doc_id for rows in batch]},
              write=True)


def _undo(store: GraphStore, doc_id: str) -> bool:
    """Forget a half-written document; False when even that failed."""
    try:
        store.forget_document(doc_id)
    except Exception:
        return False
    return True


def forget(store: GraphStore, doc_id: str) -> dict[str, int]:
    """Remove what only this document supports and its evidence elsewhere (`tkg forget`)."""
    removed = store.forget_document(doc_id)
    # a stored document counts among `documents` removed: nothing at all means none was
    if not any(removed.values()):
        raise NotFound(f"no document {doc_id!r} in the store")
    return removed
