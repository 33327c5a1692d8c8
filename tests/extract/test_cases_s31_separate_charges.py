"""Defendants of "separate charges" or "a separate federal indictment" are not joined to the
case the text is telling (names and sentences invented for the test)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract, relations

_FIRST = ("Federal agents arrested Thaddeus Mornington, 51, of Dayton, Ohio, on Friday on "
          "charges that he kept laptops for North Korean IT workers.\n\n")


@pytest.mark.parametrize("opening", [
    "In separate charges filed in Seattle, prosecutors accused",
    "In a separate federal indictment, prosecutors accused",
])
def test_defendants_of_separate_charges_get_their_own_case(opening: str) -> None:
    text = _FIRST + (f"{opening} two North Korean nationals, Hwang Un Jong and Ri Pok Sil, "
                     "of stealing source code from a Washington game studio.")
    cases = relations(extract(text, doc_type="news"), "DEFENDANT_IN")
    assert ("Thaddeus Mornington", "United States v. Thaddeus Mornington") in cases
    joined = {p for p, c in cases if c == "United States v. Thaddeus Mornington"}
    assert joined == {"Thaddeus Mornington"}


def test_a_superseding_indictment_is_the_same_case() -> None:
    text = _FIRST + ("A second superseding indictment returned in March accused Mornington's "
                     "partner, Gideon Ashcombe, of laundering the workers' wages.")
    cases = relations(extract(text, doc_type="news"), "DEFENDANT_IN")
    assert ("Gideon Ashcombe", "United States v. Thaddeus Mornington") in cases
