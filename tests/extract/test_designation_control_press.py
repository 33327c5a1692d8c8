"""DESIGNATED as news prose words it (extract/frames/designation_press.py): "hit X with
sanctions", "slapped sanctions on X", "X is subject to U.S. sanctions", "OFAC targeted X",
"took action against X", and the SDN List as the list X is added to. Invented names; the
look-alikes (law enforcement, a possible status, a denial, ransomware) must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

TARGET = "Harrow Freight Ltd."


def designated(sentence: str) -> list[tuple[str, str]]:
    return relations(extract(sentence, doc_type="news", issuers=[{"country": "US"}]),
                     "DESIGNATED")


def test_news_words_for_a_designation() -> None:
    cases = {
        "The Treasury Department hit Harrow Freight Ltd. with sanctions on Tuesday.":
            "Department of the Treasury",
        "The Treasury Department slapped sanctions on Harrow Freight Ltd. on Tuesday.":
            "Department of the Treasury",
        "OFAC targeted Harrow Freight Ltd. and Kim Tae Won on Tuesday.":
            "Office of Foreign Assets Control",
        "OFAC took action against Harrow Freight Ltd. on Tuesday.":
            "Office of Foreign Assets Control",
        "The Treasury Department added Harrow Freight Ltd. to the Specially Designated "
        "Nationals and Blocked Persons List on Tuesday.": "Department of the Treasury",
        "Harrow Freight Ltd. has been subject to U.S. sanctions since 2019.": "United States",
    }
    for sentence, agent in cases.items():
        assert (agent, TARGET) in designated(sentence), sentence


def test_law_enforcement_a_possible_status_or_a_denial_is_none() -> None:
    for sentence in ("The FBI targeted Harrow Freight Ltd. in a raid on Tuesday.",
                     "The Justice Department took action against Harrow Freight Ltd. for "
                     "sanctions evasion on Tuesday.",
                     "Companies that pay Harrow Freight Ltd. could be subject to U.S. "
                     "sanctions.",
                     "Harrow Freight Ltd. is not subject to U.S. sanctions.",
                     "The hackers hit Harrow Freight Ltd. with ransomware on Tuesday.",
                     "North Korea targeted Harrow Freight Ltd. with sanctions evasion schemes."):
        assert all(t != TARGET for _, t in designated(sentence)), sentence


def test_the_bureau_or_the_unit_takes_up_a_dprk_unit() -> None:
    result = extract("General Bureau 44 sends workers abroad. The bureau answers to the "
                     "Munitions Industry Department.")
    assert any(b == "Munitions Industry Department" for _, b in relations(result,
                                                                          "CONTROLLED_BY"))
    result = extract("Bureau 121 of the Reconnaissance General Bureau runs hackers. The unit "
                     "is designated today.")
    assert any(t == "Bureau 121" for _, t in relations(result, "DESIGNATED"))


def test_the_bureau_after_an_agency_is_that_agency() -> None:
    result = extract("Bureau 121 runs hackers. The Federal Bureau of Investigation warned "
                     "companies. The bureau is designated today.")
    assert all(t != "Bureau 121" for _, t in relations(result, "DESIGNATED"))


def test_an_advisory_addressed_to_a_misread_infinitive() -> None:
    for sentence, audience in (
            ("The Guidance on Remote Hiring is addressed to freelance work platforms, online "
             "payment providers and the companies that use them.", "freelance work platforms"),
            ("The Guidance on Remote Hiring was addressed to freelance platforms and to "
             "companies that might hire such workers.", "companies")):
        found = relations(extract(sentence, doc_type="advisory"), "ADVISES")
        assert ("Guidance on Remote Hiring", audience) in found, sentence


def test_an_advisory_that_aims_to_help_has_no_audience_from_the_verb() -> None:
    found = relations(extract("The Guidance on Remote Hiring aims to help employers screen "
                              "applicants.", doc_type="advisory"), "ADVISES")
    assert all(b != "help employers" for _, b in found)


def test_its_director_is_the_firms_not_the_countrys() -> None:
    result = extract("Today, OFAC sanctioned Harrow Freight Ltd., a company in the United Arab "
                     "Emirates that found contracts for North Korean IT workers, and its "
                     "director, Kim Tae Won.")
    assert ("Harrow Freight Ltd.", "Kim Tae Won") in relations(result, "CONTROLLED_BY")
    # a country's own office holder stays the country's: no firm takes "its president"
    other = extract("Harrow Freight Ltd. ships laptops. Japan welcomed the move, and its "
                    "president spoke.")
    assert not relations(other, "CONTROLLED_BY")
