"""The public API: `Extractor(...).extract(text, meta)` and `.extract_many(docs)`.

spaCy does the token-level work (tokens, sentences, entities) in `nlp.pipe`; everything that
needs the whole document and its front matter (resolution, descriptors, relations) runs
afterwards on each Doc. With several processes, each reads whole documents
(extract/parallel.py); only linking a result's names to the documents read before it runs in
this process. A document
that cannot be processed becomes a `DocumentError` result, so one bad file never stops a
batch.
"""

from __future__ import annotations

import hashlib
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extract.advisory_refs import link_advisory_references
from extract.case_names import name_unnamed_cases
from extract.coref import resolve_references
from extract.defendants import resolve_defendants
from extract.gazetteer import Gazetteer, load_gazetteer
from extract.lang.route import LanguagePipelines
from extract.long_text import PIECE_CHARS
from extract.long_text import read as read_pieces
from extract.mentions import collect
from extract.pipeline import DEFAULT_MODEL, PipelineConfig, build_nlp
from extract.relation_context import build_context
from extract.relations import extract_relations
from extract.resolve import (
    merge_declared_aliases,
    propagate_company_names,
    propagate_surnames,
    resolve_document,
)
from extract.resolve.unnamed import add_unnamed, drop_unused
from extract.they import resolve_they
from extract.unnamed_advisories import add_unnamed_advisories
from graph.errors import DocumentError, InvalidInput
from graph.model import DocumentMeta, Extraction

MAX_CHARS = 1_000_000  # spaCy's own default limit; longer inputs are refused per document


def content_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_text(text: str, doc_id: str, max_chars: int = MAX_CHARS) -> None:
    """Refuse what cannot be a statement, with a reason a person can act on."""
    if not text.strip():
        raise DocumentError(f"{doc_id}: the document is empty")
    if len(text) > max_chars:
        raise DocumentError(f"{doc_id}: the document has {len(text):,} characters; the "
                            f"limit is {max_chars:,} (split it into smaller documents)")
    if "\x00" in text:
        raise DocumentError(f"{doc_id}: the text contains NUL bytes (a binary file?)")


@dataclass
class _Pending:
    meta: DocumentMeta
    text: str
    error: DocumentError | None = None
    language: str = "en"
    long: bool = False  # read in pieces by _result, outside the batch stream


