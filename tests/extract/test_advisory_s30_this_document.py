"""In an advisory, "This PSA" / "this advisory" is the document speaking of itself, never an
earlier advisory the sentence also dates: "This PSA updates the FBI's May 2024 announcement"
names no PSA of May 2024 by "This PSA". The earlier one, cited by its own kind and date
("the May 2024 PSA"), is still linked (sentences invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract

_FBI = [{"country": "US", "agency": "Federal Bureau of Investigation"}]


def _advisory_names(text: str) -> set[str]:
    result = extract(text, doc_type="advisory", date="2025-05-14", issuers=_FBI)
    return {e.name for e in result.entities if e.type == "Advisory"}


def test_this_psa_is_not_an_earlier_one() -> None:
    names = _advisory_names("This PSA updates guidance the FBI gave employers in May 2024 "
                            "about North Korean IT workers.")
    assert not any("2024" in n for n in names)


def test_the_earlier_psa_cited_by_kind_and_date_is_linked() -> None:
    names = _advisory_names("The FBI's May 2024 PSA described how North Korean IT workers "
                            "use laptop farms.")
    assert any("May 16, 2024" in n for n in names)
