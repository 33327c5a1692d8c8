"""A statement a state or an agency speaks in is one it issued: "X said in a joint statement
that ...", "In a joint statement, A and B warned ...", "A joint statement by A and B
warned ...", "A, B and C released a statement calling on ..." (names and sentences invented
for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_TRILATERAL = {"United States", "Japan", "South Korea"}


def _issued(text: str, date: str = "2025-06-02") -> set[tuple[str, str]]:
    return set(relations(extract(text, doc_type="news", date=date), "ISSUED"))


def test_an_agency_speaking_in_a_statement_issued_it() -> None:
    found = _issued("Japan's Foreign Ministry said in a statement that it had frozen the "
                    "assets of two trading firms.")
    assert found == {("Ministry of Foreign Affairs of Japan", "statement")}


def test_states_that_open_with_in_a_joint_statement() -> None:
    found = _issued("In a joint statement, Canada and Australia urged employers to verify "
                    "the identity of remote hires.")
    assert found == {("Canada", "joint statement"), ("Australia", "joint statement")}


def test_a_statement_by_its_issuers_that_warns() -> None:
    found = _issued("A joint statement by Canada, Australia and New Zealand warned that "
                    "remote contractors may be North Korean IT workers.")
    assert {issuer for issuer, _ in found} == {"Canada", "Australia", "New Zealand"}


def test_a_statement_calling_on_firms_is_not_titled() -> None:
    found = _issued("Canada and Australia on Wednesday released a statement calling on "
                    "companies to screen freelancers.")
    assert found == {("Canada", "statement"), ("Australia", "statement")}


def test_spoken_in_a_known_joint_statement_of_that_week() -> None:
    # the document is dated the day after the trilateral statement of August 27, 2025
    for text in ("The United States, Japan and South Korea said in a joint statement on "
                 "Wednesday that North Korean IT workers steal data.",
                 "In a joint statement released on Wednesday, the United States, Japan and "
                 "South Korea warned that North Korean IT workers steal data."):
        found = _issued(text, date="2025-08-28")
        assert {issuer for issuer, _ in found} == _TRILATERAL
        assert {doc for _, doc in found} == {
            "Joint Statement on North Korean Information Technology Workers"}


def test_no_statement_issued_where_none_is_said_to_be() -> None:
    for text in (
            # a person speaks for himself, not as an issuer of a document
            "Deputy Secretary Lara Vintner said in a statement that the firms moved funds.",
            # a cited source
            "According to a statement from the Treasury, the firms moved $5 million.",
            # not said, or not yet
            "The Treasury did not say in a statement whether more designations would follow.",
            "The ministry will say in a statement next week which companies are affected."):
        assert not _issued(text), text


def test_an_advisory_the_parse_reads_as_an_adjective() -> None:
    # "advisory" is also an adjective: the parse hangs it and the participle on the object
    for text, issuer in (
            ("The FBI issued an advisory warning companies about North Korean IT workers.",
             "Federal Bureau of Investigation"),
            ("Japan's National Police Agency issued an advisory urging companies not to hire "
             "North Korean IT workers.", "National Police Agency of Japan")):
        assert _issued(text) == {(issuer, "advisory")}, text


def test_advisory_as_a_true_adjective_is_no_document() -> None:
    for text in ("The FBI issued advisory notes to its field offices.",
                 "The board issued an advisory opinion on the merger.",
                 "Treasury named an advisory firm as its consultant."):
        assert not [e for e in extract(text, doc_type="news").entities
                    if e.type == "Advisory"], text
