"""Hostile names come back as the same text: escaped in JSON, escaped in the HTML error page."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from graph.store import NodeRow, RelRow
from graph.stores.falkor import FalkorStore

HOSTILE = ('</script><script>alert("x")</script> \' " \\ \u2028\u2029 {{7*7}} ${x} '
           "\x1b[31m ; MATCH (n) DETACH DELETE n // 金正恩 🚀")
PERSON = "person:hostile"
ORG = "organization:front"


def _seed(store: FalkorStore) -> None:
    store.upsert_nodes("Document", [NodeRow("d1", {"title": HOSTILE, "text": HOSTILE + ".",
                                                   "doc_type": "news"}, "d1")])
    store.upsert_nodes("Person", [NodeRow(PERSON, {"name": HOSTILE}, "d1", aliases=[HOSTILE],
                                          evidence=[(0, len(HOSTILE), HOSTILE)])])
    store.upsert_nodes("Organization", [NodeRow(ORG, {"name": "Front Co", "kind": "company"},
                                                "d1")])
    store.upsert_relationships("FACILITATED", [RelRow(PERSON, ORG, {}, "d1",
                                                      evidence=[(0, 5, HOSTILE)])])


def test_hostile_names_round_trip_in_json(fresh_client: TestClient,
                                          falkor_store: FalkorStore) -> None:
    _seed(falkor_store)
    response = fresh_client.get(f"/api/entities/{PERSON}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = json.loads(response.text)  # strict JSON: control characters are escaped
    assert body["entity"]["name"] == HOSTILE
    assert body["entity"]["aliases"] == [HOSTILE]
    assert body["entity"]["evidence"][0]["text"] == HOSTILE
    assert "\x1b" not in response.text  # raw control characters never reach the wire
    item = body["relationships"][0]["items"][0]
    assert item["evidence"][0]["text"] == HOSTILE
    graph = fresh_client.post("/api/cypher", json={"query": "MATCH (n:Person) RETURN n, n.name"})
    assert graph.json()["rows"][0][1] == HOSTILE
    assert graph.json()["graph"]["nodes"][0]["name"] == HOSTILE


def test_hostile_names_are_found_and_listed(fresh_client: TestClient,
                                            falkor_store: FalkorStore) -> None:
    _seed(falkor_store)
    hits = fresh_client.get("/api/search", params={"q": "alert script"}).json()["items"]
    assert hits and hits[0]["name"] == HOSTILE
    neighbors = fresh_client.get(f"/api/entities/{ORG}/neighbors").json()
    assert neighbors["items"][0]["node"]["name"] == HOSTILE
    doc = fresh_client.get("/api/documents/d1").json()
    assert doc["title"] == HOSTILE


def test_hostile_text_is_escaped_in_the_html_error_page(fresh_client: TestClient) -> None:
    attack = "<img src=x onerror=alert(1)>"
    response = fresh_client.get(f"/entities/{attack}", headers={"accept": "text/html"})
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert attack not in response.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in response.text
    missing = fresh_client.get(f"/api/entities/{attack}")
    assert missing.status_code == 404
    assert missing.json()["detail"] == f"no entity with id {attack!r}"
