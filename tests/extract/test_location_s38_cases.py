"""Where a court case is (docs/annotation.md): the place of the court or of a case's act,
not any place its sentence names, and in a sentence telling several cases, only the case
the place is written with."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _cases_located(text: str) -> set[str]:
    return {s for s, t in relations(extract(text, doc_type="press_release"), "LOCATED_IN")
            if s.startswith("United States v.") and t == "United States"}


def test_a_place_of_the_scheme_is_no_place_of_the_case() -> None:
    # "jobs in the United States" says where the jobs were, not where the court sits
    assert _cases_located("Corwin Baleford pleaded guilty to helping North Korean workers "
                          "get jobs in the United States.") == set()


def test_the_place_of_a_plea_places_the_case() -> None:
    assert _cases_located("Corwin Baleford pleaded guilty in Nashville to helping North "
                          "Korean workers get jobs in the United States.") == {
        "United States v. Corwin Baleford"}


def test_a_state_case_is_the_case_it_describes_alone() -> None:
    text = ("In United States v. Baleford, Corwin Baleford of Ohio was sentenced in 2025 to "
            "ten months, and in United States v. Tressel, a Maryland case over remote jobs at "
            "United States firms, Mara Tressel was sentenced in 2026 to six months.")
    assert _cases_located(text) == {"United States v. Mara Tressel"}
