"""A list of defendants cut by semicolons, each part with its home ("A, B, all of Peru; C,
of Ohio; D and E of Chile were indicted"): the parser hangs the part after a semicolon on
the first name as its appositive, and every name of the list is a defendant
(extract/list_items.py). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_LIST = ("Ana Ruiz, Ben Talbot, Cora Lindqvist, all of Peru; Dario Ashton, of Ohio; "
         "Elena Moss and Fabio Marchetti of Chile were indicted on Monday.")


def _defendants(text: str) -> list[str]:
    found = extract(text, doc_type="indictment", issuers=[{"country": "US"}])
    return sorted(source for source, _ in relations(found, "DEFENDANT_IN"))


def test_every_part_of_the_semicolon_list_is_a_defendant() -> None:
    assert _defendants(_LIST) == ["Ana Ruiz", "Ben Talbot", "Cora Lindqvist", "Dario Ashton",
                                  "Elena Moss", "Fabio Marchetti"]


def test_a_person_after_a_semicolon_in_another_clause_is_no_defendant() -> None:
    text = ("Ana Ruiz, of Peru, was indicted on Monday; her lawyer, Dario Ashton, declined "
            "to comment.")
    assert "Dario Ashton" not in _defendants(text)
