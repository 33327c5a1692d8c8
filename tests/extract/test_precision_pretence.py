"""A pretence states no fact (extract/pretence.py): what someone made it appear, posed as or
gave the impression of; nor is the scheme's worker collective a defendant
(extract/frames/_cases.py). Paraphrases with new names, each paired with a look-alike whose
fact is really stated and must still be read.
"""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_the_impression_of_a_place_places_nobody() -> None:
    result = extract(
        "To give the impression that the North Korean IT workers were based in the "
        "United States, "
        "Dana Whitfield hosted their laptops in her home.")
    assert not any(b == "United States" for _, b in relations(result, "LOCATED_IN"))


def test_a_place_stated_beside_the_pretence_is_still_read() -> None:
    result = extract(
        "Hwasong Trading Company, which is based in Russia, posed as a Polish software firm.")
    assert ("Hwasong Trading Company", "Russia") in relations(result, "LOCATED_IN")


def test_what_was_made_to_appear_is_not_read() -> None:
    result = extract(
        "Dana Whitfield made it appear that Hwasong Trading Company was located in Canada.")
    assert ("Hwasong Trading Company", "Canada") not in relations(result, "LOCATED_IN")


def test_a_company_located_in_a_place_that_appears_on_a_list_is_read() -> None:
    result = extract("Hwasong Trading Company, a company located in Canada, appears on "
                     "the list.")
    assert ("Hwasong Trading Company", "Canada") in relations(result, "LOCATED_IN")


def test_a_pretended_employer_employs_nobody() -> None:
    for text in ("Pak Chol Jin pretended to work for Larkspur Digital LLC.",
                 "Pak Chol Jin posed as an employee of Larkspur Digital LLC.",
                 "Pak Chol Jin appeared to work for Larkspur Digital LLC."):
        assert not relations(extract(text), "EMPLOYED_AT"), text


def test_an_employer_stated_outright_is_read() -> None:
    result = extract("Pak Chol Jin, who posed as a Canadian, worked for Larkspur Digital LLC.")
    assert ("Pak Chol Jin", "Larkspur Digital LLC") in relations(result, "EMPLOYED_AT")


def test_the_worker_collective_is_no_defendant() -> None:
    result = extract("Fourteen North Korean nationals were indicted in March. Beyond their "
                     "wages, these North Korean IT workers are accused of extorting "
                     "their employers.", doc_type="court_release")
    assert not any("workers" in a for a, _ in relations(result, "DEFENDANT_IN"))


def test_a_named_person_accused_is_still_a_defendant() -> None:
    result = extract("Beyond his wages, Kim Chol Ung is accused of extorting his employers.",
                     doc_type="court_release")
    assert any(a == "Kim Chol Ung" for a, _ in relations(result, "DEFENDANT_IN"))
