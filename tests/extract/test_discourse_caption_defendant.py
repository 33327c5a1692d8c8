"""'The defendant' far from any name is the one party of the document's caption
(extract/case_defendant.py); each look-alike (a second person, a second case, a caption
that names no person) leaves it unresolved."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_COURT = {"doc_type": "sentencing",
          "issuers": [{"country": "US", "agency": "Department of Justice"}]}
_PLEA = ("2. The plea\n\nIn May 2025, under a written plea agreement, the defendant pleaded "
         "guilty to conspiracy to commit wire fraud.\n\n3. Forfeiture\n\nThe defendant "
         "agreed to forfeit approximately $210,000 as proceeds of the offense.")


def _caption(party: str) -> str:
    return (f"UNITED STATES DISTRICT COURT\n\nUnited States v. {party}\n\nSummary of the "
            "record\n\n1. The arrest\n\nThe arrest took place in Lisbon in 2024.\n\n")


def test_the_defendant_is_the_caption_party_sections_away() -> None:
    found = extract(_caption("Corvin Hale") + _PLEA, **_COURT)  # type: ignore[arg-type]
    assert relations(found, "FORFEITED") == [("Corvin Hale", "USD 210000")]
    assert ("Corvin Hale", "United States v. Corvin Hale") in relations(found, "DEFENDANT_IN")


def test_a_second_person_named_leaves_the_defendant_open() -> None:
    text = (_caption("Corvin Hale") + "Lena Brock recruited workers for the scheme.\n\n"
            + _PLEA)
    found = extract(text, **_COURT)  # type: ignore[arg-type]
    assert relations(found, "FORFEITED") == []


def test_two_cases_leave_the_defendant_open() -> None:
    text = (_caption("Corvin Hale") + "A related case, United States v. Orla Venn, is "
            "pending.\n\n" + _PLEA)
    found = extract(text, **_COURT)  # type: ignore[arg-type]
    assert relations(found, "FORFEITED") == []


def test_a_caption_naming_property_is_no_person() -> None:
    text = _caption("Approximately $1.2 Million in Cryptocurrency") + _PLEA
    found = extract(text, **_COURT)  # type: ignore[arg-type]
    assert relations(found, "FORFEITED") == []
    assert not [e for e in found.entities if e.type == "Person"]
