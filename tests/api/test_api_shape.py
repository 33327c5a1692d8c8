"""One shape for every list, short errors, and answers that say why (issue 14, item 9)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

CHAPMAN = "person:christina-marie-chapman"

LISTS = [
    ("/api/search", {"q": "Kim"}),
    ("/api/documents", {}),
    ("/api/documents", {"q": "laptop farm"}),
    (f"/api/entities/{CHAPMAN}/neighbors", {}),
    (f"/api/entities/{CHAPMAN}/neighbors", {"depth": 2}),
    ("/api/chains/facilitation", {"facilitator": CHAPMAN}),
    ("/api/trilateral", {}),
    ("/api/analytics/centrality", {}),
    ("/api/analytics/communities", {}),
]


@pytest.mark.parametrize(("path", "params"), LISTS, ids=[f"{p} {q}" for p, q in LISTS])
def test_every_list_has_items_total_limit_offset(client: TestClient, path: str,
                                                 params: dict[str, object]) -> None:
    body = client.get(path, params={**params, "limit": 2, "offset": 1}).json()
    assert isinstance(body["items"], list), body
    assert body["limit"] == 2 and body["offset"] == 1
    assert body["total"] >= len(body["items"])
    assert len(body["items"]) == min(2, max(body["total"] - 1, 0))
    for old in ("hits", "documents", "chains", "targets", "has_more", "communities"):
        assert old not in body


def test_malformed_json_is_400(client: TestClient) -> None:
    response = client.post("/api/cypher", content=b'{"query": "RETURN 1",',
                           headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.json() == {"detail": "the body is not valid JSON", "status": 400}


def test_validation_messages_are_short(client: TestClient) -> None:
    bad = client.get(f"/api/entities/{CHAPMAN}/neighbors", params={"types": "FACILITATED,LOVES"})
    assert bad.status_code == 422 and len(bad.json()["detail"]) < 80
    assert "LOVES" in bad.json()["detail"]
    nul = client.get("/api/paths", params={"source": "a\x00b", "target": "country:KP"})
    assert nul.status_code == 422 and "^" not in nul.json()["detail"]


@pytest.mark.parametrize("date", ["garbage", "2024-13", "2024-02-30", "24-01-01"])
def test_dates_are_validated(client: TestClient, date: str) -> None:
    for path in ("/api/documents", "/api/trilateral"):
        response = client.get(path, params={"since": date})
        assert response.status_code == 422, (path, date)
        assert response.json()["detail"] == "since must be a date: YYYY, YYYY-MM or YYYY-MM-DD"


def test_missing_path_says_why(client: TestClient) -> None:
    body = client.get("/api/paths", params={"source": CHAPMAN, "target": "country:KP",
                                            "max_hops": 1, "types": "SENTENCED"}).json()
    assert body["shortest"] is None
    assert body["reason"] == "no connection within 1 hops"
    found = client.get("/api/paths", params={"source": CHAPMAN, "target": "country:KP"}).json()
    assert found["shortest"] and found["reason"] is None


def test_documents_found_by_full_text_with_snippets(client: TestClient) -> None:
    body = client.get("/api/documents", params={"q": "laptop farm"}).json()
    assert body["total"] > 0 and body["query"] == "laptop farm"
    for doc in body["items"]:
        words = [p["text"].lower() for s in doc["snippets"] for p in s if p["hit"]]
        assert any(w.startswith("laptop") for w in words), doc["id"]
        assert doc["source_kind"] and doc["reliability"] in ("high", "medium", "low")
    scores = [d["score"] for d in body["items"]]
    assert scores == sorted(scores, reverse=True)
    none = client.get("/api/documents", params={"q": "zzyzx qqqq"}).json()
    assert none["items"] == [] and none["total"] == 0


def test_document_filters(client: TestClient) -> None:
    whole = client.get("/api/documents", params={"limit": 500}).json()
    sentencing = client.get("/api/documents", params={"doc_type": "sentencing"}).json()
    assert sentencing["total"] == sum(d["doc_type"] == "sentencing" for d in whole["items"])
    dated = client.get("/api/documents", params={"since": "2025", "until": "2025-06"}).json()
    assert dated["items"] and all("2025-01" <= d["date"][:7] <= "2025-06"
                                  for d in dated["items"])
    us = client.get("/api/documents", params={"issuer": "US", "limit": 500}).json()
    assert us["items"] and all(any(i.endswith("(US)") for i in d["issuers"])
                               for d in us["items"])
    assert us["total"] < whole["total"]
    doj = client.get("/api/documents", params={"issuer": us["items"][0]["issuers"][0]}).json()
    assert 0 < doj["total"] <= us["total"]
    backwards = client.get("/api/documents", params={"since": "2025", "until": "2024"})
    assert backwards.status_code == 422
