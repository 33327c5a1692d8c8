"""A negative quantifier as subject or object denies the act of all it names: "Neither A nor
B was charged", "Treasury designated neither A nor B", "None of the firms was sanctioned".
The correlative opener is never part of the first name. Look-alikes: "Both A and B" and a
plain coordination keep their facts (sentences and names invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, named, relations

_DOJ = [{"country": "US", "agency": "Department of Justice"}]


def test_neither_nor_subject_denies_the_charge() -> None:
    result = extract("Neither Pellwood Analytics LLC nor its founder, Marten Holvik, was charged "
                     "in the case.", doc_type="court_release", issuers=_DOJ)
    assert relations(result, "DEFENDANT_IN") == []
    assert relations(result, "CHARGED_WITH") == []
    assert "Pellwood Analytics LLC" in named(result).values()
    assert not any(n.lower().startswith("neither") for n in named(result).values())


def test_neither_nor_object_denies_the_designation() -> None:
    result = extract("The Office of Foreign Assets Control designated neither Quarrow Trading "
                     "nor Bessemont Kim on Tuesday.")
    assert relations(result, "DESIGNATED") == []


def test_none_of_denies_the_designation() -> None:
    result = extract("None of the three firms, Quarrow Trading, Lindqvist Soft and Ardel "
                     "Networks, was designated by the Office of Foreign Assets Control.")
    assert relations(result, "DESIGNATED") == []


def test_both_and_keeps_the_designation() -> None:
    result = extract("Both Quarrow Trading Co., Ltd. and Lindqvist Soft LLC were designated by "
                     "the Office of Foreign Assets Control on Tuesday.")
    targets = {t for _, t in relations(result, "DESIGNATED")}
    assert {"Quarrow Trading Co., Ltd.", "Lindqvist Soft LLC"} <= targets
    assert not any(n.lower().startswith("both") for n in named(result).values())
