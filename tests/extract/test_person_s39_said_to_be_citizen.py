"""A name that opens a sentence saying it is a citizen or a national is a person's name,
whatever the model made of it (extract/components/open_names.py). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_PLEA = " He pleaded guilty to conspiracy to commit wire fraud."


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extract(text, doc_type="news").entities}


def test_a_citizen_by_copula_is_a_person_and_the_defendant() -> None:
    text = "Bao Quoc Thinh Lam is a Vietnamese-born naturalized US citizen." + _PLEA
    assert _types(text).get("Bao Quoc Thinh Lam") == "Person"
    found = extract(text, doc_type="news")
    assert relations(found, "DEFENDANT_IN") == [
        ("Bao Quoc Thinh Lam", "United States v. Bao Quoc Thinh Lam")]


def test_look_alikes_give_no_person() -> None:
    # a trade noun may describe a firm; only a civil status is said of people alone
    assert _types("Hanul Bit Soft is a Chinese developer.").get("Hanul Bit Soft") != "Person"
    # the citizen is the owner, not the firm the sentence names on the way
    text = "The owner of Hanul Bit Soft is a Chinese national."
    assert _types(text).get("Hanul Bit Soft") != "Person"
