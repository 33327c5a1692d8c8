""""<Person> of <State>" places the person in the state's country (a place the gazetteer
knows, in a document that names the country); "of the <body>" and "of <firm>" place nobody.
Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

OPENING = "The case was brought in the United States. "


def located(sentence: str) -> list[tuple[str, str]]:
    return relations(extract(OPENING + sentence, doc_type="news"), "LOCATED_IN")


def test_a_person_of_a_state_lives_in_its_country() -> None:
    assert ("Dana Lee Whitcombe", "United States") in located(
        "Dana Lee Whitcombe of Arizona was sentenced to 40 months in prison.")


def test_of_a_body_or_a_firm_is_no_residence() -> None:
    assert not [p for p, _ in located("Judge Maria Reyes of the District Court sentenced "
                                      "him.") if p == "Maria Reyes"]
    assert not [p for p, _ in located("Zhou Minghao of Harrow Freight moved the money.")
                if p == "Zhou Minghao"]
