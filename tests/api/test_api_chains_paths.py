"""Facilitation and sanctions chains, paths and neighbourhoods over the ingested corpus."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

CHAPMAN = "person:christina-marie-chapman"
SOBAEKSU = "organization:korea-sobaeksu-trading-company"
C1_DOCS_BY_STAGE = ("c1-doj-chapman-charges-2024-05-16", "c1-doj-chapman-sentencing-2025-07-24")
C1_DOCS = set(C1_DOCS_BY_STAGE)
# the Korean and Japanese news reports of her sentencing: their facts land on the same person,
# so their hops are among her chains' documents
# and an analyst's background note that recalls her conviction and sentence, and a wire story
# that tells her chain by role
CHAPMAN_DOCS = C1_DOCS | {"ko-news-chapman-sentencing-2025-07-24",
                          "f3-wire-arizona-laptop-farm-chain-2025-07-25",
                          "ja-news-chapman-sentencing-2025-07-25",
                          "e3-background-note-us-actions-it-worker-revenue-2025-12-10",
                          # an advisory that recalls her case, a Korean report of her charges,
                          # the release on her plea
                          "f11-advisory-client-alert-ofsi-dprk-it-workers-2024-09-19",
                          "f14-usao-dc-chapman-guilty-plea-laptop-farm-2025-02-11",
                          "ko-fresh2-chapman-didenko-indictments-2024-05-17",
                          "ko-fresh3-vong-sentencing-2025-12-05"}


def _check_hops(path: dict[str, Any]) -> None:
    """Hops join consecutive nodes, in the direction they claim, each with evidence."""
    nodes = [n["id"] for n in path["nodes"]]
    assert len(path["hops"]) == len(nodes) - 1
    for i, hop in enumerate(path["hops"]):
        here, there = nodes[i], nodes[i + 1]
        if hop["direction"] == "forward":
            assert (hop["source"], hop["target"]) == (here, there)
        else:
            assert (hop["source"], hop["target"]) == (there, here)
        assert hop["type"] and hop["sources"] and hop["evidence"]
        assert all(ev["text"] for ev in hop["evidence"])


def test_facilitation_chain_reaches_the_regime_with_amounts(gold_client: TestClient) -> None:
    client = gold_client
    response = client.get("/api/chains/facilitation", params={"facilitator": CHAPMAN})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["facilitator"]["id"] == CHAPMAN
    assert body["items"], "no chain from Chapman to the regime"
    assert body["total"] == len(body["items"]) and body["offset"] == 0
    # one chain per payment: a figure restated by another document has a chain of its own
    charged, sentenced = C1_DOCS_BY_STAGE
    for figure, doc in (((6800000, "revenue"), charged), ((17100000, "revenue"), sentenced)):
        (money,) = [c for c in body["items"]
                    if [(a["amount_usd"], a["kind"]) for a in c["amounts"]] == [figure]
                    and doc in c["amounts"][0]["documents"]]
        assert [n["id"] for n in money["nodes"]][:2] == [CHAPMAN, "organization:dprk-it-workers"]
        assert money["regime"]["id"] == "country:KP"
        assert [h["type"] for h in money["hops"]] == ["FACILITATED", "GENERATED_REVENUE_FOR",
                                                      "FUNDED"]
        assert money["amounts"][0]["documents"] == [doc]  # every figure names its document
        assert doc in money["documents"] and set(money["documents"]) <= CHAPMAN_DOCS
    for chain in body["items"]:
        _check_hops(chain)
        assert chain["hops"][0]["type"] == "FACILITATED"
        assert chain["regime"]["id"] == chain["nodes"][-1]["id"]
    # two documents' figures for one scheme's revenue are not added into $23.9 million:
    # no single total, and the revenue group spans the larger figure to both added
    assert body["total_usd"] is None
    (revenue,) = [g for g in body["money"] if g["kind"] == "revenue"]
    # the wire story's UN estimate of the whole workforce's yearly revenue is shown beside
    # the scheme's figures, never added to them
    (estimate,) = [f for f in revenue["figures"] if f["low_usd"] == 250000000]
    assert [e["modality"] for e in estimate["estimates"]] == ["estimate"]
    # the plea release's "more than $17 million" is the low end (the total is at least it)
    assert (revenue["total_low_usd"], revenue["total_high_usd"]) == (17000000, 23900000)
    # the Japanese report's and the wire story's $17.1 million are the court's figure, and
    # the plea release's "more than $17 million" agrees with it: one figure, not four
    (court,) = [f for f in revenue["figures"] if f["low_usd"] <= 17100000 <= f["high_usd"]]
    assert (court["low_usd"], court["high_usd"]) == (17000000, 17100000)
    assert set(court["documents"]) == {"c1-doj-chapman-sentencing-2025-07-24",
                                       "ja-news-chapman-sentencing-2025-07-25",
                                       "f3-wire-arizona-laptop-farm-chain-2025-07-25",
                                       "f14-usao-dc-chapman-guilty-plea-laptop-farm-2025-02-11"}
    assert revenue["note"] and set(revenue["documents"]) == C1_DOCS | {
        "ja-news-chapman-sentencing-2025-07-25", "f3-wire-arizona-laptop-farm-chain-2025-07-25",
        "ko-fresh2-chapman-didenko-indictments-2024-05-17",
        "f14-usao-dc-chapman-guilty-plea-laptop-farm-2025-02-11"}


def test_facilitation_chain_through_a_company(gold_client: TestClient) -> None:
    client = gold_client
    body = client.get("/api/chains/facilitation",
                      params={"facilitator": "person:kim-sang-man"}).json()
    ends = {(c["nodes"][1]["id"], c["regime"]["id"]) for c in body["items"]}
    assert ("organization:chinyong-information-technology-cooperation-company",
            "agency:ministry-of-the-people-s-armed-forces") in ends


def test_sanctions_chain(client: TestClient) -> None:
    body = client.get("/api/chains/sanctions", params={"target": SOBAEKSU}).json()
    assert body["target"]["name"] == "Korea Sobaeksu Trading Company"
    (ofac,) = [d for d in body["designations"] if d["government"] == "US"]
    assert ofac["authority"] == "Office of Foreign Assets Control"
    assert ofac["date"] == "2025-07-24" and ofac["evidence"]
    # the Japanese report of the same act (its designator the state, not OFAC) is one record
    assert {"b7-ofac-korea-sobaeksu-2025-07-24",
            "ja-ofac-sobaeksu-table-2025-07-24"} <= set(ofac["sources"])
    assert [r["other"]["id"] for r in body["fronts_for"]] == [
        "organization:munitions-industry-department"]
    assert "organization:dprk-it-workers" in {r["other"]["id"] for r in body["controls"]}
    assert all(r["direction"] == "in" for r in body["controls"])


def test_shortest_path_and_alternatives(client: TestClient) -> None:
    response = client.get("/api/paths", params={"source": CHAPMAN, "target": "country:KP", "k": 3})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["source"]["id"] == CHAPMAN and body["target"]["id"] == "country:KP"
    shortest = body["shortest"]
    assert shortest["length"] == 2
    lengths = [shortest["length"], *(p["length"] for p in body["alternatives"])]
    assert lengths == sorted(lengths) and 1 <= len(body["alternatives"]) <= 3
    for path in [shortest, *body["alternatives"]]:
        _check_hops(path)
        ids = [n["id"] for n in path["nodes"]]
        assert len(set(ids)) == len(ids) and ids[0] == CHAPMAN and ids[-1] == "country:KP"


def test_path_restricted_to_types(client: TestClient) -> None:
    body = client.get("/api/paths", params={"source": CHAPMAN, "target": "country:KP",
                                            "types": "FACILITATED,FUNDED", "k": 5}).json()
    assert [n["id"] for n in body["shortest"]["nodes"]] == [
        CHAPMAN, "organization:dprk-it-workers", "country:KP"]
    for path in [body["shortest"], *body["alternatives"]]:
        assert {h["type"] for h in path["hops"]} <= {"FACILITATED", "FUNDED"}


def test_path_errors(client: TestClient) -> None:
    too_far = client.get("/api/paths", params={"source": CHAPMAN, "target": "country:KP",
                                               "max_hops": 7})
    assert too_far.status_code == 422 and too_far.json()["status"] == 422
    missing = client.get("/api/paths", params={"source": CHAPMAN, "target": "person:nobody"})
    assert missing.status_code == 404
    bad_type = client.get("/api/paths", params={"source": CHAPMAN, "target": "country:KP",
                                                "types": "LOVES"})
    assert bad_type.status_code == 422
    assert bad_type.json()["detail"] == "types: unknown relationship type 'LOVES'"
    same = client.get("/api/paths", params={"source": CHAPMAN, "target": CHAPMAN}).json()
    assert same["shortest"]["length"] == 0 and same["alternatives"] == []


def test_neighbors_paginate_without_gaps(client: TestClient) -> None:
    whole = client.get(f"/api/entities/{SOBAEKSU}/neighbors", params={"limit": 200}).json()
    assert whole["total"] == len(whole["items"])
    ids = [(i["relationship"]["id"], i["node"]["id"]) for i in whole["items"]]
    pages: list[tuple[str, str]] = []
    offset = 0
    while True:
        page = client.get(f"/api/entities/{SOBAEKSU}/neighbors",
                          params={"limit": 2, "offset": offset}).json()
        pages += [(i["relationship"]["id"], i["node"]["id"]) for i in page["items"]]
        assert page["total"] == whole["total"] and page["offset"] == offset
        offset += 2
        if offset >= page["total"]:
            break
    assert pages == ids
    for item in whole["items"]:
        assert item["depth"] == 1
        assert SOBAEKSU in (item["relationship"]["source"], item["relationship"]["target"])


def test_neighbors_deeper_and_typed(client: TestClient) -> None:
    body = client.get(f"/api/entities/{CHAPMAN}/neighbors",
                      params={"depth": 2, "limit": 200}).json()
    depths = [i["depth"] for i in body["items"]]
    assert depths == sorted(depths) and set(depths) == {1, 2}
    for item in body["items"]:
        assert len(item["via"]) == item["depth"] - 1
    typed = client.get(f"/api/entities/{CHAPMAN}/neighbors",
                       params={"types": "FACILITATED"}).json()
    assert typed["types"] == ["FACILITATED"]
    assert [i["node"]["id"] for i in typed["items"]] == ["organization:dprk-it-workers"]


def test_neighbors_on_a_hub_respect_limits(client: TestClient) -> None:
    body = client.get("/api/entities/country:KP/neighbors",
                      params={"depth": 3, "limit": 10}).json()
    assert len(body["items"]) == 10 and body["total"] > 10
    too_many = client.get("/api/entities/country:KP/neighbors", params={"limit": 5000})
    assert too_many.status_code == 422
