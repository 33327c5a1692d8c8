"""ISSUED where the document is named by the title after its noun: "a PSA titled X", "the
advisory \"X\", issued by Y". Look-alikes: a planned release, a denied one, and a titled
document the agency only cites (sentences and titles invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def issued(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news"), "ISSUED")


def test_a_document_noun_with_its_title_after_it_is_the_titled_advisory() -> None:
    found = issued('The Federal Bureau of Investigation released a public service announcement '
                   'titled "Fake Recruiters and Hidden Laptops" on March 3, 2031.')
    assert ("Federal Bureau of Investigation", "Fake Recruiters and Hidden Laptops") in found
    found = issued('The advisory "Protecting Payroll From Remote Impostors", issued by the '
                   'Department of the Treasury and the FBI, describes the tactics of the workers.')
    assert ("Department of the Treasury", "Protecting Payroll From Remote Impostors") in found
    assert ("Federal Bureau of Investigation", "Protecting Payroll From Remote Impostors") in found


def test_a_planned_denied_or_cited_titled_document_is_not_issued() -> None:
    assert not issued('The Federal Bureau of Investigation plans to release a public service '
                      'announcement titled "Quiet Keyboards and Borrowed Names" next month.')
    assert not issued('The Federal Bureau of Investigation did not release the advisory '
                      'titled "Quiet Keyboards and Borrowed Names".')
    assert not issued('The Federal Bureau of Investigation read the advisory titled "Quiet '
                      'Keyboards and Borrowed Names" before it briefed companies.')


def test_the_ones_who_speak_in_a_statement_issued_it() -> None:
    found = issued('In a joint statement titled "Safer Hiring Together", the FBI and the '
                   'Department of State warned companies about North Korean IT workers.')
    assert ("Federal Bureau of Investigation", "Safer Hiring Together") in found
    assert ("Department of State", "Safer Hiring Together") in found
    # answering a statement is not issuing it
    assert not issued('In response to a joint statement titled "Safer Hiring Together", the '
                      'Department of State warned companies about North Korean IT workers.')
