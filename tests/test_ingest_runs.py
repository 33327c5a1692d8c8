"""Whole ingest runs over real documents with the real extractor: batches with bad files,
unchanged and changed documents, a store that goes away, a process killed mid-way, the CLI.

Runs that stop the store or kill a process get an embedded server of their own (a data
folder under tmp_path), never the session's.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from api.english_context import stored_extraction
from api.ingest_runner import on_ingest, run_ingest
from corpus.frontmatter import read_document
from extract.extractor import Extractor
from extract.lang.crosslink import EnglishRegistry
from graph import queries
from graph.errors import DocumentError, QueryError, StoreUnavailable
from graph.ingest import IngestResult
from graph.model import DocumentMeta, Extraction
from graph.store import GraphStore
from graph.stores.falkor import FalkorStore
from graph.stores.falkor_server import start_server, stop_server
from tests.conftest import REPO, store_env
from tests.test_ingest import dump, facts

CORPUS = REPO / "corpus" / "documents"
TKG = str(Path(sys.executable).with_name("tkg"))
SOME = sorted(CORPUS.glob("*.md"))[:4]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[Path]:
    """A server of this test's own, so the test may stop or restart it."""
    data = tmp_path / "db"
    start_server(data)
    yield data
    stop_server(data)


def _ingest(store: FalkorStore, paths: list[Path], extractor: Extractor, **kw: Any) -> Any:
    return run_ingest(store, paths, extractor=extractor, progress=False, **kw)


def test_a_second_run_over_unchanged_documents_writes_nothing(
        falkor_store: GraphStore, extractor: Extractor) -> None:
    calls: list[int] = []
    on_ingest.append(lambda: calls.append(1))
    try:
        first = _ingest(falkor_store, SOME, extractor)
        second = _ingest(falkor_store, SOME, extractor)
    finally:
        on_ingest.pop()
    assert first.written == len(SOME) and not first.failures and first.entities > 0
    assert calls == [1]  # caches are told once: the second run changed nothing
    counts, total = falkor_store.counts(), falkor_store.counters.total
    third = _ingest(falkor_store, SOME, extractor)
    assert second.skipped_unchanged == third.skipped_unchanged == len(SOME)
    assert third.written == 0 and falkor_store.counters.total == total
    assert falkor_store.counts() == counts


def test_a_bad_document_is_reported_and_the_rest_land(
        falkor_store: GraphStore, extractor: Extractor, tmp_path: Path) -> None:
    for path in SOME[:3]:
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "bad.md").write_text("---\nid: bad\ntitle: [unclosed\n---\nText.\n")
    (tmp_path / "empty.md").write_text("---\nid: empty\ntitle: Empty\n---\n")
    shutil.copy(SOME[0], tmp_path / "zz-same-id-again.md")
    summary = _ingest(falkor_store, [tmp_path, tmp_path / "missing.md"], extractor)
    assert summary.written == 3
    failed = {Path(where).name: detail for where, detail in summary.failures}
    assert set(failed) == {"bad.md", "empty.md", "zz-same-id-again.md", "missing.md"}
    assert "not valid YAML" in failed["bad.md"] and "empty" in failed["empty.md"]
    assert "already read" in failed["zz-same-id-again.md"]
    states = falkor_store.document_states()
    assert sorted(states) == sorted(p.stem for p in SOME[:3])
    assert all(complete for _, complete in states.values())


def test_a_changed_document_is_replaced_like_a_fresh_ingest(
        falkor_store: GraphStore, spare_store: GraphStore, extractor: Extractor,
        tmp_path: Path) -> None:
    pair = [CORPUS / "c1-doj-chapman-charges-2024-05-16.md",
            CORPUS / "c1-doj-chapman-sentencing-2025-07-24.md"]
    for path in pair:
        shutil.copy(path, tmp_path / path.name)
    _ingest(falkor_store, [tmp_path], extractor)
    changed = tmp_path / pair[1].name
    text = changed.read_text()
    changed.write_text(text[: text.rindex("\n\n")] + "\n")  # drop the last paragraph
    again = _ingest(falkor_store, [tmp_path], extractor)
    assert (again.written, again.replaced, again.skipped_unchanged) == (1, 1, 1)
    _ingest(spare_store, [tmp_path], extractor)
    assert facts(falkor_store) == facts(spare_store)


