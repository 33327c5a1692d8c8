"""Run an ingest: read documents, extract them, write each one, report what happened.

It lives in api/ because it joins extract/ (spaCy) and graph/ (the store), which know
nothing of each other. Each document succeeds or fails on its own: a file that cannot be
read or extracted, or a document the store refuses, is one entry in the summary and the
batch goes on. Only a store that goes away stops the run, since nothing after could land.
Documents already in the store with the same content are skipped before extraction, so a
second run over an unchanged corpus costs reading and hashing only. Extracted documents are
written in batches (one statement per label and type for the whole batch), which is what
keeps storage a small share of the run; each document still lands whole or is redone.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from api.english_context import StoredEnglish
from api.ingest_files import find_files, read_checked
from corpus.frontmatter import CorpusDocument
from graph.errors import DocumentError, StoreUnavailable
from graph.ingest import DocState, IngestResult, ingest_batch, plan_ingest
from graph.model import Extraction
from graph.store import GraphStore

# Called after every run that wrote or forgot something (analytics caches register here).
on_ingest: list[Callable[[], None]] = []
BATCH_DOCUMENTS = 64  # documents per write: hubs rewrite their provenance once per batch
FLUSH_SECONDS = 10.0  # ...or sooner, so a slow extraction still lands as it goes


@dataclass
class IngestSummary:
    """What a run did, for the CLI's closing table and for tests."""

    documents: int = 0
    written: int = 0
    replaced: int = 0
    skipped_unchanged: int = 0
    entities: int = 0
    relations: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file or id, reason)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # files not read, and why
    problems: list[str] = field(default_factory=list)  # rows left out of written documents
    extract_seconds: float = 0.0
    write_seconds: float = 0.0
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.failures)


def find_documents(paths: Sequence[Path], summary: IngestSummary) -> list[Path]:
    """Files as given, folders as every document inside them (recursively); skipped files
    and their reasons go to the summary, a missing path fails."""
    found = find_files(paths)
    summary.skipped.extend(found.skipped)
    summary.failures.extend((path, "no such file or folder") for path in found.missing)
    return found.files


INVENTED_WHY = ("invented for evaluation (front matter `invented: true`): its persons, firms "
                "and acts are not public facts")
INVENTED_REASON = f"{INVENTED_WHY}; `tkg ingest --include-invented` writes it"


def read_documents(files: Sequence[Path], summary: IngestSummary) -> list[CorpusDocument]:
    """Readable documents with distinct ids; the others become failures."""
    docs: list[CorpusDocument] = []
    seen: dict[str, Path] = {}
    for path in files:
        try:
            doc = read_checked(path)
        except DocumentError as exc:
            summary.failures.append((str(path), exc.detail))
            continue
        if doc.meta.id in seen:
            summary.failures.append((str(path), f"document id {doc.meta.id!r} was already "
                                                f"read from {seen[doc.meta.id]}"))
            continue
        seen[doc.meta.id] = path
        docs.append(doc)
    return docs


def leave_out_invented(docs: Sequence[CorpusDocument], summary: IngestSummary
                       ) -> list[CorpusDocument]:
    """Documents about events that did not happen stay out of the graph unless asked for:
    a researcher would quote their acts as a government's."""
    kept = []
    for doc in docs:
        if doc.invented:
            summary.skipped.append((str(doc.path), INVENTED_REASON))
        else:
            kept.append(doc)
    return kept


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} docs/s" if speed else "… docs/s", style="progress.data.speed")


def _progress(console: Console | None, enabled: bool) -> Progress:
    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                    MofNCompleteColumn(), _RateColumn(), TextColumn("ETA"),
                    TimeRemainingColumn(), console=console, disable=not enabled,
                    transient=False)


if TYPE_CHECKING:  # spaCy loads only when documents are extracted
    from extract.extractor import Extractor


