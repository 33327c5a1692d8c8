"""The judgment API on a real app and store: the key guards every write, judgments show in
dossiers with who, when and why, and rejected facts are hidden unless asked for."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from graph import curation
from graph.ingest import ingest_extraction
from graph.store import GraphStore
from tests.api.conftest import API_KEY
from tests.curation_data import CHINYONG, KIM, KIM_VARIANT, YANBIAN, release, report

KEY = {"X-API-Key": API_KEY}
BODIES: list[dict[str, Any]] = [
    {"kind": "reject", "type": "EMPLOYED_AT", "source": KIM, "target": YANBIAN,
     "reason": "misread"},
    {"kind": "confirm", "type": "EMPLOYED_AT", "source": KIM, "target": CHINYONG,
     "reason": "checked"},
    {"kind": "merge", "left": KIM, "right": KIM_VARIANT, "reason": "same person"},
    {"kind": "split", "left": KIM, "right": KIM_VARIANT, "reason": "not the same"},
    {"kind": "rate", "document": "d-report", "reliability": "unverified", "reason": "a blog"},
]


@pytest.fixture
def api(fresh_client: TestClient, falkor_store: GraphStore) -> TestClient:
    ingest_extraction(falkor_store, release())
    ingest_extraction(falkor_store, report())
    return fresh_client


@pytest.mark.parametrize("body", BODIES, ids=[b["kind"] for b in BODIES])
@pytest.mark.parametrize("headers", [{}, {"X-API-Key": "wrong"}, {"X-API-Key": ""}],
                         ids=["none", "wrong", "empty"])
def test_every_judgment_write_needs_the_key(api: TestClient, falkor_store: GraphStore,
                                            body: dict[str, Any],
                                            headers: dict[str, str]) -> None:
    response = api.post("/api/judgments", json=body, headers=headers)
    assert response.status_code in (401, 403)
    assert response.json()["status"] == response.status_code
    assert curation.all_judgments(falkor_store) == []


def test_judgments_are_recorded_with_who_when_and_why(api: TestClient) -> None:
    for body in BODIES:
        response = api.post("/api/judgments", json=body,
                            headers={**KEY, "X-Analyst": "J. Park"})
        assert response.status_code == 201, response.text
        written = response.json()["judgment"]
        assert (written["kind"], written["author"], written["reason"]) == (
            body["kind"], "J. Park", body["reason"])
        assert written["at"].startswith("20")
    page = api.get("/api/judgments").json()
    assert set(page) == {"items", "total", "limit", "offset"}
    assert page["total"] == len(BODIES)
    assert [i["kind"] for i in page["items"]] == [b["kind"] for b in reversed(BODIES)]
    mine = api.get("/api/judgments", params={"entity": KIM_VARIANT}).json()
    assert [i["kind"] for i in mine["items"]] == ["split", "merge"]
    assert [i["current"] for i in mine["items"]] == [True, False]


def test_the_dossier_applies_and_shows_judgments(api: TestClient) -> None:
    api.post("/api/judgments", json=BODIES[0], headers=KEY).raise_for_status()
    merged = api.post("/api/judgments", json=BODIES[2], headers=KEY)
    assert [e["id"] for e in merged.json()["cluster"]] == [KIM, KIM_VARIANT]

    def employed(dossier: dict[str, Any]) -> dict[str, Any]:
        return {(i["source"], i["other"]["id"]): i for g in dossier["relationships"]
                for i in g["items"] if g["type"] == "EMPLOYED_AT"}

    d = api.get(f"/api/entities/{KIM_VARIANT}").json()
    assert d["entity"]["id"] == KIM and "Gim Sangman" in d["entity"]["aliases"]
    assert [e["id"] for e in d["same_as"]] == [KIM_VARIANT]
    facts = employed(d)
    assert (KIM, YANBIAN) not in facts  # rejected: hidden
    assert facts[(KIM, CHINYONG)]["unconfirmed"] is False  # high confidence
    assert facts[(KIM_VARIANT, YANBIAN)]["unconfirmed"] is True  # 0.7: medium
    assert {j["kind"] for j in d["judgments"]} == {"reject", "merge"}
    shown = employed(api.get(f"/api/entities/{KIM}",
                             params={"include_rejected": "true"}).json())
    assert shown[(KIM, YANBIAN)]["judgment"] == "rejected"
    assert shown[(KIM, YANBIAN)]["unconfirmed"] is True


def test_bad_judgments_are_refused(api: TestClient) -> None:
    def post(body: dict[str, Any]) -> int:
        return api.post("/api/judgments", json=body, headers=KEY).status_code

    assert post({**BODIES[0], "target": "organization:nobody"}) == 404
    assert post({**BODIES[0], "reason": "  "}) == 422
    assert post({**BODIES[0], "kind": "approve"}) == 422
    assert post({**BODIES[4], "reliability": "rumour"}) == 422
    assert post({"kind": "merge", "left": KIM, "right": YANBIAN, "reason": "x"}) == 409
    assert post(BODIES[3]) == 201  # a split of two existing ids is fine
    assert api.get("/api/judgments").json()["total"] == 1
