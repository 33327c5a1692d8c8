"""Names typed by their apposition and by the list they stand in (session 30).
Paraphrases with invented names; each with a look-alike that must not change type."""

from __future__ import annotations

from graph.model import ExtractedEntity
from tests.extract.conftest import extract


def _of(text: str) -> dict[str, ExtractedEntity]:
    return {e.name: e for e in extract(text, doc_type="news").entities}


def _type(text: str, name: str) -> str | None:
    found = _of(text).get(name)
    return found.type if found is not None else None


def test_a_name_opening_a_list_of_people_is_a_person() -> None:
    text = ("Audricus Phagnasay, Jason Salazar and Alexander Paul Travis pleaded guilty to "
            "wire fraud conspiracy for hosting laptops for North Korean IT workers.")
    assert _type(text, "Audricus Phagnasay") == "Person"


def test_a_name_after_people_with_ages_is_a_person() -> None:
    text = ("Ravi Tello, 41, Dana Kroft, 38, and Audricus Phagnasay were charged with "
            "hosting laptops for North Korean IT workers.")
    assert _type(text, "Audricus Phagnasay") == "Person"
    # beside one person only, a body the model read stays what it was: the list may join
    # a person and a company
    look = "The workers were hired by Dana Kroft and Tallow Point Holdings in 2021."
    assert _type(look, "Tallow Point Holdings") == "Organization"


def test_a_name_the_model_read_as_a_place_is_a_person_in_a_list_of_people() -> None:
    text = ("Corvin Ashdale, Marta Quillen and Bertrand Olufsen pleaded guilty to hosting "
            "laptops for North Korean IT workers.")
    assert _type(text, "Bertrand Olufsen") == "Person"


def test_a_description_of_a_body_in_apposition_types_the_name() -> None:
    text = ("Pelgrave Nox, a Chinese software house, paid North Korean IT workers $40,000 "
            "in 2022.")
    assert _type(text, "Pelgrave Nox") == "Organization"
    # a person described as a member of a group stays a person
    look = ("Corvin Ashdale, a member of a hacking group, paid North Korean IT workers "
            "$40,000 in 2022.")
    assert _type(look, "Corvin Ashdale") == "Person"