class _Recording(Extractor):
    """The real extractor, noting the ids of the documents it is given."""

    read: list[str]

    def extract_many(self, docs: Iterable[tuple[str, DocumentMeta]], n_process: int = 1,
                     batch_size: int = 16) -> Iterator[Extraction | DocumentError]:
        self.read = []

        def noted() -> Iterator[tuple[str, DocumentMeta]]:
            for text, meta in docs:
                self.read.append(meta.id)
                yield text, meta

        return super().extract_many(noted(), n_process, batch_size)


def test_a_korean_document_added_later_links_as_in_a_clean_run(
        falkor_store: GraphStore, spare_store: GraphStore, extractor: Extractor,
        tmp_path: Path) -> None:
    # Korean names are linked to the English names read in the same run: a run that only
    # adds the Korean report must give the registry the English releases already in the
    # store first (read back from the store, not extracted again), and a run must not lean
    # on whatever its extractor read before
    english = [CORPUS / "c1-doj-chapman-charges-2024-05-16.md",
               CORPUS / "c1-doj-chapman-sentencing-2025-07-24.md"]
    korean = CORPUS / "ko-news-chapman-sentencing-2025-07-24.md"
    for path in english:
        shutil.copy(path, tmp_path / path.name)
    _ingest(falkor_store, [tmp_path], Extractor(nlp=extractor.nlp))
    shutil.copy(korean, tmp_path / korean.name)
    recording = _Recording(nlp=extractor.nlp)
    later = _ingest(falkor_store, [tmp_path], recording)
    assert (later.written, later.skipped_unchanged) == (1, 2)
    assert recording.read == [korean.stem]
    _ingest(spare_store, [tmp_path], extractor)  # this one has read other documents before
    assert dump(falkor_store) == dump(spare_store)
    docs = {d for row in falkor_store.run("MATCH (d:Document)-[:MENTIONS]->"
                                          "(p:Person {id: 'person:christina-marie-chapman'}) "
                                          "RETURN d.id AS d") for d in row.values()}
    assert korean.stem in docs


def test_the_store_gives_the_registry_what_reading_the_english_document_again_gives(
        falkor_store: GraphStore, extractor: Extractor) -> None:
    # a later run links Japanese and Korean names through what the store keeps of the
    # English documents: the same names, and the same neighbours by relation and by
    # sentence, as extracting them again; none from what ingest derives (Sanction nodes)
    paths = [CORPUS / "b7-ofac-korea-sobaeksu-2025-07-24.md",
             CORPUS / "c1-doj-chapman-sentencing-2025-07-24.md"]
    assert not _ingest(falkor_store, paths, extractor).failures
    for path in paths:
        doc = read_document(path)
        (row,) = falkor_store.run(queries.STORED_ENGLISH_NAMES, {"ids": [doc.meta.id]})
        read, stored = EnglishRegistry(), EnglishRegistry()
        read.add(extractor.extract(doc.body, doc.meta))
        stored.add(stored_extraction(doc, row))
        assert read.entities and any(e.neighbours for e in read.entities.values())
        assert ({k: (set(e.names), e.neighbours) for k, e in stored.entities.items()}
                == {k: (set(e.names), e.neighbours) for k, e in read.entities.items()})


def _clean_dump(data: Path, extractor: Extractor, paths: list[Path]) -> Any:
    clean = FalkorStore(data, "clean")
    try:
        clean.ensure_schema()
        assert not _ingest(clean, paths, extractor).failures
        return dump(clean)
    finally:
        clean.close()


def test_a_store_that_goes_away_between_documents_names_the_document(
        own_server: Path, extractor: Extractor) -> None:
    store = FalkorStore(own_server, "g")
    store.ensure_schema()
    seen: list[str] = []

    def stop_after_two(result: IngestResult) -> None:
        seen.append(result.doc_id)
        if len(seen) == 2:
            stop_server(own_server)

    with pytest.raises(StoreUnavailable) as error:
        _ingest(store, SOME, extractor, after_document=stop_after_two, batch_size=2)
    store.close()
    detail = error.value.detail
    assert f"2 documents {SOME[2].stem}, {SOME[3].stem}" in detail
    assert "2 of 4 documents were written before" in detail
    start_server(own_server)  # the append-only file brings the first two back
    store = FalkorStore(own_server, "g")
    try:
        resumed = _ingest(store, SOME, extractor)
        assert (resumed.skipped_unchanged, resumed.written) == (2, 2)
        assert dump(store) == _clean_dump(own_server, extractor, SOME)
    finally:
        store.close()


