"""Search finds romanization variants, filters by type and country, and paginates."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

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
    hits = response.json()["hits"]
    assert hits and hits[0]["id"] == expected, [h["id"] for h in hits[:5]]
    assert 0 < hits[0]["score"] <= 1
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_type_and_country_filters(client: TestClient) -> None:
    people = client.get("/api/search", params={"q": "Kim", "type": "Person"}).json()
    assert people["hits"] and all(h["label"] == "Person" for h in people["hits"])
    chinese = client.get("/api/search", params={"q": "Shenyang", "country": "CN"}).json()
    assert [h["id"] for h in chinese["hits"]][:1] == [
        "organization:shenyang-geumpungri-network-technology-co-ltd"]
    assert all("CN" in h["countries"] for h in chinese["hits"])
    nowhere = client.get("/api/search", params={"q": "Shenyang", "country": "JP"}).json()
    assert nowhere["hits"] == [] and nowhere["total"] == 0


def test_pagination_is_consistent(client: TestClient) -> None:
    whole = client.get("/api/search", params={"q": "Kim", "limit": 40}).json()
    assert whole["total"] >= 6
    first = client.get("/api/search", params={"q": "Kim", "limit": 3}).json()
    second = client.get("/api/search", params={"q": "Kim", "limit": 3, "offset": 3}).json()
    assert [h["id"] for h in first["hits"] + second["hits"]] == \
        [h["id"] for h in whole["hits"][:6]]
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
    for q in ["!!! ???", "김정은", "   "]:
        body = client.get("/api/search", params={"q": q}).json()
        assert body["hits"] == [] and body["total"] == 0


def test_syntax_of_the_index_is_just_text(client: TestClient) -> None:
    for q in ["Chapman*", "@name:(Chapman)", "Chapman | Kim", "-Chapman", '"Chapman"',
              "Chapman~1", "%Chapman%", "Chap)man("]:
        response = client.get("/api/search", params={"q": q})
        assert response.status_code == 200, (q, response.text)
