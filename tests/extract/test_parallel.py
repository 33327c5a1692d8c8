"""Whole documents read in worker processes (extract/parallel.py) give what one process gives.

Real spaCy, real forked workers: English, Japanese and Korean dev documents, a refused one and
an empty one, in one stream with small chunks so several chunks are in flight at once.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest import MonkeyPatch

from corpus.frontmatter import read_document
from extract import parallel
from extract.jsonio import extraction_to_dict
from graph.errors import DocumentError
from graph.model import DocumentMeta, Extraction
from tests.extract.conftest import extractor

DOCS = Path(__file__).resolve().parents[2] / "corpus" / "documents"


def _stream() -> list[tuple[str, DocumentMeta]]:
    paths = sorted(DOCS.glob("f*.md"))[:6] + sorted(DOCS.glob("ja-*.md"))[:2] \
        + sorted(DOCS.glob("ko-*.md"))[:2]
    docs = [read_document(p) for p in paths]
    stream = [(d.body, d.meta) for d in docs]
    stream.insert(3, ("binary\x00text", DocumentMeta(id="with-nul")))
    stream.insert(7, ("   ", DocumentMeta(id="empty")))
    return stream


def _shown(results: list[Extraction | DocumentError]) -> list[object]:
    return [r.detail if isinstance(r, DocumentError) else extraction_to_dict(r)
            for r in results]


def test_two_workers_give_what_one_process_gives_in_the_same_order() -> None:
    one = list(extractor().extract_many(_stream(), n_process=1, batch_size=2))
    two = list(extractor().extract_many(_stream(), n_process=2, batch_size=2))
    assert len(one) == len(two) == 12
    assert _shown(one) == _shown(two)
    assert [type(r).__name__ for r in two].count("DocumentError") == 2
    assert {r.document.language for r in two if isinstance(r, Extraction)} == {"en", "ja", "ko"}


def test_the_callers_documents_learn_their_language_from_the_workers() -> None:
    stream = _stream()
    list(extractor().extract_many(stream, n_process=2, batch_size=2))
    assert [meta.language for _, meta in stream if meta.id.startswith("ko-")] == ["ko", "ko"]


def test_a_caller_that_stops_early_gets_what_it_took() -> None:
    results = extractor().extract_many(_stream(), n_process=2, batch_size=2)
    first = next(results)
    results.close()  # the pool is shut down; queued chunks are dropped
    assert isinstance(first, Extraction)


def test_input_that_fits_in_one_chunk_is_read_without_a_pool(monkeypatch: MonkeyPatch) -> None:
    def no_pool(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a pool was started for one chunk")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    stream = _stream()[:4]
    results = list(extractor().extract_many(stream, n_process=2, batch_size=4))
    assert _shown(results) == _shown(list(extractor().extract_many(_stream()[:4])))
    assert [type(r).__name__ for r in results].count("DocumentError") == 1
    # one more document than a chunk holds does go to the workers
    with pytest.raises(AssertionError, match="a pool was started"):
        list(extractor().extract_many(_stream()[:5], n_process=2, batch_size=4))
