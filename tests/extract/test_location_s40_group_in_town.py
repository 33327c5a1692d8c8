""""IT workers in Vladivostok": a group noun with a town after "in" is in the state the
gazetteer places the town in, when the document names that state (extract/frames/
location.py, `location-group`). Invented wording."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _places(text: str) -> list[tuple[str, str]]:
    return sorted(relations(extract(text, doc_type="news"), "LOCATED_IN"))


def test_workers_in_a_town_are_in_its_state() -> None:
    assert _places("Russia has hosted North Korean laborers for years. DPRK IT workers in "
                   "Vladivostok earned the money.") == [("DPRK IT workers", "Russia")]
    assert _places("China is the main host. A delegation of DPRK IT workers in Shenyang "
                   "built the applications.") == [("DPRK IT workers", "China")]


def test_a_town_whose_state_the_document_never_names_places_no_one() -> None:
    assert _places("DPRK IT workers in Vladivostok earned the money.") == []


def test_a_person_who_recruited_workers_in_a_town_is_not_placed_there() -> None:
    assert _places("Russia has hosted North Korean laborers. Kim Se Un recruited workers in "
                   "Vladivostok.") == []