def run_ingest(store: GraphStore, paths: Sequence[Path], *, extractor: Extractor | None = None,
               model_name: str | None = None, workers: int = 1, progress: bool = True,
               console: Console | None = None, batch_size: int = BATCH_DOCUMENTS,
               after_document: Callable[[IngestResult], None] | None = None,
               include_invented: bool = False) -> IngestSummary:
    """Ingest files and folders into `store`; raises StoreUnavailable if the store goes away.

    `after_document` is called for each document once its batch is written (tests use it
    to interrupt a run between batches).
    """
    started = time.perf_counter()
    summary = IngestSummary()
    docs = read_documents(find_documents(paths, summary), summary)
    if not include_invented:
        docs = leave_out_invented(docs, summary)
    summary.documents = len(docs) + len(summary.failures)
    from extract.extractor import Extractor, content_hash

    plan = plan_ingest(store, ((d.meta.id, content_hash(d.body)) for d in docs))
    todo = [d for d in docs if plan.needs_writing(d.meta.id)]
    summary.skipped_unchanged = len(docs) - len(todo)
    writer = _BatchWriter(store, plan.states, summary, len(todo), after_document)
    try:
        if todo:
            if extractor is None:
                processes = max(1, workers)  # a long document's pieces are shared too
                extractor = (Extractor(model_name, long_processes=processes) if model_name
                             else Extractor(long_processes=processes))
            extractor.languages.begin_run()
            english = StoredEnglish(store, docs, todo, extractor.languages)
            with _progress(console, progress) as bar:
                task = bar.add_task("ingest", total=len(todo))
                stream = extractor.extract_many(((d.body, d.meta) for d in todo),
                                                n_process=max(1, workers))
                for doc, result in _timed(stream, todo, summary, english.before):
                    if isinstance(result, DocumentError):
                        summary.failures.append((str(doc.path), result.detail))
                    elif writer.add(doc, result, max(1, batch_size)):
                        writer.flush()
                    bar.advance(task)
                writer.flush()
    finally:
        summary.seconds = time.perf_counter() - started
        if writer.touched:
            notify_ingest()
    return summary


def _timed(results: Iterator[Extraction | DocumentError], todo: list[CorpusDocument],
           summary: IngestSummary, before: Callable[[CorpusDocument], None],
           ) -> Iterator[tuple[CorpusDocument, Extraction | DocumentError]]:
    """Pair results with their documents (extract_many keeps input order) and time the
    extraction side: the time spent waiting for the next result. `before` runs before each
    result is asked for: extract_many finishes a document (and links its names to those
    read so far) only when its result is taken."""
    for doc in todo:
        t0 = time.perf_counter()
        before(doc)
        result = next(results, None)
        summary.extract_seconds += time.perf_counter() - t0
        if result is None:
            return
        yield doc, result


class _BatchWriter:
    """Collects extracted documents and writes them a batch at a time."""

    def __init__(self, store: GraphStore, states: dict[str, DocState], summary: IngestSummary,
                 total: int, after_document: Callable[[IngestResult], None] | None) -> None:
        self.store, self.states, self.summary = store, states, summary
        self.total, self.after_document = total, after_document
        self.pending: list[tuple[CorpusDocument, Extraction]] = []
        self.since = 0.0
        self.touched = False

    def add(self, doc: CorpusDocument, extraction: Extraction, batch_size: int) -> bool:
        """Queue a document; True when the batch is full (or old) and should be flushed."""
        if not self.pending:
            self.since = time.monotonic()
        self.pending.append((doc, extraction))
        return (len(self.pending) >= batch_size
                or time.monotonic() - self.since > FLUSH_SECONDS)

    def flush(self) -> int:
        """Write what is queued; returns how many documents that was."""
        batch, self.pending = self.pending, []
        if not batch:
            return 0
        t0 = time.perf_counter()
        self.touched = True
        try:
            outcomes = ingest_batch(self.store, [x for _, x in batch], states=self.states)
        except StoreUnavailable as exc:
            raise StoreUnavailable(f"{exc.detail} ({self.summary.written} of {self.total} "
                                   "documents were written before)") from exc
        finally:
            self.summary.write_seconds += time.perf_counter() - t0
        for (doc, _), outcome in zip(batch, outcomes, strict=True):
            if isinstance(outcome, DocumentError):
                self.summary.failures.append((str(doc.path), outcome.detail))
                continue
            self.summary.written += 1
            self.summary.replaced += int(outcome.replaced)
            self.summary.entities += outcome.entities
            self.summary.relations += outcome.relationships
            self.summary.problems.extend(outcome.problems)
            if self.after_document is not None:
                self.after_document(outcome)
        return len(batch)


def notify_ingest() -> None:
    """Tell registered caches the graph changed; a failing hook must not fail the ingest."""
    for hook in list(on_ingest):
        try:
            hook()
        except Exception:  # a cache that cannot reset will be rebuilt on its next miss
            continue
