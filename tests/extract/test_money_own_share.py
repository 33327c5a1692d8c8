"""A person's own part of the money stated with a copula (extract/frames/income_share.py):
paraphrases with invented names, each with a look-alike that must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _revenue(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news"), "GENERATED_REVENUE_FOR")


def test_a_persons_share_or_cut_is_his_revenue() -> None:
    assert _revenue("Tom Baxter hosted the laptops. Tom Baxter's share was more than "
                    "$12,000.") == [("Tom Baxter", "USD 12000")]
    assert _revenue("Tom Baxter hosted laptops. Baxter's cut of the proceeds was about "
                    "$8,500.") == [("Tom Baxter", "USD 8500")]


def test_a_fine_a_loss_or_a_share_that_would_have_been_is_no_revenue() -> None:
    assert _revenue("Tom Baxter's fine was more than $12,000.") == []
    assert _revenue("Orion Media LLC's loss was more than $12,000.") == []
    assert _revenue("Tom Baxter's share would have been more than $12,000.") == []