def test_a_store_that_goes_away_mid_document_leaves_it_incomplete(
        own_server: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    store = FalkorStore(own_server, "g")
    store.ensure_schema()
    real = store.upsert_relationships
    victim = SOME[1].stem

    def stop_midway(rel_type: str, rows: Any, *args: Any, **kw: Any) -> int:
        if any(row.doc == victim for row in rows):
            stop_server(own_server)
        return real(rel_type, rows, *args, **kw)

    monkeypatch.setattr(store, "upsert_relationships", stop_midway)
    with pytest.raises(StoreUnavailable, match=f"{victim}.*stay marked incomplete"):
        _ingest(store, SOME, extractor, batch_size=2)
    store.close()
    start_server(own_server)
    store = FalkorStore(own_server, "g")
    try:
        assert store.document_states()[victim][1] is False
        resumed = _ingest(store, SOME, extractor)
        assert (resumed.replaced, resumed.written) == (2, 4)
        assert dump(store) == _clean_dump(own_server, extractor, SOME)
    finally:
        store.close()


def _documents(store: GraphStore) -> tuple[int, int]:
    """(complete, incomplete) Document nodes."""
    try:
        rows = store.run("MATCH (d:Document) RETURN count(d) AS n, "
                         "sum(CASE WHEN d.complete THEN 0 ELSE 1 END) AS open")
    except QueryError:  # the graph does not exist until the ingest creates it
        return 0, 0
    open_ = int(rows[0]["open"] or 0)
    return int(rows[0]["n"]) - open_, open_


def test_a_killed_ingest_resumes_to_the_same_graph_as_a_clean_run(
        falkor_store: GraphStore, spare_store: GraphStore, extractor: Extractor,
        tmp_path: Path) -> None:
    corpus = tmp_path / "docs"
    corpus.mkdir()
    for path in sorted(CORPUS.glob("*.md"))[::2]:  # 14 documents of every kind
        shutil.copy(path, corpus / path.name)
    env = {**os.environ, **store_env(falkor_store)}
    proc = subprocess.Popen([TKG, "ingest", str(corpus), "--batch-size", "3"], env=env,
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    watcher = falkor_store
    try:
        deadline = time.monotonic() + 300
        while proc.poll() is None and time.monotonic() < deadline:
            complete, open_ = _documents(watcher)
            if (complete >= 3 and open_) or complete >= 6:  # mid-batch if we can catch it
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.002)
        proc.wait(timeout=60)
        assert proc.returncode == -signal.SIGKILL, "the ingest ended before it was killed"
        complete, open_ = _documents(watcher)
        print(f"killed with {complete} documents complete and {open_} incomplete")
        assert 0 < complete < len(list(corpus.glob("*.md")))
        rerun = subprocess.run([TKG, "ingest", str(corpus)], env=env, cwd=REPO,
                               capture_output=True, text=True, timeout=600)
        assert rerun.returncode == 0, rerun.stderr
        assert not _ingest(spare_store, [corpus], extractor).failures
        assert dump(watcher) == dump(spare_store)
    finally:
        if proc.poll() is None:
            proc.kill()


def test_cli_exit_code_counts_failed_documents(own_server: Path, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SOME[0], folder / SOME[0].name)
    (folder / "broken.md").write_text("no front matter here\n")
    env = {**os.environ, "TKG_DATA_DIR": str(own_server), "TKG_GRAPH_NAME": "cli"}
    run = subprocess.run([TKG, "ingest", str(folder)], env=env, cwd=REPO, capture_output=True,
                         text=True, timeout=600)
    assert run.returncode == 1, run.stderr
    assert "broken.md" in run.stderr and "missing front matter" in run.stderr
    assert "written" in run.stdout
    forgot = subprocess.run([TKG, "forget", SOME[0].stem], env=env, cwd=REPO,
                            capture_output=True, text=True, timeout=600)
    assert forgot.returncode == 0 and SOME[0].stem in forgot.stdout
    again = subprocess.run([TKG, "forget", SOME[0].stem], env=env, cwd=REPO,
                           capture_output=True, text=True, timeout=600)
    assert again.returncode == 1 and "no document" in again.stderr
