"""The reads a hub's dossier makes fewer or smaller (api/services/dossier.py, money.py): a
payment's documents with its parties in one read, and the other ends of a page of facts with
only the properties asked for. Each must answer what the general reads answer. Both stores."""

from __future__ import annotations

import pytest

from graph import queries
from graph.store import GraphStore, NodeRow, RelRow

MONEY = ["PAID", "GENERATED_REVENUE_FOR", "FUNDED", "FORFEITED"]
PAYMENT = "payment:usd-4200-orchard"


@pytest.fixture
def store(falkor_store: GraphStore) -> GraphStore:
    return falkor_store


def _payment_graph(store: GraphStore) -> None:
    """An invented payment stated by three documents, surest in d2, paid by a shell company
    to a trading firm; a second company unrelated to it."""
    store.upsert_nodes("Document", [NodeRow(d, {"title": f"Release {d}"}, d)
                                    for d in ("d1", "d2", "d3")])
    payment = {"name": "USD 4200", "amount_usd": 4200, "kind": "payment"}
    store.upsert_nodes("Payment", [
        NodeRow(PAYMENT, payment, "d1", evidence=[(0, 20, "It paid $4,200.")], confidence=0.5),
        NodeRow(PAYMENT, payment, "d2", evidence=[(0, 22, "A wire of $4,200.")],
                confidence=0.9),
        NodeRow(PAYMENT, payment, "d3", evidence=[(4, 30, "The $4,200 transfer.")],
                confidence=0.7)])
    store.upsert_nodes("Organization", [
        NodeRow("organization:orchard-shell", {"name": "Orchard Shell", "kind": "company"},
                "d1"),
        NodeRow("organization:tidewater", {"name": "Tidewater Trading", "kind": "company"},
                "d2"),
        NodeRow("organization:lantern", {"name": "Lantern Works", "kind": "company"}, "d3")])
    store.upsert_relationships("PAID", [RelRow("organization:orchard-shell", PAYMENT, {}, "d1")])
    store.upsert_relationships("FUNDED", [RelRow(PAYMENT, "organization:tidewater", {}, "d2")])
    store.upsert_relationships("EMPLOYED_AT", [RelRow("organization:lantern",
                                                      "organization:tidewater", {}, "d3")])


def test_a_payments_documents_and_parties_come_in_one_read_as_the_general_reads_give_them(
        store: GraphStore) -> None:
    _payment_graph(store)
    general = {PAYMENT: store.get_entity_light(PAYMENT, cap=0)}
    store.attach_node_statements(general, cap=2)
    parties = store.payment_party_ids([PAYMENT], MONEY)

    one = {PAYMENT: store.get_entity_light(PAYMENT, cap=0)}
    found = store.attach_payment_documents(one, 2, MONEY)
    props = one[PAYMENT]["properties"]
    assert props["sources"] == ["d2", "d3"]  # the surest two of three
    assert props["sources"] == general[PAYMENT]["properties"]["sources"]
    assert props["sources_total"] == general[PAYMENT]["properties"]["sources_total"] == 3
    assert sorted(found[PAYMENT]) == sorted(parties[PAYMENT]) == [
        "organization:orchard-shell", "organization:tidewater"]
    assert "statements" not in props  # the sentences are the relationship's to quote

    alone = {PAYMENT: store.get_entity_light(PAYMENT, cap=0)}
    assert store.attach_payment_documents(alone, 1) == {}  # no party types: none read
    assert alone[PAYMENT]["properties"]["sources"] == ["d2"]


def test_a_page_of_facts_reads_only_the_far_properties_asked_for(store: GraphStore) -> None:
    _payment_graph(store)
    types = ["EMPLOYED_AT", "FUNDED"]
    full = store.neighbors_light_per_type("organization:tidewater", types, limit=5)
    slim = store.neighbors_light_per_type("organization:tidewater", types, limit=5,
                                          far_properties=["name", "amount_usd"])
    assert [r["relationship"] for r in slim] == [r["relationship"] for r in full]
    assert {r["node"]["properties"]["id"]: r["node"]["properties"] for r in slim} == {
        "organization:lantern": {"id": "organization:lantern", "name": "Lantern Works"},
        PAYMENT: {"id": PAYMENT, "name": "USD 4200", "amount_usd": 4200}}
    assert any("kind" in r["node"]["properties"] for r in full)
    with pytest.raises(ValueError, match="not property names"):
        store.neighbors_light_per_type("organization:tidewater", types,
                                       far_properties=["name} RETURN 1 //"])


def test_a_page_of_facts_asks_only_for_what_its_far_end_can_hold() -> None:
    """The model names the labels at each end of a relationship type and the properties of
    each label: the far end's other properties are null on every row, so a page of one type
    does not ask for them (a hub's dossier asked for 15 on each of its 125 facts)."""
    far = ["name", "amount_usd", "court", "code"]
    # a person or organization employs: neither holds an amount, a court or a code
    assert queries.far_names(far, "EMPLOYED_AT", False) == ["id", "name"]
    # what funded someone may be a Payment, which holds its amount
    assert queries.far_names(far, "FUNDED", False) == ["id", "name", "amount_usd"]
    # where someone is located is a Country, which holds its code
    assert queries.far_names(far, "LOCATED_IN", True) == ["id", "name", "code"]
    # the aggregate every entity holds is kept; no type given, everything asked is sent
    assert queries.far_names(["doc_count"], "EMPLOYED_AT", True) == ["id", "doc_count"]
    assert queries.far_names(far) == ["id", *far]
