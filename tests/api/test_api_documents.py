"""Documents and their spans; POST /api/documents behind the API key; stats and analytics."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from api.app import create_app
from corpus.frontmatter import read_document
from graph.store import GraphStore
from tests.api.conftest import API_KEY, settings_for

SENTENCING = "c1-doj-chapman-sentencing-2025-07-24"
POSTED = """---
id: x1-doj-test-release-2025-09-01
title: Test Release on a Laptop Farm
issuers:
  - {country: US, agency: Department of Justice}
date: 2025-09-01
doc_type: news
language: en
source_urls: []
---
WASHINGTON - Christina Marie Chapman, 50, of Litchfield Park, Arizona, helped North Korean \
IT workers obtain remote jobs at U.S. companies. The Office of Foreign Assets Control \
designated Korea Sobaeksu Trading Company on July 24, 2025.
"""


def test_list_documents(client: TestClient) -> None:
    body = client.get("/api/documents").json()
    # the main job leaves out documents about events that did not happen (docs/corpus.md)
    real = [p for p in Path("corpus/documents").glob("*.md") if not read_document(p).invented]
    assert body["total"] == len(real) < len(list(Path("corpus/documents").glob("*.md")))
    dates = [d["date"] for d in body["items"]]
    assert dates == sorted(dates, reverse=True)
    page = client.get("/api/documents", params={"limit": 5, "offset": 5}).json()
    assert [d["id"] for d in page["items"]] == [d["id"] for d in body["items"][5:10]]


def test_document_text_and_linked_spans(client: TestClient) -> None:
    response = client.get(f"/api/documents/{SENTENCING}")
    assert response.status_code == 200
    doc = response.json()
    assert doc["doc_type"] == "sentencing" and doc["date"] == "2025-07-24"
    assert doc["title"].startswith("Arizona Woman Sentenced")
    assert doc["source_urls"] and doc["content_hash"].startswith("sha256:")
    kinds = {s["kind"] for s in doc["spans"]}
    assert kinds == {"mention", "evidence"}
    for span in doc["spans"]:
        assert doc["text"][span["start"]:span["end"]] == span["text"]
        assert span["entity"]["id"]
    chapman = [s for s in doc["spans"] if s["kind"] == "mention"
               and s["entity"]["id"] == "person:christina-marie-chapman"]
    assert chapman
    facts = {(s["entity"]["id"], s["relationship"], s["target"]["id"])
             for s in doc["spans"] if s["kind"] == "evidence"}
    assert ("person:christina-marie-chapman", "FACILITATED", "organization:dprk-it-workers") \
        in facts
    assert "person:christina-marie-chapman" in {e["id"] for e in doc["entities"]}


def test_unknown_document(client: TestClient) -> None:
    missing = client.get("/api/documents/no-such-doc")
    assert missing.status_code == 404
    assert missing.json()["detail"] == "no document with id 'no-such-doc'"
    entity = client.get("/api/documents/person:christina-marie-chapman")
    assert entity.status_code == 404 and entity.json()["status"] == 404


def test_stats_and_probes(client: TestClient, corpus_store: GraphStore) -> None:
    stats = client.get("/api/stats").json()
    counts = corpus_store.counts()
    assert stats["nodes"] == counts["nodes"]
    assert stats["relationships"] == counts["relationships"]
    assert stats["documents"] == counts["nodes"]["Document"]
    assert client.get("/healthz").json() == {"status": "ok", "detail": None}
    assert client.get("/readyz").json() == {"status": "ok", "detail": None}


def test_analytics(client: TestClient) -> None:
    central = client.get("/api/analytics/centrality", params={"limit": 10}).json()
    assert central["nodes"] > 100 and len(central["items"]) == 10
    assert "organization:dprk-it-workers" in {i["id"] for i in central["items"]}
    scores = [i["betweenness"] for i in central["items"]]
    assert scores == sorted(scores, reverse=True)
    people = client.get("/api/analytics/centrality", params={"type": "Person"}).json()
    assert people["items"] and all(i["label"] == "Person" for i in people["items"])
    groups = client.get("/api/analytics/communities", params={"members": 3}).json()
    assert groups["total"] >= 2 and groups["offset"] == 0
    sizes = [c["size"] for c in groups["items"]]
    assert sizes == sorted(sizes, reverse=True)
    assert all(len(c["members"]) <= 3 for c in groups["items"])


def test_posting_needs_the_key(client: TestClient) -> None:
    assert client.post("/api/documents", json={"markdown": POSTED}).status_code == 401
    wrong = client.post("/api/documents", json={"markdown": POSTED},
                        headers={"X-API-Key": "nope"})
    assert wrong.status_code == 401 and wrong.json()["status"] == 401


def test_posting_is_off_without_a_configured_key(falkor_store: GraphStore) -> None:
    app = create_app(settings_for(falkor_store, api_key=""))
    with TestClient(app) as c:
        response = c.post("/api/documents", json={"markdown": POSTED},
                          headers={"X-API-Key": ""})
        assert response.status_code == 401
        assert "TKG_API_KEY" in response.json()["detail"]
    assert falkor_store.counts()["nodes"] == {}


def test_post_ingests_and_invalidates_analytics(fresh_client: TestClient,
                                                falkor_store: GraphStore) -> None:
    headers = {"X-API-Key": API_KEY}
    empty = fresh_client.get("/api/analytics/centrality").json()
    assert empty["nodes"] == 0
    bad = fresh_client.post("/api/documents", json={"markdown": "no front matter"},
                            headers=headers)
    assert bad.status_code == 422
    response = fresh_client.post("/api/documents", json={"markdown": POSTED}, headers=headers)
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["doc_id"] == "x1-doj-test-release-2025-09-01"
    assert result["entities"] > 0 and not result["skipped"]
    assert falkor_store.counts()["nodes"]["Document"] == 1
    assert fresh_client.get("/api/analytics/centrality").json()["nodes"] > 0  # cache emptied
    again = fresh_client.post("/api/documents", json={"markdown": POSTED}, headers=headers)
    assert again.json()["skipped"]
    dossier = fresh_client.get("/api/entities/person:christina-marie-chapman").json()
    assert dossier["documents"][0]["id"] == "x1-doj-test-release-2025-09-01"


def test_post_refuses_an_invented_document_unless_asked(fresh_client: TestClient,
                                                        falkor_store: GraphStore) -> None:
    # the same rule as `tkg ingest`: acts of an invented document would read as real agencies'
    headers = {"X-API-Key": API_KEY}
    invented = POSTED.replace("language: en\n", "language: en\ninvented: true\n")
    refused = fresh_client.post("/api/documents", json={"markdown": invented}, headers=headers)
    assert refused.status_code == 422
    assert "invented" in refused.json()["detail"]
    assert "include_invented=true" in refused.json()["detail"]
    assert falkor_store.counts()["nodes"] == {}
    upload = fresh_client.post("/api/documents/file", headers=headers,
                               files={"file": ("made-up.md", invented.encode())})
    assert upload.status_code == 422 and falkor_store.counts()["nodes"] == {}
    written = fresh_client.post("/api/documents", json={"markdown": invented}, headers=headers,
                                params={"include_invented": "true"})
    assert written.status_code == 200, written.text
    assert falkor_store.counts()["nodes"]["Document"] == 1
