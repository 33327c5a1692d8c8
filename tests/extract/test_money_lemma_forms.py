"""Verbs the lemmatizer gives an odd lemma ("routed" -> "rout", "onboarded" -> "onboarde")
are still read by their frames, and the one paid read as a second object: paraphrases
with invented names, each with a look-alike that must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _rel(text: str, rtype: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news"), rtype)


def test_onboarded_and_routed() -> None:
    assert _rel("Orion Media LLC onboarded Park Chol Su in 2022.", "EMPLOYED_AT") == [
        ("Park Chol Su", "Orion Media LLC")]
    assert ("USD 400000", "North Korea") in _rel(
        "Park Chol Su routed $400,000 to North Korea.", "FUNDED")
    # a plan to route money moved none
    assert _rel("Park Chol Su planned to route $400,000 to North Korea.", "FUNDED") == []


def test_the_one_paid_as_a_second_object_beside_a_number() -> None:
    assert _rel("Orion Media LLC paid the North Korean IT workers more than $1 million.",
                "GENERATED_REVENUE_FOR") == [("DPRK IT workers", "USD 1000000")]
    # one worker's pay is not the collective's; a payment without a number names no pay
    assert _rel("Orion Media LLC paid one of the North Korean IT workers $70,000.",
                "GENERATED_REVENUE_FOR") == []
    assert _rel("Orion Media LLC paid the North Korean IT workers through accounts in "
                "China.", "GENERATED_REVENUE_FOR") == []
