"""Plural references stand for a set the text listed, never a guessed one (names invented).
Each construction: one text where it resolves, and a look-alike where it must not."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

TREASURY = "Department of the Treasury"


def test_the_two_men_are_the_two_named_before() -> None:
    result = extract("The funds are linked to Dorin Valcu and to Emil Sarbu, who ran a "
                     "payment desk in Bucharest. Both men were sanctioned by the Treasury "
                     "Department in 2023.", doc_type="news")
    found = relations(result, "DESIGNATED")
    assert (TREASURY, "Dorin Valcu") in found
    assert (TREASURY, "Emil Sarbu") in found


def test_a_count_that_no_list_matches_stays_unresolved() -> None:
    result = extract("The funds are linked to Dorin Valcu, Emil Sarbu and Tavi Rusu. The two "
                     "men were sanctioned by the Treasury Department in 2023.", doc_type="news")
    assert not relations(result, "DESIGNATED")


def test_two_lists_of_that_size_are_ambiguous() -> None:
    result = extract("Dorin Valcu and Emil Sarbu met Tavi Rusu and Ilie Manea in Minsk. The two "
                     "men were sanctioned by the Treasury Department in 2023.", doc_type="news")
    assert not relations(result, "DESIGNATED")


def test_a_list_that_goes_on_past_the_names_is_not_the_set() -> None:
    result = extract("The funds are linked to Dorin Valcu and Emil Sarbu, and to an unnamed "
                     "courier. Both men were sanctioned by the Treasury Department in 2023.",
                     doc_type="news")
    assert not relations(result, "DESIGNATED")


def test_companies_are_not_men() -> None:
    result = extract("The funds moved through Norvane Trading LLC and Kestrel Soft Ltd. in "
                     "2022. Both men were sanctioned by the Treasury Department in 2023.",
                     doc_type="news")
    assert not relations(result, "DESIGNATED")


def test_a_counted_description_stands_for_the_names_it_announces() -> None:
    result = extract("A grand jury returned an indictment against three Moldovan nationals: "
                     "Dorin Valcu, Emil Sarbu and Tavi Rusu.", doc_type="indictment",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    defendants = {person for person, _ in relations(result, "DEFENDANT_IN")}
    assert defendants == {"Dorin Valcu", "Emil Sarbu", "Tavi Rusu"}
    assert not [e for e in result.entities if e.unnamed and e.type == "Person"]
    valcu = next(e for e in result.entities if e.name == "Dorin Valcu")
    assert "three Moldovan nationals" in {m.text for m in valcu.mentions}


def test_a_description_whose_count_differs_from_the_list_is_no_one() -> None:
    result = extract("A grand jury returned an indictment against four Moldovan nationals: "
                     "Dorin Valcu, Emil Sarbu and Tavi Rusu.", doc_type="indictment",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    named = [e for e in result.entities if e.name in {"Dorin Valcu", "Emil Sarbu", "Tavi Rusu"}]
    assert named and not [m for e in named for m in e.mentions if "nationals" in m.text]


def test_a_list_whose_items_carry_their_place_and_the_state_before_it() -> None:
    result = extract("Prosecutors named two companies controlled by North Korea, Norvane "
                     "Trading in China and Kestrel Soft in Russia, in the indictment.",
                     doc_type="news")
    found = relations(result, "CONTROLLED_BY")
    assert ("Norvane Trading", "North Korea") in found
    assert ("Kestrel Soft", "North Korea") in found
    # "North Korea, Norvane Trading" is an apposition, not a list of controllers
    assert ("Kestrel Soft", "Norvane Trading") not in found


DOJ = [{"country": "US", "agency": "Department of Justice"}]


def test_a_list_of_persons_each_with_age_and_town() -> None:
    result = extract("Dorin Valcu, 41, of Mesa, Arizona, and Emil Sarbu, 38, of Tempe, "
                     "Arizona, hosted laptops for the workers. Both men were indicted in "
                     "May 2024.", doc_type="indictment", issuers=DOJ)
    defendants = {person for person, _ in relations(result, "DEFENDANT_IN")}
    assert defendants == {"Dorin Valcu", "Emil Sarbu"}


def test_a_list_with_age_and_town_that_goes_on_is_not_the_set() -> None:
    result = extract("Dorin Valcu, 41, of Mesa, Arizona, and Emil Sarbu, 38, of Tempe, "
                     "Arizona, and a courier hosted laptops for the workers. Both men were "
                     "indicted in May 2024.", doc_type="indictment", issuers=DOJ)
    assert not relations(result, "DEFENDANT_IN")


def test_all_three_and_the_pair() -> None:
    three = extract("The funds are linked to Dorin Valcu, Emil Sarbu and Tavi Rusu. All three "
                    "were sanctioned by the Treasury Department in 2023.", doc_type="news")
    assert {p for _, p in relations(three, "DESIGNATED")} == {
        "Dorin Valcu", "Emil Sarbu", "Tavi Rusu"}
    pair = extract("The funds are linked to Dorin Valcu and to Emil Sarbu. The pair were "
                   "sanctioned by the Treasury Department in 2023.", doc_type="news")
    assert {p for _, p in relations(pair, "DESIGNATED")} == {"Dorin Valcu", "Emil Sarbu"}


def test_the_pair_after_three_names_is_no_one() -> None:
    result = extract("The funds are linked to Dorin Valcu, Emil Sarbu and Tavi Rusu. The pair "
                     "were sanctioned by the Treasury Department in 2023.", doc_type="news")
    assert not relations(result, "DESIGNATED")
