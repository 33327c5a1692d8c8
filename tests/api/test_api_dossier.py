"""Dossiers over the ingested corpus: a sanctioned front company and a facilitator."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

CHAPMAN = "person:christina-marie-chapman"
GEUMPUNGRI = "organization:shenyang-geumpungri-network-technology-co-ltd"
SOBAEKSU = "organization:korea-sobaeksu-trading-company"
CHAPMAN_CASE = "case:united-states-v-christina-marie-chapman"


def _dossier(client: TestClient, entity_id: str) -> dict[str, Any]:
    response = client.get(f"/api/entities/{entity_id}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _group(dossier: dict[str, Any], rel_type: str) -> dict[str, Any]:
    return next(g for g in dossier["relationships"] if g["type"] == rel_type)


def _evidence_is_real(client: TestClient, evidence: list[dict[str, Any]]) -> None:
    """Every evidence sentence is the text at its offsets in its document."""
    for ev in evidence:
        doc = client.get(f"/api/documents/{ev['document']}").json()
        assert doc["text"][ev["start"]:ev["end"]] == ev["text"]


def test_front_company_dossier_names_the_designation(gold_client: TestClient) -> None:
    client = gold_client
    d = _dossier(client, GEUMPUNGRI)
    assert d["entity"]["label"] == "Organization"
    assert d["entity"]["properties"]["kind"] == "front_company"
    assert "CN" in d["entity"]["countries"]
    ofac = [s for s in d["sanctions"] if s["authority"] == "Office of Foreign Assets Control"]
    assert len(ofac) == 1
    assert ofac[0]["government"] == "US"
    assert ofac[0]["date"] == "2025-08-27"
    assert ofac[0]["id"].startswith("sanction:")
    # the Japanese and Korean news reports of the same action (and a Korean report of the
    # trilateral statement that lists it) are more sources of the one act, and so is a wire
    # report naming the department (not its office): one act, one record, named by the
    # authority its Sanction node holds; an analyst's note that recalls the designation is
    # one more source of the same act
    assert sorted(ofac[0]["sources"]) == ["b8-ofac-andreyev-chinyong-2025-08-27",
                                  "d1-wire-trilateral-it-workers-statement-2025-08-27",
                                  "f5-note-trilateral-measures-it-workers-2022-2025-2025-11-12",
                                  "ja-news-us-sanctions-andreyev-2025-08-28",
                                  "ko-fresh3-trilateral-statement-report-2025-08-28",
                                  "ko-news-us-andreyev-geumpungri-sanctions-2025-08-27"]
    assert len(d["sanctions"]) == 1
    assert ofac[0]["evidence"], "a designation without its sentence"
    _evidence_is_real(client, ofac[0]["evidence"])
    fronts = _group(d, "FRONT_FOR")
    assert [(i["direction"], i["other"]["id"]) for i in fronts["items"]] == [
        ("out", "organization:chinyong-information-technology-cooperation-company")]
    assert {doc["id"] for doc in d["documents"]} == {
        "b8-ofac-andreyev-chinyong-2025-08-27", "ja-news-us-sanctions-andreyev-2025-08-28",
        "d1-wire-trilateral-it-workers-statement-2025-08-27",
        "f5-note-trilateral-measures-it-workers-2022-2025-2025-11-12",
        "ko-fresh3-trilateral-statement-report-2025-08-28",
        "ko-news-us-andreyev-geumpungri-sanctions-2025-08-27"}
    assert d["documents"][0]["title"]


def test_sobaeksu_dossier_counts_every_relationship(client: TestClient) -> None:
    d = _dossier(client, SOBAEKSU)
    assert any(s["government"] == "US" and s["date"] == "2025-07-24" for s in d["sanctions"])
    for group in d["relationships"]:
        assert group["count"] == group["outgoing"] + group["incoming"]
        assert len(group["items"]) == group["count"]
        assert not group["truncated"]
        for item in group["items"]:
            assert item["sources"] and item["evidence"]
    assert "MENTIONS" not in {g["type"] for g in d["relationships"]}


def test_facilitator_dossier_has_case_money_and_sources(gold_client: TestClient) -> None:
    client = gold_client
    d = _dossier(client, CHAPMAN)
    assert d["entity"]["name"] == "Christina Marie Chapman"
    assert "Chapman" in d["entity"]["aliases"]
    assert d["entity"]["countries"][0] == "US"
    assert d["sanctions"] == []
    (case,) = d["cases"]
    assert case["case"]["id"] == CHAPMAN_CASE
    assert case["sentence_months"] == 102
    assert case["plea"] == "guilty"
    assert "aggravated identity theft" in case["charges"]
    assert case["forfeiture_usd"] == 284556 + 176850
    assert case["evidence"]
    _evidence_is_real(client, case["evidence"][:3])
    out = {m["payment"]["id"]: m["amount_usd"] for m in d["money"]["outgoing"]
           if m["kind"] == "forfeiture"}
    sentencing = "c1-doj-chapman-sentencing-2025-07-24"
    news = "ja-news-chapman-sentencing-2025-07-25"  # restates the court's two orders
    wire = "f3-wire-arizona-laptop-farm-chain-2025-07-25"  # and so does a wire story
    assert out == {f"payment:{doc}#forfeiture-usd-{usd}": usd
                   for doc in (sentencing, news, wire) for usd in (284556, 176850)}
    forfeited = next(g for g in d["money"]["groups"] if g["kind"] == "forfeiture")
    # each order and its restatements are one figure, so the total is the two orders, not six
    assert forfeited["total_low_usd"] == forfeited["total_high_usd"] == 461406
    assert sorted(forfeited["documents"]) == sorted([sentencing, news, wire])
    # the scheme's revenue went to the workers and the regime: never "in" for her
    assert all(m["kind"] != "revenue" for m in d["money"]["incoming"])
    # what goes out from her is forfeiture only (one kind, one document): that adds up
    assert {m["kind"] for m in d["money"]["outgoing"]} == {"forfeiture"}
    assert d["money"]["total_out_usd"] == 461406
    # the $17.1 million is the scheme's, shown through the hop that ties her to it
    scheme = {(s["via"], s["scheme"]["id"], s["money"]["amount_usd"]) for s in d["money"]["scheme"]}
    assert ("FACILITATED", "organization:dprk-it-workers", 17100000) in scheme
    facilitated = _group(d, "FACILITATED")
    assert facilitated["items"][0]["other"]["id"] == "organization:dprk-it-workers"
    assert facilitated["items"][0]["evidence"][0]["text"]
    docs = {doc["id"]: doc for doc in d["documents"]}
    # the Korean and Japanese news reports of her sentencing land on the same person, and so
    # does an analyst's note recalling it, a wire story telling her chain, an advisory that
    # recalls her case, a Korean report of her charges, the release on her plea and a Korean
    # report of another facilitator's sentencing that recalls hers
    assert set(docs) == {"ko-fresh3-vong-sentencing-2025-12-05",
                         "f3-wire-arizona-laptop-farm-chain-2025-07-25",
                         "f14-usao-dc-chapman-guilty-plea-laptop-farm-2025-02-11",
                         "f11-advisory-client-alert-ofsi-dprk-it-workers-2024-09-19",
                         "ko-fresh2-chapman-didenko-indictments-2024-05-17",
                         "c1-doj-chapman-charges-2024-05-16",
                         "c1-doj-chapman-sentencing-2025-07-24",
                         "ko-news-chapman-sentencing-2025-07-24",
                         "ja-news-chapman-sentencing-2025-07-25",
                         "e3-background-note-us-actions-it-worker-revenue-2025-12-10"}
    assert all(doc["facts"] > 0 and doc["date"] for doc in docs.values())


def test_ftm_format(client: TestClient) -> None:
    response = client.get(f"/api/entities/{CHAPMAN}", params={"format": "ftm"})
    assert response.status_code == 200
    ftm = response.json()
    assert ftm["id"] == CHAPMAN and ftm["schema"] == "Person"
    assert ftm["properties"]["name"] == ["Christina Marie Chapman"]
    assert "Chapman" in ftm["properties"]["alias"]
    assert all(isinstance(v, list) for v in ftm["properties"].values())


def test_ids_with_colons_and_percent_encoding(client: TestClient) -> None:
    assert client.get("/api/entities/country:KP").json()["entity"]["name"] == "North Korea"
    encoded = client.get("/api/entities/person%3Achristina-marie-chapman")
    assert encoded.status_code == 200
    assert encoded.json()["entity"]["id"] == CHAPMAN


def test_unknown_entity_is_a_json_404(client: TestClient) -> None:
    response = client.get("/api/entities/person:nobody-at-all")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == {"detail": "no entity with id 'person:nobody-at-all'",
                               "status": 404}
    document = client.get("/api/entities/c1-doj-chapman-charges-2024-05-16")
    assert document.status_code == 404
    assert "/api/documents/" in document.json()["detail"]


def test_hub_dossier_stays_bounded(client: TestClient) -> None:
    d = _dossier(client, "country:KP")
    assert d["entity"]["evidence_total"] >= len(d["entity"]["evidence"])
    assert len(d["entity"]["evidence"]) <= 20
    for group in d["relationships"]:
        assert len(group["items"]) <= group["count"]


def test_north_korea_never_adds_a_reward_offer_or_other_kinds_to_revenue(
        client: TestClient) -> None:
    money = _dossier(client, "country:KP")["money"]
    assert money["groups"], "North Korea's dossier lists no money"
    for group in money["groups"]:
        kinds = {e["kind"] or "other" for f in group["figures"] for e in f["estimates"]}
        assert kinds == {group["kind"]}  # one kind per group, never added across kinds
        assert group["documents"] and all(f["documents"] for f in group["figures"])
        if group["kind"] == "reward_offer":
            assert group["total_low_usd"] is None and group["note"]
        # an estimate ("estimated that the thefts totaled about $660 million") is shown
        # beside the total and never added into it (api/services/money.py)
        stated = [f for f in group["figures"]
                  if not all(e["modality"] == "estimate" for e in f["estimates"])]
        if group["total_low_usd"] is not None:
            highs = sum(f["high_usd"] for f in stated)
            assert group["total_low_usd"] <= group["total_high_usd"] == highs
            assert group["total_low_usd"] >= max(f["low_usd"] for f in stated)
    kinds = {g["kind"] for g in money["groups"] if g["direction"] == "in"}
    if len(kinds) > 1:
        assert money["total_in_usd"] is None  # no single total across kinds
