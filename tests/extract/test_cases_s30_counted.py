"""Defendants a counted plural names after a colon ("an indictment against five men: A and
B, both North Korean nationals, and C, D and E") are the defendants, when there are as many
as the count says; a count that does not match names nobody, and a counted group the
charge is ABOUT (the victims) is no defendant (sentences and names invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_DOJ = [{"country": "US", "agency": "Department of Justice"}]


def _defendants(text: str) -> set[str]:
    result = extract(text, doc_type="court_release", issuers=_DOJ)
    return {person for person, _ in relations(result, "DEFENDANT_IN")}


def test_counted_defendants_after_a_colon() -> None:
    found = _defendants(
        "A federal grand jury in Omaha returned an indictment against four men: Ryom Chol-Su "
        "and Kye Hyon-Gi, both North Korean nationals, and Dario Vantelli and Tobias Wendt.")
    assert found == {"Ryom Chol-Su", "Kye Hyon-Gi", "Dario Vantelli", "Tobias Wendt"}


def test_counted_defendants_of_a_charging_verb() -> None:
    found = _defendants("Prosecutors charged three people: Ines Marlow, 44, of Tulsa; "
                        "Cao Renjie, a Chinese national; and Ho Kwang-Il.")
    assert found == {"Ines Marlow", "Cao Renjie", "Ho Kwang-Il"}


def test_a_count_that_does_not_match_names_nobody() -> None:
    found = _defendants("A federal grand jury returned an indictment against five men: Ryom "
                        "Chol-Su and Dario Vantelli were among them.")
    assert found == set()


def test_counted_victims_are_no_defendants() -> None:
    found = _defendants("Dario Vantelli was charged with defrauding three companies: Brisk "
                        "Ledger LLC, Tannery Row Inc. and Holm Systems Inc.")
    assert found == {"Dario Vantelli"}
