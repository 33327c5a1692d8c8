"""Session 41: "the F.B.I.", the dotted spelling some newspapers use, is the FBI
(extract/gazetteer/agencies.yaml), so an advisory it released has its issuer. Invented
sentences."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_the_dotted_acronym_issues() -> None:
    result = extract("The Department of Labor and the F.B.I. released a joint notice on "
                     "Monday.", doc_type="news", date="2024-06-12")
    assert ("Federal Bureau of Investigation", "joint notice") in relations(result, "ISSUED")