class Extractor:
    """Owns one spaCy pipeline; `extract*` may be called many times."""

    def __init__(self, model_name: str = DEFAULT_MODEL, *, max_chars: int = MAX_CHARS,
                 gazetteer: Gazetteer | None = None, nlp: Language | None = None,
                 long_processes: int = 1) -> None:
        try:
            self.nlp = nlp or build_nlp(PipelineConfig(model_name=model_name))
        except OSError as exc:
            raise InvalidInput(f"spaCy model {model_name!r} is not installed or cannot be "
                               f"loaded: {exc}") from exc
        self.nlp.max_length = max(self.nlp.max_length, max_chars + 1)
        self.model_name = model_name
        self.max_chars = max_chars
        self.long_processes = long_processes  # worker processes for a long text's pieces
        self.gazetteer = gazetteer or load_gazetteer()
        self.languages = LanguagePipelines()  # Japanese and Korean: extract/lang/
        self._failed: list[tuple[str, str]] = []
        # our components are plain callables, which spaCy runs under this handler: a failing
        # document is dropped from the stream and reported instead of ending it
        self.nlp.default_error_handler = self._on_error

    def _on_error(self, name: str, component: Any, docs: list[Doc], exc: Exception) -> None:
        for doc in docs:
            context = getattr(doc, "_context", None)
            key = str(context[0]) if isinstance(context, tuple) else "?"
            self._failed.append((key, f"component {name} failed: {exc}"))

    def extract(self, text: str, meta: DocumentMeta) -> Extraction:
        """Extract one document; raises DocumentError when it cannot be read."""
        check_text(text, meta.id, self.max_chars)
        language = self.languages.route(text, meta)
        if language != "en":
            return self.languages.settle(self.languages.get(language).extract(text, meta))
        return self.languages.settle(self.finish(self._read(text, meta), meta))

    def _read(self, text: str, meta: DocumentMeta) -> Doc:
        """spaCy's Doc of a text, a long one read in pieces (extract/long_text.py)."""
        try:
            return read_pieces(self.nlp, text, n_process=self.long_processes)
        except ValueError as exc:
            raise DocumentError(f"{meta.id}: the pipeline failed ({exc})") from exc

    def extract_many(self, docs: Iterable[tuple[str, DocumentMeta]], n_process: int = 1,
                     batch_size: int = 16,
                     ) -> Generator[Extraction | DocumentError, None, None]:
        """Results in input order; a bad document yields its DocumentError and the batch goes
        on. With `n_process` > 1, whole documents are read in that many worker processes
        (extract/parallel.py); each result is settled here, in input order, either way."""
        if n_process > 1:
            from extract.parallel import extract_in_workers

            results = extract_in_workers(self, docs, n_process, batch_size)
        else:
            results = self.unsettled_many(docs, batch_size)
        for result in results:
            yield result if isinstance(result, DocumentError) else self.languages.settle(result)

    def unsettled_many(self, docs: Iterable[tuple[str, DocumentMeta]],
                       batch_size: int = 16) -> Iterator[Extraction | DocumentError]:
        """extract_many in this process, before the cross-document step (`settle`)."""
        pending: dict[str, _Pending] = {}
        order: list[str] = []

        def feed() -> Iterator[tuple[str, tuple[str, int]]]:
            for index, (text, meta) in enumerate(docs):
                key = f"{index}:{meta.id}"
                order.append(key)
                entry = _Pending(meta, text)
                pending[key] = entry
                try:
                    check_text(text, meta.id, self.max_chars)
                    entry.language = self.languages.route(text, meta)
                except DocumentError as exc:
                    entry.error = exc
                    text = ""  # an empty doc keeps the stream aligned and costs nothing
                if entry.language != "en":
                    text = ""  # read by its own language's pipeline in _result
                elif len(text) > PIECE_CHARS:
                    entry.long = True
                    text = ""  # read in pieces by _result
                yield text, (key, index)

        done: set[str] = set()
        stream = self.nlp.pipe(feed(), as_tuples=True, batch_size=batch_size)
        try:
            for doc, (key, _) in stream:
                yield from self._drop_failed(pending, done, order, key)
                done.add(key)
                yield self._result(doc, pending.pop(key))
        except Exception as exc:  # a statistical component raised: finish one by one
            reason = f"{type(exc).__name__}: {exc}"
            for key in list(order):
                if key in done or key not in pending:
                    continue
                done.add(key)
                entry = pending.pop(key)
                try:
                    check_text(entry.text, entry.meta.id, self.max_chars)
                    doc = self._read(entry.text, entry.meta)
                    entry.long = False  # read here already
                except DocumentError as error:
                    yield error
                    continue
                except Exception:
                    yield DocumentError(f"{entry.meta.id}: the pipeline failed ({reason})")
                    continue
                yield self._result(doc, entry)
        for key in order:  # documents a failing component dropped at the end of the stream
            if key not in done and key in pending:
                entry = pending.pop(key)
                failed = dict(self._failed)
                yield DocumentError(f"{entry.meta.id}: "
                                    f"{failed.get(key, 'the pipeline dropped this document')}")

    def _result(self, doc: Doc, entry: _Pending) -> Extraction | DocumentError:
        if entry.error is not None:
            return entry.error
        try:
            if entry.language != "en":
                return self.languages.get(entry.language).extract(entry.text, entry.meta)
            if entry.long:
                doc = self._read(entry.text, entry.meta)
            return self.finish(doc, entry.meta)
        except Exception as exc:  # a bug must cost one document, not the batch
            return DocumentError(f"{entry.meta.id}: extraction failed: "
                                 f"{type(exc).__name__}: {exc}")

    def _drop_failed(self, pending: dict[str, _Pending], done: set[str], order: list[str],
                     key: str) -> Iterator[DocumentError]:
        """Documents before `key` that never arrived failed in a component."""
        failed = dict(self._failed)
        self._failed.clear()
        for earlier in order:
            if earlier == key:
                break
            if earlier not in done and earlier in pending:
                entry = pending.pop(earlier)
                done.add(earlier)
                reason = failed.get(earlier, "the pipeline dropped this document")
                yield DocumentError(f"{entry.meta.id}: {reason}")

    def finish(self, doc: Doc, meta: DocumentMeta) -> Extraction:
        """Everything after spaCy: resolution, unnamed actors, references, relations."""
        mentions = collect(doc)
        resolved = resolve_document(mentions, meta, self.gazetteer)
        propagate_surnames(mentions, resolved)
        propagate_company_names(mentions, resolved)
        merge_declared_aliases(mentions, resolved)
        links = add_unnamed(mentions, resolved, meta, self.gazetteer)
        link_advisory_references(mentions, resolved, self.gazetteer, meta)
        add_unnamed_advisories(doc, mentions, resolved, meta)
        resolve_references(mentions, resolved, meta, self.gazetteer, doc)
        resolve_defendants(doc, mentions, resolved, meta, self.gazetteer)
        resolve_they(doc, mentions, resolved)
        # frames read every mention: names, unnamed actors and resolved references
        context = build_context(doc, mentions, resolved.entities, meta, self.gazetteer)
        relations, rejected = extract_relations(context)
        relations = name_unnamed_cases(context.entities, relations)
        used = {end for r in relations for end in (r.source, r.target)}
        entities, links = drop_unused(
            sorted(context.entities.values(), key=lambda e: (e.type, e.id)), used, links)
        text = mentions.text  # Doc.text joins every token again on each call
        return Extraction(document=meta, text=text, content_hash=content_hash(text),
                          entities=entities, relations=relations, links=links,
                          rejected=rejected)
