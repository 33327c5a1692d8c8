"""Defendants named after the group the charging participle describes: "Those charged are
A, B and C", "A was among nine people charged"
(extract/frames/charges.py). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _defendants(text: str) -> list[str]:
    found = extract(text, doc_type="indictment", issuers=[{"country": "US"}])
    return sorted(source for source, _ in relations(found, "DEFENDANT_IN"))


def test_the_complement_of_those_charged_names_the_defendants() -> None:
    assert _defendants("The four charged are Kim Chol Nam, Ri Song Il, Pak Un Hye and "
                       "Jo Myong Su.") == ["Jo Myong Su", "Kim Chol Nam", "Pak Un Hye",
                                           "Ri Song Il"]
    assert _defendants("Those charged are Kim Chol Nam and Ri Song Il.") == [
        "Kim Chol Nam", "Ri Song Il"]


def test_one_counted_among_those_charged_is_a_defendant() -> None:
    assert _defendants("A Nevada man, Dario Ashton, was among nine people charged "
                       "Monday.") == ["Dario Ashton"]


def test_speakers_and_officials_beside_the_charging_word_are_no_defendants() -> None:
    assert _defendants("Those charged are expected to appear in court, said Dario "
                       "Ashton.") == []
    assert _defendants("Dario Ashton was among the officials who charged the "
                       "defendants.") == []
