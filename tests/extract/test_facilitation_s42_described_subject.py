"""FACILITATED: "P, 41, of <town>, <state>, hosted laptops for ..." where the parser makes the
name the root and "hosted laptops" its apposition (session 42, en24). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_hosted_after_age_and_town() -> None:
    result = extract("Marcus Delaney Pruitt, 41, of Tulsa, Oklahoma, hosted laptops for North "
                     "Korean IT workers at his residence.", doc_type="sentencing")
    assert ("Marcus Delaney Pruitt", "DPRK IT workers") in relations(result, "FACILITATED")


def test_a_described_owner_of_rented_laptops_is_no_helper() -> None:
    result = extract("Marcus Delaney Pruitt, the owner of rented laptops for North Korean IT "
                     "workers.", doc_type="sentencing")
    assert relations(result, "FACILITATED") == []


def test_seizing_laptops_is_no_help() -> None:
    result = extract("Marcus Delaney Pruitt, 41, of Tulsa, Oklahoma, seized laptops for North "
                     "Korean IT workers.", doc_type="sentencing")
    assert relations(result, "FACILITATED") == []


def test_reshipped_laptops_to_the_workers() -> None:
    # the lemmatizer gives "reshipped" as "reshippe"
    result = extract("Nina Peterson reshipped laptops to North Korean IT workers in China.",
                     doc_type="sentencing")
    assert relations(result, "FACILITATED") == [("Nina Peterson", "DPRK IT workers")]


def test_reshipped_to_a_relative_is_no_help() -> None:
    result = extract("Nina Peterson reshipped laptops to her sister in Ohio.",
                     doc_type="sentencing")
    assert relations(result, "FACILITATED") == []
