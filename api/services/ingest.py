"""One document posted to the API: parse, extract, write, and tell caches the graph changed.

The spaCy pipeline takes seconds to load, so one is kept per app and built on first use;
spaCy pipelines are not safe to share between threads, hence the lock around extraction.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from api.ingest_files import checked_document
from api.ingest_lock import ingest_lock
from api.ingest_runner import INVENTED_WHY, notify_ingest
from api.schemas import IngestOut
from corpus.frontmatter import CorpusDocument, parse_document
from extract.extractor import Extractor
from extract.reader import read_bytes
from graph.errors import DocumentError
from graph.ingest import ingest_extraction
from graph.store import GraphStore


class DocumentIngester:
    def __init__(self, model_name: str, lock_dir: Path | None = None,
                 processes: int = 1) -> None:
        self.model_name = model_name
        self.processes = processes  # worker processes reading one long document's pieces
        self.lock_dir = lock_dir  # the data folder whose ingest lock `tkg ingest` holds
        self._extractor: Extractor | None = None
        self._lock = threading.Lock()

    def ingest(self, store: GraphStore, markdown: str, *,
               include_invented: bool = False) -> IngestOut:
        """Raises DocumentError (422) for a document that cannot be read or written."""
        doc = parse_document(markdown.replace("\r\n", "\n"), Path("posted document"))
        # no id: one from the text
        return self._write(store, checked_document(doc, None), include_invented)

    def ingest_file(self, store: GraphStore, filename: str, data: bytes, *,
                    include_invented: bool = False) -> IngestOut:
        """A file as `tkg ingest` reads it (Markdown, text, HTML, PDF, told apart by name
        and content); an id it does not state is derived from its text, not its name."""
        name = Path(filename).name or "uploaded document"
        return self._write(store, checked_document(read_bytes(data, Path(name)), None),
                           include_invented)

    def _write(self, store: GraphStore, doc: CorpusDocument,
               include_invented: bool) -> IngestOut:
        # the same rule as `tkg ingest`: a document about events that did not happen would
        # put invented acts in real agencies' names, so it is written only when asked for
        if doc.invented and not include_invented:
            raise DocumentError(f"{doc.meta.id}: {INVENTED_WHY}; post it with "
                                "include_invented=true to write it")
        with self._lock, (ingest_lock(self.lock_dir, wait=False) if self.lock_dir
                          else contextlib.nullcontext()):
            if self._extractor is None:
                self._extractor = Extractor(self.model_name, long_processes=self.processes)
            extraction = self._extractor.extract(doc.body, doc.meta)
            result = ingest_extraction(store, extraction)
        if not result.skipped:
            notify_ingest()
        return IngestOut(doc_id=result.doc_id, skipped=result.skipped, replaced=result.replaced,
                         entities=result.entities, relationships=result.relationships,
                         problems=result.problems)
