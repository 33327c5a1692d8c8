"""Session 35: one charged "for his part (role) in a scheme that brought in $N" has a share
in the scheme; its money is the workers' (the document's collective), not his
(extract/frames/revenue.py, _charged_with), while one charged with the scheme itself keeps
the scheme's money as the charge tells it."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_DOJ = [{"country": "US", "agency": "Department of Justice"}]


def _earners(text: str) -> set[str]:
    found = relations(extract(text, doc_type="indictment", issuers=_DOJ),
                      "GENERATED_REVENUE_FOR")
    return {earner for earner, _ in found}


def test_a_share_in_a_scheme_is_not_its_money() -> None:
    earners = _earners(
        "Bertram Quillen, 60, of Provo, Utah, was arrested Monday for his role in a "
        "conspiracy that earned more than $1.2 million for the DPRK. Quillen kept company "
        "laptops at his home for North Korean IT workers.")
    assert "Bertram Quillen" not in earners
    assert "DPRK IT workers" in earners


def test_one_charged_with_the_scheme_keeps_its_money() -> None:
    assert "Bertram Quillen" in _earners(
        "Bertram Quillen, 60, of Provo, Utah, was charged Monday with a conspiracy that "
        "earned more than $1.2 million for the DPRK.")
