"""An advisory titled by a capitalized run that ends in its document word ("the Ledger
Screening Advisory", "the Remote Hiring Guidance") is an Advisory the issuing frames read.
Look-alikes: a body whose name has the document word inside or before its head ("Advisory
Committee", "Intelligence Advisory Board"), a capital that opens a sentence, a document
named only by its kind or its author, a filing, an outlet, a person's statement, a state at
the head of a title. Invented names and sentences."""

from __future__ import annotations

from tests.extract.conftest import extract, named


def facts(text: str) -> list[tuple[str, str, str]]:
    result = extract(text, doc_type="news", date="2025-06-02")
    names = named(result)
    return [(r.type, names[r.source], names[r.target]) for r in result.relations
            if r.type in {"ISSUED", "ADVISES", "WARNS_ABOUT"}]


def advisories(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, doc_type="news").entities
                  if e.type == "Advisory")


def test_an_agency_issues_a_title_ending_in_advisory() -> None:
    found = facts("The FBI issued the Ledger Screening Advisory on Monday.")
    assert ("ISSUED", "Federal Bureau of Investigation", "Ledger Screening Advisory") in found


def test_a_title_ending_in_guidance_released_by_a_ministry() -> None:
    found = facts("The Department of the Treasury released the Remote Hiring Guidance in May.")
    assert ("ISSUED", "Department of the Treasury", "Remote Hiring Guidance") in found


def test_a_year_opens_an_alert_title() -> None:
    found = facts("The FBI published the 2025 Freelancer Risk Alert last week.")
    assert ("ISSUED", "Federal Bureau of Investigation", "2025 Freelancer Risk Alert") in found


def test_a_possessive_issuer_is_no_part_of_the_title() -> None:
    found = facts("The FBI's Ledger Screening Advisory warns exchanges about the Andariel "
                  "Group.")
    assert ("ISSUED", "Federal Bureau of Investigation", "Ledger Screening Advisory") in found
    assert ("WARNS_ABOUT", "Ledger Screening Advisory", "Andariel Group") in found


def test_an_agency_at_the_head_of_the_title_is_its_author() -> None:
    found = facts("The FBI Ledger Screening Advisory warns exchanges about the Andariel Group.")
    assert ("ISSUED", "Federal Bureau of Investigation", "Ledger Screening Advisory") in found
    assert ("WARNS_ABOUT", "Ledger Screening Advisory", "Andariel Group") in found


def test_a_bulletin_on_a_subject() -> None:
    found = facts("The FBI and Japan issued the Joint Bulletin on Remote Hiring Fraud.")
    assert ("ISSUED", "Federal Bureau of Investigation",
            "Joint Bulletin on Remote Hiring Fraud") in found
    assert ("ISSUED", "Japan", "Joint Bulletin on Remote Hiring Fraud") in found


def test_words_before_the_document_word_open_a_title_that_goes_on_after_it() -> None:
    found = facts("The Treasury issued the Remote Hiring Guidance on North Korean Workers in "
                  "May.")
    assert ("ISSUED", "Department of the Treasury",
            "Remote Hiring Guidance on North Korean Workers") in found


def test_a_title_never_runs_into_the_next_sentence() -> None:
    text = ("The FBI issued a Ledger Screening Advisory. The Ledger Screening Advisory warns "
            "exchanges about the Andariel Group.")
    assert advisories(text) == ["Ledger Screening Advisory"]
    assert ("WARNS_ABOUT", "Ledger Screening Advisory", "Andariel Group") in facts(text)


# look-alikes: nothing new


def test_bodies_named_with_the_document_word_are_no_advisory() -> None:
    assert not advisories("The Cybersecurity Advisory Committee met the FBI on Monday.")
    assert not advisories("The President's Intelligence Advisory Board reviewed the FBI's "
                          "work.")
    assert not advisories("The Ledger Screening Advisory Group met the FBI on Monday.")
    assert not advisories("The FBI's Internet Crime Complaint Center warned about the "
                          "Andariel Group.")


def test_a_capital_that_opens_a_sentence_is_no_title() -> None:
    assert not advisories("Advisory notices were sent to exchanges by the FBI.")


def test_a_document_named_by_its_kind_or_its_author_is_no_new_title() -> None:
    assert not advisories("The FBI issued the Statement on Monday.")
    assert not advisories("The FBI issued the Guidance on Monday.")
    assert not advisories("The Treasury issued the Joint Statement on Monday.")
    assert not advisories("The FBI issued the FBI Cybersecurity Advisory on Monday.")
    assert not advisories("The Department of State's Travel Advisory warned tourists.")
    assert not advisories("The White House Fact Sheet warned about the Andariel Group.")


def test_a_filing_an_outlet_or_a_persons_statement_is_no_advisory() -> None:
    assert not advisories("Banks must file a Suspicious Activity Report with the FBI.")
    assert not advisories("The Manila Bulletin warned about the Andariel Group on Monday.")
    assert not facts("Minister Hana Roe's Closing Statement warned about the Andariel Group.")
    assert not advisories("The Press Secretary Statement warned about the Andariel Group.")
    assert not advisories("The Pak Chol Su Statement warned exchanges about the Andariel "
                          "Group.")


def test_a_state_at_the_head_of_a_title_is_its_subject_not_its_issuer() -> None:
    found = facts("The North Korea Remote Hiring Guidance was released on Monday.")
    assert not [f for f in found if f[0] == "ISSUED" and f[1] == "North Korea"]


def test_a_title_in_a_report_of_what_may_happen_issues_nothing() -> None:
    assert not facts("Hana Roe said the Ledger Screening Advisory might be issued by the FBI "
                     "next year.")
    assert not facts('Hana Roe said the "Ledger Screening Advisory" was wrong.')
