"""A round-up of several court cases: a plea it ties to none of the named cases opens no
guessed case (names and sentences invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_ROUNDUP = (
    "Four people admitted their roles in schemes that placed North Korean IT workers in remote "
    "jobs, the Justice Department said on Thursday.\n\n"
    "In Texas, Delmar Quintrell and Ossie Vantongeren pleaded guilty in federal court to "
    "conspiracy to commit wire fraud. Both kept company laptops running at their homes.\n\n"
    "In Oregon, Farrah Elkinson pleaded guilty in United States v. Bo Ryeong Sik, a case "
    "brought in March.\n\n"
    "In Nevada, Tamsin Grobbelaar pleaded guilty to money laundering conspiracy. The case is "
    "United States v. Tamsin Grobbelaar.")


def test_a_group_plea_in_a_roundup_gets_no_guessed_case() -> None:
    result = extract(_ROUNDUP, doc_type="sentencing")
    cases = relations(result, "DEFENDANT_IN")
    assert not [c for c in cases if c[0] in {"Delmar Quintrell", "Ossie Vantongeren"}]
    assert not [e for e in result.entities if e.name == "United States v. Delmar Quintrell"]
    # the pleas the text ties to a named case keep it
    assert ("Farrah Elkinson", "United States v. Bo Ryeong Sik") in cases
    assert ("Tamsin Grobbelaar", "United States v. Tamsin Grobbelaar") in cases


def test_a_plea_in_a_release_about_one_scheme_still_opens_its_case() -> None:
    text = ("Delmar Quintrell and Ossie Vantongeren pleaded guilty in federal court in Texas to "
            "conspiracy to commit wire fraud for hosting laptops for North Korean IT workers, "
            "the Justice Department said.")
    cases = relations(extract(text, doc_type="sentencing"), "DEFENDANT_IN")
    assert {c for _, c in cases} == {"United States v. Delmar Quintrell"}
