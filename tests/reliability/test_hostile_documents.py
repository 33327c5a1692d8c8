"""Hostile documents are refused before anything is stored: alias bombs, script links,
ids that could not be read back; a document without an id gets one of its own."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.ingest_runner import IngestSummary, read_documents
from corpus.check import check_folder
from corpus.frontmatter import DocumentFormatError, read_document
from corpus.validate import MAX_ID, derive_id
from tests.api.conftest import API_KEY

ALIAS_BOMB = """---
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
title: *f
---
Body.
"""


def _doc(**front: object) -> str:
    lines = ["---"] + [f"{k}: {v}" for k, v in front.items()] + ["---", "The body says little."]
    return "\n".join(lines) + "\n"


def _post(client: TestClient, markdown: str) -> tuple[int, str]:
    response = client.post("/api/documents", json={"markdown": markdown},
                           headers={"X-API-Key": API_KEY})
    return response.status_code, response.text


def test_alias_bomb_is_refused_at_once(tmp_path: Path, client: TestClient) -> None:
    path = tmp_path / "bomb.md"
    path.write_text(ALIAS_BOMB)
    started = time.monotonic()
    with pytest.raises(DocumentFormatError, match="aliases"):
        read_document(path)
    status, text = _post(client, ALIAS_BOMB)
    assert status == 422 and "aliases" in text
    assert time.monotonic() - started < 5  # refused while reading, not after expanding
    assert any("aliases" in p.message for p in check_folder(tmp_path))


@pytest.mark.parametrize("url", ["JaVaScRiPt:alert(document.domain)", "data:text/html,<b>x",
                                 "vbscript:x", " javascript:alert(1)", "//evil.example/x",
                                 "http://", "file:///etc/passwd"])
def test_script_and_odd_links_are_refused(client: TestClient, url: str) -> None:
    status, text = _post(client, _doc(id="link-doc", title="T", source_urls=f"['{url}']"))
    assert status == 422, text
    assert "source URL" in text


@pytest.mark.parametrize("doc_id", ["../../etc/passwd", "a/b", "x" * (MAX_ID + 1),
                                    "['a','b']", "Upper-Case", "a b", "a--b", "-a"])
def test_unsafe_ids_are_refused(client: TestClient, doc_id: str) -> None:
    status, text = _post(client, _doc(id=doc_id if doc_id.startswith("[") else f"'{doc_id}'",
                                      title="T"))
    assert status == 422, text
    assert "id" in text


def test_sizes_are_limited_per_field(client: TestClient) -> None:
    status, text = _post(client, _doc(id="big", title="x" * 600))
    assert status == 422 and "title" in text
    urls = "[" + ", ".join(f"'https://example.org/{i}'" for i in range(60)) + "]"
    status, text = _post(client, _doc(id="many", title="T", source_urls=urls))
    assert status == 422 and "source_urls" in text


def test_documents_without_id_get_their_own(tmp_path: Path) -> None:
    (tmp_path / "First Report (final).txt").write_text("The first report.\n")
    (tmp_path / "a.md").write_text(_doc(title="One"))
    (tmp_path / "b.md").write_text("---\ntitle: Two\n---\nAnother text.\n")
    summary = IngestSummary()
    docs = read_documents(sorted(tmp_path.iterdir()), summary)
    assert summary.failures == []
    assert sorted(d.meta.id for d in docs) == ["a", "b", "first-report-final"]
    assert derive_id("one text") != derive_id("another text")
    assert derive_id("one text").startswith("doc-")
    assert derive_id("x", "???") == derive_id("x")  # a name that makes no id is not used


def test_posted_documents_without_id_do_not_replace_each_other(client: TestClient) -> None:
    first = client.post("/api/documents", headers={"X-API-Key": API_KEY}, json={
        "markdown": "---\ntitle: One\n---\nThe Department of Justice charged a man.\n"})
    second = client.post("/api/documents", headers={"X-API-Key": API_KEY}, json={
        "markdown": "---\ntitle: Two\n---\nThe Treasury sanctioned a company.\n"})
    assert first.status_code == second.status_code == 200, (first.text, second.text)
    ids = {first.json()["doc_id"], second.json()["doc_id"]}
    assert len(ids) == 2 and all(i.startswith("doc-") for i in ids)
    assert not second.json()["replaced"]
    for doc_id in ids:
        assert client.get(f"/api/documents/{doc_id}").status_code == 200
