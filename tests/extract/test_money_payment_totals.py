"""Payments that total a sum are the payer's money going out (extract/frames/totals.py),
and a payment received names its payer; one asked for was not made
(extract/frames/payment.py): paraphrases with invented names, each with a look-alike."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _rel(text: str, rtype: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news"), rtype)


def test_payments_from_a_firm_that_total_a_sum() -> None:
    assert _rel("Payments from Orion Media LLC totaled at least $866,255.", "PAID") == [
        ("Orion Media LLC", "USD 866255")]
    text = "Orion Media LLC's payments to Park Chol Su reached $50,000."
    assert _rel(text, "PAID") == [("Orion Media LLC", "USD 50000")]
    assert _rel(text, "GENERATED_REVENUE_FOR") == [("Park Chol Su", "USD 50000")]


def test_the_payer_earned_nothing_and_losses_are_no_payment() -> None:
    assert ("Orion Media LLC", "USD 50000") not in _rel(
        "Orion Media LLC's payments to Park Chol Su reached $50,000.",
        "GENERATED_REVENUE_FOR")
    assert _rel("The losses of Orion Media LLC totaled $50,000.", "PAID") == []


def test_payments_received_from_a_firm_and_payments_demanded() -> None:
    assert _rel("Park Chol Su received payments of $50,000 from Orion Media LLC.",
                "PAID") == [("Orion Media LLC", "USD 50000")]
    assert _rel("Park Chol Su demanded payments of $50,000 from Orion Media LLC.",
                "PAID") == []


def test_a_firm_paid_by_a_firm_earned_no_wages() -> None:
    assert _rel("Payments to Vesta LLC from Orion Media LLC came to $50,000.",
                "GENERATED_REVENUE_FOR") == []
    assert _rel("Orion Media LLC paid Vesta LLC more than $50,000.",
                "GENERATED_REVENUE_FOR") == []


def test_money_paid_to_someone_in_wages_is_their_pay() -> None:
    assert _rel("Orion Media LLC paid more than $900,000 in salaries to North Korean IT "
                "workers.", "GENERATED_REVENUE_FOR") == [("DPRK IT workers", "USD 900000")]
    assert _rel("Orion Media LLC paid $5,000 in wages to Park Chol Su.",
                "GENERATED_REVENUE_FOR") == [("Park Chol Su", "USD 5000")]


def test_money_paid_to_someone_not_as_wages_or_to_one_worker() -> None:
    assert _rel("Orion Media LLC paid more than $900,000 to North Korean IT workers.",
                "GENERATED_REVENUE_FOR") == []
    assert _rel("Orion Media LLC paid $5,000 in wages to one of the North Korean IT "
                "workers.", "GENERATED_REVENUE_FOR") == []
    assert _rel("Orion Media LLC agreed to pay $5,000 in wages to Park Chol Su.",
                "GENERATED_REVENUE_FOR") == []
