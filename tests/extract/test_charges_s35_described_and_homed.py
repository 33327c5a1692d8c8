"""Session 35: defendants a charging sentence names by description or by home.

- "charges Russian nationals A and B", "Also indicted are Singaporean nationals A and B": the
  parser heads the phrase on the plural description, the names hang in apposition on it
  (extract/described_by.py); every name is the defendant, the description is not.
- "An indictment charges <First Last> of <State> with ...": an unfamiliar name in the slot of
  a charging verb, with the defendant's home after it, is a person even where the model
  misses it or reads it as a company (extract/components/charged_names.py).
- The charge's offences are named whole ("conspiracy to commit money laundering").
"""

from __future__ import annotations

from graph.model import Extraction
from tests.extract.conftest import extract, relations

_DOJ = [{"country": "US", "agency": "Department of Justice"}]


def _doc(text: str) -> Extraction:
    return extract(text, doc_type="indictment", issuers=_DOJ)


def test_a_plural_description_stands_for_the_names_after_it() -> None:
    result = _doc(
        "Ulric Stannard, 62, of Helena, Montana, was charged Thursday with wire fraud. "
        "Also indicted are Singaporean nationals Haziq Norwanto and Farida Osmanli.")
    found = relations(result, "DEFENDANT_IN")
    for person in ("Ulric Stannard", "Haziq Norwanto", "Farida Osmanli"):
        assert (person, "United States v. Ulric Stannard") in found


def test_names_under_a_description_are_no_defendants_of_an_unmade_charge() -> None:
    for text in ("Prosecutors said Singaporean nationals Haziq Norwanto and Farida Osmanli "
                 "could face charges.",
                 "Singaporean nationals Haziq Norwanto and Farida Osmanli were not charged."):
        assert relations(_doc(text), "DEFENDANT_IN") == []


def test_a_name_charged_with_its_home_is_a_person() -> None:
    result = _doc("A two-count indictment charges Evander Sallow of Montana with "
                  "conspiracy to commit money laundering.")
    assert ("Evander Sallow", "United States v. Evander Sallow") in relations(
        result, "DEFENDANT_IN")
    charged = [r for r in result.relations if r.type == "CHARGED_WITH"]
    assert charged and charged[0].properties["charges"] == [
        "conspiracy to commit money laundering"]
    result = _doc("The complaint charges Evander Sallow of Montana with conspiracy to commit "
                  "identity theft and conspiracy to violate the International Emergency "
                  "Economic Powers Act.")
    charged = [r for r in result.relations if r.type == "CHARGED_WITH"]
    assert charged and charged[0].properties["charges"] == [
        "conspiracy to commit identity theft",
        "conspiracy to violate the international emergency economic powers act"]
    result = _doc("The grand jury indicted Roslyn Mabry of Tulsa, Oklahoma, on charges of "
                  "bank fraud.")
    assert ("Roslyn Mabry", "United States v. Roslyn Mabry") in relations(
        result, "DEFENDANT_IN")


def test_a_company_charged_with_its_home_stays_a_company() -> None:
    result = _doc("An indictment charges Ashgrove Trading of Ohio with wire fraud.")
    assert "Ashgrove Trading" not in {e.name for e in result.entities if e.type == "Person"}
