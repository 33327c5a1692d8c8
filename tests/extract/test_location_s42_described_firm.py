"""LOCATED_IN for a firm the text describes without a name ("a token company based in
Serbia"): one described firm is placed, a class of many is not (session 42, en24).
Invented wording."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_one_described_firm_based_in_a_state() -> None:
    result = extract("Serbia hosts them. Kim Chol Ho was hired by a virtual token company "
                     "based in Serbia.", doc_type="indictment")
    assert ("virtual token company based in Serbia", "Serbia") in \
        relations(result, "LOCATED_IN")


def test_a_class_of_firms_is_not_placed() -> None:
    result = extract("North Korean IT workers were hired by dozens of U.S. firms based in the "
                     "United States.", doc_type="indictment")
    assert relations(result, "LOCATED_IN") == []


def test_a_definite_description_is_no_new_firm() -> None:
    # "the Russia-based company" refers back; it introduces no unnamed firm of its own
    result = extract("Russia hosts them. The Russia-based company was named in the filing.",
                     doc_type="indictment")
    assert relations(result, "LOCATED_IN") == []
