"""Identities that do not join strangers: payments by document and context, one Sanction per
designation act however many documents report it. Real extractor and a real FalkorDB graph."""

from __future__ import annotations

from functools import lru_cache

import pytest

from extract.extractor import Extractor
from graph.ids import payment_id, sanction_id
from graph.ingest import forget, ingest_extraction
from graph.model import DocumentMeta
from graph.store import GraphStore
from tests.test_ingest import entity, extraction, relation


@lru_cache(maxsize=1)
def _extractor() -> Extractor:
    return Extractor()


def _payments(store: GraphStore) -> list[dict[str, object]]:
    return store.run("MATCH (p:Payment) RETURN p.id AS id, p.amount_usd AS usd, p.kind AS kind, "
                     "p.doc_count AS docs ORDER BY p.id")


def test_the_same_amount_in_two_documents_about_different_schemes_is_two_payments(
        falkor_store: GraphStore) -> None:
    texts = {
        "d-revenue": "Prosecutors said the laptop farm scheme generated $5,000,000 in revenue "
                     "for North Korea.",
        "d-reward": "The Department of State offers a reward of up to $5,000,000 for "
                    "information on the cyber actors.",
    }
    for doc, text in texts.items():
        meta = DocumentMeta(doc, f"Title {doc}", "news", "2024-01-02", "en")
        ingest_extraction(falkor_store, _extractor().extract(text, meta))
    payments = _payments(falkor_store)
    assert [p["usd"] for p in payments] == [5_000_000, 5_000_000]
    assert len({p["id"] for p in payments}) == 2 and all(p["docs"] == 1 for p in payments)
    assert {str(p["id"]).split("#")[0] for p in payments} == {"payment:d-revenue",
                                                             "payment:d-reward"}


def test_payment_ids_never_rest_on_the_amount_alone() -> None:
    same = payment_id("doc-a", 17_000_000, "revenue")
    assert same == payment_id("doc-a", 17_000_000, "revenue")  # stable across re-ingest
    assert same != payment_id("doc-b", 17_000_000, "revenue")
    assert same != payment_id("doc-a", 17_000_000, "reward_offer")
    assert payment_id("doc-a", 5, "wages", party="person:x") != payment_id(
        "doc-a", 5, "wages", party="person:y")


DATES = {"d-release": "2023-05-23", "d-report": "2023-05", "d-review": "2023"}


def _designation(doc: str, date: str):  # type: ignore[no-untyped-def]
    text = (f"The Office of Foreign Assets Control designated Chinyong Information Technology "
            f"Cooperation Company pursuant to E.O. 13722 on {date}.")
    ofac = entity(text, "Agency", "Office of Foreign Assets Control", country="US")
    target = entity(text, "Organization", "Chinyong Information Technology Cooperation Company",
                    kind="front_company")
    return extraction(doc, text, [ofac, target],
                      [relation(text, "DESIGNATED", ofac, target, text, date=date)])


def test_one_designation_in_three_documents_is_one_sanction_with_three_sources(
        falkor_store: GraphStore) -> None:
    for doc, date in DATES.items():
        ingest_extraction(falkor_store, _designation(doc, date))
    rows = falkor_store.run("MATCH (s:Sanction) RETURN s.id AS id, s.program AS program, "
                            "s.legal_basis AS basis, s.doc_count AS docs")
    target = "organization:chinyong-information-technology-cooperation-company"
    assert rows == [{"id": sanction_id("US", target, "2023"), "program": "DPRK3",
                     "basis": ["E.O. 13722"], "docs": 3}]
    sources = falkor_store.sanctions_of(target)[0]["sanction"]["properties"]["sources"]
    assert sorted(sources) == sorted(DATES)
    forget(falkor_store, "d-report")
    assert falkor_store.run("MATCH (s:Sanction) RETURN s.doc_count AS docs") == [{"docs": 2}]


@pytest.mark.parametrize("other", ["2024-02-01", ""])
def test_another_year_or_an_undated_report_is_not_joined(falkor_store: GraphStore,
                                                         other: str) -> None:
    ingest_extraction(falkor_store, _designation("d-2023", "2023-05-23"))
    ingest_extraction(falkor_store, _designation("d-other", other))
    assert len(falkor_store.run("MATCH (s:Sanction) RETURN s.id")) == 2


def test_a_facilitator_sees_the_revenue_of_the_scheme_with_the_hop(
        falkor_store: GraphStore) -> None:
    from api.services.dossier import dossier

    text = ("Smith helped the laptop workers get jobs. "
            "The laptop workers generated $17,100,000 in revenue.")
    smith = entity(text, "Person", "Smith")
    workers = entity(text, "Organization", "laptop workers", kind="worker_group")
    revenue = entity(text, "Payment", "USD 17100000", "$17,100,000", amount_usd=17_100_000,
                     kind="revenue")
    revenue.id = payment_id("d-scheme", 17_100_000, "revenue")
    first, second = text.split(". ")
    ingest_extraction(falkor_store, extraction("d-scheme", text, [smith, workers, revenue], [
        relation(text, "FACILITATED", smith, workers, first + "."),
        relation(text, "GENERATED_REVENUE_FOR", workers, revenue, second)]))
    money = dossier(falkor_store, smith.id).money
    (item,) = money.scheme
    assert (item.via, item.via_direction, item.scheme.id) == ("FACILITATED", "out", workers.id)
    assert item.money.amount_usd == 17_100_000 and item.money.documents == ["d-scheme"]
    assert item.via_sources == ["d-scheme"]
    assert money.incoming == [] and money.total_in_usd is None  # not her money
    assert dossier(falkor_store, workers.id).money.scheme == []  # ties to it are not its own
