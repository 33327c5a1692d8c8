"""Native-script search through the real API over the ingested corpus (English, Japanese and
Korean documents): Hangul and kanji names find the entity the English documents name, and a
one-character typo in Hangul still finds it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

METI = "agency:ministry-of-economy-trade-and-industry"


@pytest.mark.parametrize(("query", "expected"), [
    ("심현섭", "person:sim-hyon-sop"),  # a Korean release's name, on the English node
    ("북한", "country:KP"),
    ("北朝鮮", "country:KP"),
    ("경제산업성", METI),  # the Korean name of a Japanese ministry read in a Japanese notice
    ("경제산엽성", METI),  # one wrong syllable
    ("經濟産業省", METI),  # two characters in traditional form: one bigram and the ranking
])
def test_native_script_queries_find_the_entity(client: TestClient, query: str,
                                                expected: str) -> None:
    response = client.get("/api/search", params={"q": query})
    assert response.status_code == 200, response.text
    hits = response.json()["items"]
    assert hits and hits[0]["id"] == expected, [(h["id"], h["score"]) for h in hits[:5]]


def test_native_aliases_are_listed_beside_the_english_name(client: TestClient) -> None:
    hit = client.get("/api/search", params={"q": "Sim Hyon Sop"}).json()["items"][0]
    assert hit["id"] == "person:sim-hyon-sop"
    assert "심현섭" in hit["aliases"]


def test_a_name_in_no_document_finds_nothing_close(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "홍길동"}).json()["items"]
    assert all(h["score"] < 0.6 for h in hits)
