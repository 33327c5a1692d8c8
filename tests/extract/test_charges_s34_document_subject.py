"""Session 34: a charging document as the subject of "charges" ("A complaint unsealed today
charges X with ..."), where the parser misreads "charges" as a noun or gives it X for a
second subject (extract/frames/charges.py, charge-document)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _charged(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="indictment",
                             issuers=[{"country": "US", "agency": "Department of Justice"}]),
                     "DEFENDANT_IN")


def test_the_one_a_charging_document_charges_is_a_defendant() -> None:
    assert ("Ignatius Wolberg", "United States v. Ignatius Wolberg") in _charged(
        "A criminal complaint unsealed Friday charges Ignatius Wolberg, 58, of Reno, Nevada, "
        "with conspiracy to commit bank fraud.")
    assert ("Ignatius Wolberg", "United States v. Ignatius Wolberg") in _charged(
        "The indictment filed Wednesday charges Ignatius Wolberg with money laundering "
        "conspiracy.")


def test_a_denied_or_reported_charge_names_no_defendant() -> None:
    assert _charged("The indictment does not charge Ignatius Wolberg.") == []
    assert _charged("The complaint charges that Ignatius Wolberg opened bank accounts.") == []
