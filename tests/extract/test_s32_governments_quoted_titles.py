""""The governments of A and B" acting are the states A and B; a quoted advisory title keeps
a "by ..." that stands inside its quotation marks (names and sentences invented for the
test)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_the_governments_of_states_designate_as_those_states() -> None:
    text = ("The governments of Australia and the Republic of Korea sanctioned Kumsong "
            "Orchard Trading Company on Thursday for sending programmers abroad.")
    designated = relations(extract(text, doc_type="news"), "DESIGNATED")
    assert set(designated) == {("Australia", "Kumsong Orchard Trading Company"),
                               ("South Korea", "Kumsong Orchard Trading Company")}


def test_the_governments_of_states_issue_a_notice() -> None:
    text = ("The governments of Japan and the United States published “Red Flags in "
            "Freelance Platforms Abused by Pyongyang” on Friday, urging employers to check "
            "video interviews.")
    issued = relations(extract(text, doc_type="news"), "ISSUED")
    title = "Red Flags in Freelance Platforms Abused by Pyongyang"
    assert set(issued) == {("Japan", title), ("United States", title)}


def test_an_unquoted_title_still_loses_its_issuer() -> None:
    text = ("Employers should read the Guidance on Fraudulent Remote Contractors by the "
            "Federal Bureau of Investigation before hiring.")
    names = {e.name for e in extract(text, doc_type="news").entities if e.type == "Advisory"}
    assert names == {"Guidance on Fraudulent Remote Contractors"}
