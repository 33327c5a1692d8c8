"""The English documents already stored that a run's Japanese and Korean documents link to.

A Japanese or Korean name is linked to the English persons and organizations its extractor
has read so far in the run, in corpus order (extract/lang/crosslink.py), and an English
company to one an earlier English document spelled with another legal form. A run that resumes
after a kill, or only adds a Korean report, writes some documents and skips the stored
ones; a clean run would have read the English ones among them first. Rather than extract
those again, their part of the registry is read back from the store (one query,
graph/queries.py) and given to the registry at the place a clean run would have read them:
just before the first document to write that follows them in corpus order.

The store keeps what the registry reads: each MENTIONS edge the name, aliases, values and
mention offsets the document gives (so the same entities are named together in the same
sentences), each claim the ends of a relation it states. Claims ingest derives (a
designation's Sanction node, suggestions, front-matter issuers) are left out, as the
registry never saw them. A document written before mention offsets were kept has only
its evidence sentences (up to three per entity): fewer neighbours, which can only turn a
same-node link into a scored PossibleSame, never join two nodes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from corpus.frontmatter import CorpusDocument
from graph import queries
from graph.ids import has_label
from graph.mapping import DERIVED_LABEL, DERIVED_TYPES
from graph.model import ExtractedEntity, ExtractedRelation, Extraction, Mention
from graph.store import GraphStore

if TYPE_CHECKING:  # spaCy and the language pipelines load only when documents are extracted
    from extract.lang.route import LanguagePipelines

_CHUNK = 256  # document ids per query


class StoredEnglish:
    """Feeds a run's English registry the stored English documents a clean run would have
    read before each document the run writes: a Japanese or Korean one links its names to
    them, an English one its companies spelled with another legal form
    (extract/lang/company_names.py)."""

    def __init__(self, store: GraphStore, docs: Sequence[CorpusDocument],
                 todo: Sequence[CorpusDocument], languages: LanguagePipelines) -> None:
        self.store, self.languages = store, languages
        writing = {id(d) for d in todo}
        self.position = {id(d): i for i, d in enumerate(docs)}
        last = max((i for i, d in enumerate(docs) if id(d) in writing), default=0)
        # stored documents before the last one to write, in corpus order; no document
        # after it is read before one the run writes
        self.pending = [(i, d) for i, d in enumerate(docs[:last]) if id(d) not in writing]

    def before(self, doc: CorpusDocument) -> None:
        """Give the registry every stored English document that precedes `doc`."""
        until = self.position[id(doc)]
        count = next((n for n, (i, _) in enumerate(self.pending) if i > until),
                     len(self.pending))
        ready, self.pending = self.pending[:count], self.pending[count:]
        for chunk in _chunks([d for _, d in ready]):
            rows = {r["id"]: r for r in self.store.run(
                queries.STORED_ENGLISH_NAMES, {"ids": [d.meta.id for d in chunk]})}
            for stored in chunk:
                row = rows.get(stored.meta.id)
                if row is None:
                    continue  # not English, as the store records it
                if not row["language"] and self.languages.route(stored.body,
                                                                stored.meta) != "en":
                    continue
                self.languages.registry.add(stored_extraction(stored, row))


def _chunks(docs: list[CorpusDocument]) -> Iterator[list[CorpusDocument]]:
    for start in range(0, len(docs), _CHUNK):
        yield docs[start:start + _CHUNK]


def stored_extraction(doc: CorpusDocument, row: dict[str, Any]) -> Extraction:
    """The part of a stored document's extraction the English registry reads: its entities
    with their names, values and mentions, and the ends of its relations."""
    text = str(row["text"] or "")
    entities = []
    for e in row["entities"] or []:
        props = json.loads(e["props"] or "{}")
        props.pop("name", None)
        names = [n for n in (e["name"], *(e["aliases"] or [])) if n]
        entities.append(ExtractedEntity(
            id=e["id"], type=queries.model_label(list(e["labels"])), name=e["name"] or "",
            aliases=list(e["aliases"] or []), properties=props,
            mentions=([Mention(s, s, "") for s in e["starts"]] if e["starts"] is not None
                      else _named(text, names, e["ev_start"] or [], e["ev_end"] or [])),
            unnamed=bool(props.get("unnamed"))))
    relations = [ExtractedRelation(type=r["type"], source=r["source"], target=r["target"])
                 for r in row["relations"] or [] if _extracted(r)]
    return Extraction(document=doc.meta, text=text, content_hash="", entities=entities,
                      relations=relations)


def _extracted(claim: dict[str, Any]) -> bool:
    """A claim the document's extraction stated, not one ingest derived from it: a
    designation's Sanction node and its two edges, a PossibleSame suggestion, the front
    matter's issuers of the Document (graph/ingest.py)."""
    return (claim["type"] not in (*DERIVED_TYPES, queries.SUGGESTION)
            and "Document" not in (claim["source_end"], claim["target_end"])
            and not any(has_label(str(claim[end]), DERIVED_LABEL) for end in ("source", "target")))


def _named(text: str, names: list[str], starts: list[int], ends: list[int]) -> list[Mention]:
    """For a document stored before mention offsets were kept: where the entity is named,
    in the document's own forms, in its (up to three) evidence sentences. The registry
    groups entities by the sentences, which are finer than these, that name them; a
    sentence that names it otherwise (a surname alone) gives no place, since a guessed one
    could make a neighbour the document does not give."""
    found: list[Mention] = []
    for start, end in zip(starts, ends, strict=False):
        sentence = text[start:end]
        found.extend(Mention(start + i, start + i + len(n), n) for n in names
                     for i in _occurrences(sentence, n))
    return found


def _occurrences(sentence: str, name: str) -> Iterator[int]:
    index = sentence.find(name)
    while index >= 0:
        yield index
        index = sentence.find(name, index + 1)
