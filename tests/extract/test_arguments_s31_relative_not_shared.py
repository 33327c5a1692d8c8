"""A relative clause on the first of two repeated prepositions is that object's alone
(names invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_TEXT = ("A federal jury convicted an Ohio couple who ran a laptop farm for North Korean IT "
         "workers.\n\nEvidence at trial showed that Wendell Pruitt and Odile Pruitt received "
         "laptops from Carraway Optics Inc., which had hired three of the workers, and from "
         "Lindqvist Marine Corp.")


def test_the_clause_of_the_first_object_is_not_the_seconds() -> None:
    employers = {c for _, c in relations(extract(_TEXT, doc_type="sentencing"), "EMPLOYED_AT")}
    assert "Lindqvist Marine Corp." not in employers
