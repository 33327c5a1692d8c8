"""A firm charged without a legal form, "<Name> <Trade> of <State>", is no person although
a person charged is written the same way ("<First> <Last> of <State>",
extract/components/charged_names.py)."""

from __future__ import annotations

from tests.extract.conftest import extract


def _types(text: str) -> dict[str, str]:
    result = extract(text, doc_type="press_release", issuers=[{"country": "US"}])
    return {e.name: e.type for e in result.entities}


def test_a_firm_named_by_its_trade_is_no_person() -> None:
    found = _types("The indictment charges Tallmere Outsourcing of Nevada with wire fraud.")
    assert found.get("Tallmere Outsourcing") != "Person"


def test_a_firm_a_description_calls_one_is_no_person() -> None:
    found = _types("The indictment charges Corvell Dunmore of Idaho, a payroll company, "
                   "with wire fraud.")
    assert found.get("Corvell Dunmore") != "Person"


def test_a_person_charged_from_home_stays_a_person() -> None:
    found = _types("The indictment charges Corvell Dunmore of Idaho with wire fraud.")
    assert found.get("Corvell Dunmore") == "Person"
