"""A bare family name points back to the person introduced before it: a namesake the text
introduces later does not make it ambiguous (names invented for the test)."""

from __future__ import annotations

from graph.model import Extraction
from tests.extract.conftest import extract, relations

_TEXT = (
    "Corliss Vandermeer, 52, of Akron, Ohio, was sentenced today to 30 months in prison.\n\n"
    "According to court documents, Vandermeer hosted company laptops at his home for North "
    "Korean IT workers and helped the workers obtain remote jobs with U.S. companies.\n\n"
    "Vandermeer's brother, Ansel Vandermeer, was not charged. Vandermeer will also serve three "
    "years of supervised release.")


def _mentions(result: Extraction, name: str) -> list[str]:
    person = next(e for e in result.entities if e.name == name)
    return [m.text for m in person.mentions]


def test_a_surname_before_a_namesake_is_introduced_is_the_first_person() -> None:
    result = extract(_TEXT, doc_type="sentencing")
    assert ("Corliss Vandermeer", "DPRK IT workers") in relations(result, "FACILITATED")
    assert not [s for s, _ in relations(result, "FACILITATED") if s == "Ansel Vandermeer"]
    # after the brother is named, a bare "Vandermeer" could be either: it stays bare
    corliss = _mentions(result, "Corliss Vandermeer")
    assert corliss.count("Vandermeer") + corliss.count("Vandermeer's") == 2
    assert _mentions(result, "Ansel Vandermeer") == ["Ansel Vandermeer"]
