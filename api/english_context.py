"""The English documents already stored that a run's Japanese and Korean documents link to.

A Japanese or Korean name is linked to the English persons and organizations its extractor
has read so far in the run, in corpus order (extract/lang/crosslink.py). A run that resumes
after a kill, or only adds a Korean report, writes some documents and skips the stored
ones; a clean run would have read the English ones among them first. Rather than extract
those again, their part of the registry is read back from the store (one query,
graph/queries.py) and given to the registry at the place a clean run would have read them:
just before the first document to write that follows them in corpus order.

What the store keeps of a document is what the registry needs, with one limit: each
MENTIONS edge keeps up to three of the sentences that name its entity, so two entities
named together only in later sentences are not counted as neighbours here. A missing
neighbour can only turn a same-node link into a scored PossibleSame, never join two nodes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from corpus.frontmatter import CorpusDocument
from graph import queries
from graph.model import ExtractedEntity, ExtractedRelation, Extraction, Mention
from graph.store import GraphStore

if TYPE_CHECKING:  # spaCy and the language pipelines load only when documents are extracted
    from extract.lang.route import LanguagePipelines

NATIVE = ("ja", "ko")
_CHUNK = 256  # document ids per query


class StoredEnglish:
    """Feeds a run's English registry the stored English documents a clean run would have
    read before each document the run writes. Routes each document to write once (its
    language is kept in its meta, where the extractor reads it back)."""

    def __init__(self, store: GraphStore, docs: Sequence[CorpusDocument],
                 todo: Sequence[CorpusDocument], languages: LanguagePipelines) -> None:
        self.store, self.languages = store, languages
        writing = {id(d) for d in todo}
        self.position = {id(d): i for i, d in enumerate(docs)}
        native = [i for i, d in enumerate(docs) if id(d) in writing
                  and languages.route(d.body, d.meta) in NATIVE]
        last = native[-1] if native else 0
        # stored documents before the last native one to write, in corpus order; no
        # document after it is read before a native one
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
            mentions=_mentions(text, names, e["starts"] or [], e["ends"] or []),
            unnamed=bool(props.get("unnamed"))))
    relations = [ExtractedRelation(type="", source=r["source"], target=r["target"])
                 for r in row["relations"] or []]
    return Extraction(document=doc.meta, text=text, content_hash="", entities=entities,
                      relations=relations)


def _mentions(text: str, names: list[str], starts: list[int],
              ends: list[int]) -> list[Mention]:
    """Where the entity is named in its evidence sentences (the start of a sentence that
    names it in none of the document's forms): the registry groups entities by the
    sentences, which are finer than these, that name them."""
    found: list[Mention] = []
    for start, end in zip(starts, ends, strict=False):
        sentence = text[start:end]
        at = [(start + i, start + i + len(n), n) for n in names
              for i in _occurrences(sentence, n)]
        found.extend(Mention(s, e, t) for s, e, t in at or [(start, end, sentence)])
    return found


def _occurrences(sentence: str, name: str) -> Iterator[int]:
    index = sentence.find(name)
    while index >= 0:
        yield index
        index = sentence.find(name, index + 1)
