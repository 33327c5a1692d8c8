"""'P, a North Korean national living in <town>, <state>, ...': the description with a
participle after it is still P's (no unnamed "North Korean national" of its own), and the
participle, hung on the name as an apposition, places P (session 42, en24). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_national_living_in_a_town() -> None:
    result = extract("China and Laos host them. Kim Chol Ho, a North Korean national living in "
                     "Vientiane, Laos, worked for Sobaeksu Trading Company.",
                     doc_type="indictment")
    assert relations(result, "LOCATED_IN") == [("Kim Chol Ho", "Laos")]
    # no unnamed "North Korean national" beside him, holding the job too
    assert relations(result, "EMPLOYED_AT") == [("Kim Chol Ho", "Sobaeksu Trading Company")]


def test_a_place_someone_only_visits_places_no_one() -> None:
    result = extract("China and Laos host them. Kim Chol Ho, a North Korean national visiting "
                     "Vientiane, Laos, met Sobaeksu Trading Company officials.",
                     doc_type="indictment")
    assert relations(result, "LOCATED_IN") == []


def test_a_facilitator_in_a_town() -> None:
    result = extract("China and Russia host them. Sobaeksu Trading Company paid Kim Chol Ho, a "
                     "facilitator in Vladivostok, Russia.", doc_type="indictment")
    assert ("Kim Chol Ho", "Russia") in relations(result, "LOCATED_IN")


def test_an_official_of_an_embassy_is_not_placed_by_it() -> None:
    result = extract("Russia hosts them. Kim Chol Ho, an official in the Russian embassy, "
                     "spoke.", doc_type="indictment")
    assert relations(result, "LOCATED_IN") == []
