"""ISSUED where the parse hangs the issuing verb away from the document it describes: a
participle after the title's comma read as an adverbial clause of the main verb, and a
"that" relative clause read as a complement. Invented titles; look-alikes state nothing."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

US = [{"country": "US", "agency": "Department of State"}]


def issued(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="joint_statement", issuers=US), "ISSUED")


def test_a_participle_after_the_titles_comma_describes_the_title() -> None:
    text = ("We draw attention to the advisories our governments have published, including "
            "the Guidance on Remote Hiring Risks from Overseas Developers, released on "
            "June 3, 2024 by the Department of State and the Department of the Treasury, "
            "and the FBI alert of May 2024.")
    found = issued(text)
    title = "Guidance on Remote Hiring Risks from Overseas Developers"
    assert ("Department of State", title) in found
    assert ("Department of the Treasury", title) in found


def test_a_participle_after_a_comma_that_follows_no_document_is_nothing() -> None:
    text = ("We draw attention to the risks of remote hiring, released workers being one of "
            "them, as noted by the Department of State.")
    assert not issued(text)


def test_a_that_clause_without_an_object_restricts_the_document_before_it() -> None:
    text = ("Japan's advisory follows the Guidance on Remote Hiring Risks from Overseas "
            "Developers that the United States and the Republic of Korea published together "
            "in June 2024.")
    found = issued(text)
    title = "Guidance on Remote Hiring Risks from Overseas Developers"
    assert ("United States", title) in found
    assert ("South Korea", title) in found


def test_a_that_clause_with_its_own_object_is_a_complement() -> None:
    text = ("Officials told the press that the United States published the Guidance on "
            "Remote Hiring Risks from Overseas Developers in June 2024.")
    found = issued(text)
    assert found == [("United States",
                      "Guidance on Remote Hiring Risks from Overseas Developers")] or not [
        a for a, _ in found if a != "United States"]
