"""Session 35: a charge dismissed, dropped or withdrawn makes no defendant of the one it
named ("the charges against X were dismissed", "the judge threw out the indictment against
X"), while a charge standing against X still does (extract/frames/charges.py, charge-noun)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_DOJ = [{"country": "US", "agency": "Department of Justice"}]
_OPENING = ("Marguerite Olsby, 44, of Billings, Montana, was indicted Friday for renting out "
            "her identity to overseas programmers. ")


def _defendants(text: str) -> set[str]:
    found = relations(extract(_OPENING + text, doc_type="indictment", issuers=_DOJ),
                      "DEFENDANT_IN")
    return {person for person, _ in found}


def test_undone_charges_name_no_defendant() -> None:
    for text in ("The charges against Osric Pendleford were withdrawn in March.",
                 "A federal judge dismissed the indictment against Osric Pendleford.",
                 "The court ordered the dismissal of the charges against Osric Pendleford."):
        assert "Osric Pendleford" not in _defendants(text), text


def test_standing_charges_still_name_a_defendant() -> None:
    assert "Osric Pendleford" in _defendants(
        "The charges against Osric Pendleford remain pending.")
