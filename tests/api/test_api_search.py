"""Search finds romanization variants, filters by type and country, and paginates."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from graph.store import NodeRow
from graph.stores.falkor import FalkorStore

CHINYONG = "organization:chinyong-information-technology-cooperation-company"


@pytest.mark.parametrize(("query", "expected"), [
    ("Jinyong", CHINYONG),
    ("Chinyoung", CHINYONG),  # a spelling no document uses
    ("Song Kyong Sik", "person:son-kyong-sik"),
    ("Son Gyong Shik", "person:son-kyong-sik"),  # k/g and s/sh folded
    ("Kim Sang Mann", "person:kim-sang-man"),
    ("Sobaeksoo", "organization:korea-sobaeksu-trading-company"),
    ("chapman", "person:christina-marie-chapman"),
])
def test_romanization_variants_find_each_other(client: TestClient, query: str,
                                                expected: str) -> None:
    response = client.get("/api/search", params={"q": query})
    assert response.status_code == 200, response.text
    hits = response.json()["items"]
    assert hits and hits[0]["id"] == expected, [h["id"] for h in hits[:5]]
    assert 0 < hits[0]["score"] <= 1
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_type_and_country_filters(client: TestClient) -> None:
    people = client.get("/api/search", params={"q": "Kim", "type": "Person"}).json()
    assert people["items"] and all(h["label"] == "Person" for h in people["items"])
    chinese = client.get("/api/search", params={"q": "Shenyang", "country": "CN"}).json()
    # a wire report names the company without its "Ltd." (a node of its own today)
    assert "organization:shenyang-geumpungri-network-technology-co-ltd" in \
        [h["id"] for h in chinese["items"]][:2]
    assert all("CN" in h["countries"] for h in chinese["items"])
    nowhere = client.get("/api/search", params={"q": "Shenyang", "country": "JP"}).json()
    assert nowhere["items"] == [] and nowhere["total"] == 0


def test_pagination_is_consistent(client: TestClient) -> None:
    whole = client.get("/api/search", params={"q": "Kim", "limit": 40}).json()
    assert whole["total"] >= 6
    first = client.get("/api/search", params={"q": "Kim", "limit": 3}).json()
    second = client.get("/api/search", params={"q": "Kim", "limit": 3, "offset": 3}).json()
    assert [h["id"] for h in first["items"] + second["items"]] == \
        [h["id"] for h in whole["items"][:6]]
    assert first["total"] == whole["total"]


@pytest.mark.parametrize("params", [
    {"q": ""}, {"q": "x", "type": "Document"}, {"q": "x", "type": "Unicorn"},
    {"q": "x", "country": "KOR"}, {"q": "x", "limit": 0}, {"q": "x", "limit": 101},
])
def test_bad_search_requests_are_422(client: TestClient, params: dict[str, object]) -> None:
    response = client.get("/api/search", params=params)
    assert response.status_code == 422
    assert response.json()["status"] == 422 and response.json()["detail"]


def test_nothing_searchable_is_an_empty_page(client: TestClient) -> None:
    for q in ["!!! ???", "   ", "뷁뷁뷁"]:
        body = client.get("/api/search", params={"q": q}).json()
        assert body["items"] == [] and body["total"] == 0


def test_syntax_of_the_index_is_just_text(client: TestClient) -> None:
    for q in ["Chapman*", "@name:(Chapman)", "Chapman | Kim", "-Chapman", '"Chapman"',
              "Chapman~1", "%Chapman%", "Chap)man("]:
        response = client.get("/api/search", params={"q": q})
        assert response.status_code == 200, (q, response.text)


def test_sanctions_are_shown_on_their_target(client: TestClient) -> None:
    for q in ("Office of Foreign Assets Control", "Sobaeksu", "Treasury"):
        body = client.get("/api/search", params={"q": q, "limit": 50}).json()
        assert all(h["label"] != "Sanction" for h in body["items"]), q
        assert "Sanction" not in body["by_type"]
    sobaeksu = client.get("/api/search", params={"q": "Sobaeksu"}).json()["items"][0]
    assert sobaeksu["id"] == "organization:korea-sobaeksu-trading-company"
    assert "US" in sobaeksu["designated_by"]


def test_counts_by_type_and_did_you_mean(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "Kim", "limit": 100}).json()
    assert sum(body["by_type"].values()) == body["total"]
    assert body["by_type"]["Person"] == sum(h["label"] == "Person" for h in body["items"])
    near = client.get("/api/search", params={"q": "Chrstina Chapmen"}).json()
    assert near["did_you_mean"] and "Chapman" in near["did_you_mean"]
    exact = client.get("/api/search", params={"q": "Christina Marie Chapman"}).json()
    assert exact["did_you_mean"] is None


def _people(store: FalkorStore, people: dict[str, list[str]]) -> None:
    store.upsert_nodes("Document", [NodeRow("d1", {"title": "t", "text": "x"}, "d1")])
    store.upsert_nodes("Person", [NodeRow(f"person:{i}", {"name": name}, "d1", aliases=aliases)
                                  for i, (name, aliases) in enumerate(people.items())])


def test_whole_name_matches_rank_above_a_shared_given_name(fresh_client: TestClient,
                                                           falkor_store: FalkorStore) -> None:
    _people(falkor_store, {"Jong Song Hwa": [], "Kim Jong Un": [], "Kim Yo Jong": [],
                           "Ri Jong Ho": []})
    names = [h["name"] for h in fresh_client.get("/api/search",
                                                 params={"q": "Kim Jong Un"}).json()["items"]]
    assert names[0] == "Kim Jong Un"
    assert names.index("Kim Yo Jong") < names.index("Jong Song Hwa") if "Jong Song Hwa" in \
        names else True
    scores = fresh_client.get("/api/search", params={"q": "Kim Jong Un"}).json()["items"]
    assert scores[0]["score"] - scores[1]["score"] > 0.15


def test_hangul_and_japanese_match_native_names(fresh_client: TestClient,
                                                falkor_store: FalkorStore) -> None:
    _people(falkor_store, {"Sim Hyon Sop": ["심현섭", "シム・ヒョンソプ"],
                           "Kim Sang Man": ["김상만"], "Pak Hwa Song": []})
    for q in ("심현섭", "현섭", "シム・ヒョンソプ", "ヒョンソプ"):
        items = fresh_client.get("/api/search", params={"q": q}).json()["items"]
        assert [h["name"] for h in items][:1] == ["Sim Hyon Sop"], q
        assert items[0]["matched"] in ("심현섭", "シム・ヒョンソプ")
    other = fresh_client.get("/api/search", params={"q": "김상만"}).json()["items"]
    assert [h["name"] for h in other] == ["Kim Sang Man"]
    latin = fresh_client.get("/api/search", params={"q": "Sim Hyon Sop"}).json()["items"]
    assert latin[0]["name"] == "Sim Hyon Sop"
